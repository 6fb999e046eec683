// The deep-network lab's state: one plain object of settings with defaults and bounds, the three presets of the
// math module as settings, and the checks a typed value must pass. Pure.
import { PRESETS, type PresetName } from '../../lib/math/network/presets.ts';
import { MAX_HIDDEN_LAYERS } from '../../lib/math/network/init.ts';
import {
  HIDDEN_ACTIVATIONS, INITIALIZERS, OPTIMIZERS, type HiddenActivation, type Initializer, type OptimizerName,
} from '../../lib/math/network/types.ts';
import { clamp } from '../shared/parse-number.ts';

export type LabDataset = 'xor' | 'circles' | 'moons';
export const LAB_DATASETS: readonly LabDataset[] = ['xor', 'circles', 'moons'];

export interface LabSettings {
  /** Hidden layers, 1 to MAX_HIDDEN_LAYERS. */
  depth: number;
  /** Units per hidden layer. */
  width: number;
  activation: HiddenActivation;
  init: Initializer;
  optimizer: OptimizerName;
  learningRate: number;
  dataset: LabDataset;
  /** Seeds both the data and the initial weights. */
  seed: number;
  /** Epochs per press of Train: training pauses when the epoch count reaches a multiple of this. */
  epochs: number;
}

export const PRESET_NAMES: readonly PresetName[] = ['deepSigmoid', 'shallowSigmoid', 'deepRelu'];
/** Points in every data set (the presets' XOR has 400). */
export const DATA_POINTS = 400;

export const BOUNDS = {
  depth: { min: 1, max: MAX_HIDDEN_LAYERS },
  width: { min: 1, max: 16 },
  learningRate: { min: 1e-5, max: 10 },
  seed: { min: 1, max: 999_999 },
  epochs: { min: 1, max: 10_000 },
} as const;
/** Training stops for good here; the charts keep every epoch. */
export const MAX_TOTAL_EPOCHS = 50_000;

/** The settings a preset stands for. */
export function presetSettings(name: PresetName): LabSettings {
  const preset = PRESETS[name];
  return {
    depth: preset.network.hiddenLayers,
    width: preset.network.width,
    activation: preset.network.activation,
    init: preset.network.init,
    optimizer: preset.training.optimizer,
    learningRate: preset.training.learningRate,
    dataset: 'xor',
    seed: preset.network.seed,
    epochs: preset.training.epochs,
  };
}

/** The lab opens on the experiment the lesson is about. */
export const DEFAULT_SETTINGS: LabSettings = presetSettings('deepSigmoid');

/** The preset these settings are exactly, if any (a preset's data also needs n = 400 and its seed). */
export function matchingPreset(settings: LabSettings): PresetName | null {
  const same = (name: PresetName): boolean => {
    const preset = presetSettings(name);
    return (Object.keys(preset) as (keyof LabSettings)[]).every((key) => preset[key] === settings[key]);
  };
  const preset = PRESET_NAMES.find(same) ?? null;
  // The preset's data: makeXor with its own seed and noise, which the lab's XOR reproduces for that seed.
  return preset !== null && PRESETS[preset].data.seed === settings.seed && PRESETS[preset].data.n === DATA_POINTS ? preset : null;
}

const wholeNumber = (value: number, bounds: { min: number; max: number }, fallback: number): number =>
  Math.round(clamp(value, bounds, fallback));

/** Pulls every number into its bounds and every name into its list, so a bad object can never reach the engine. */
export function normalizeSettings(settings: LabSettings): LabSettings {
  const d = DEFAULT_SETTINGS;
  return {
    depth: wholeNumber(settings.depth, BOUNDS.depth, d.depth),
    width: wholeNumber(settings.width, BOUNDS.width, d.width),
    activation: HIDDEN_ACTIVATIONS.includes(settings.activation) ? settings.activation : d.activation,
    init: INITIALIZERS.includes(settings.init) ? settings.init : d.init,
    optimizer: OPTIMIZERS.includes(settings.optimizer) ? settings.optimizer : d.optimizer,
    learningRate: clamp(settings.learningRate, BOUNDS.learningRate, d.learningRate),
    dataset: LAB_DATASETS.includes(settings.dataset) ? settings.dataset : d.dataset,
    seed: wholeNumber(settings.seed, BOUNDS.seed, d.seed),
    epochs: wholeNumber(settings.epochs, BOUNDS.epochs, d.epochs),
  };
}

/** The epoch a press of Train runs to from `epoch`: the next multiple of the run length. */
export function runTarget(epoch: number, runLength: number): number {
  return Math.min(MAX_TOTAL_EPOCHS, (Math.floor(epoch / runLength) + 1) * runLength);
}
