// Classifier playground state: one plain object (data preset, seed, noise, size, training settings, extra
// feature, the class new points get, a keyboard cross-hair and the points themselves), with defaults, bounds and
// pure setters. The data come from the math module's seeded generators.
import { makeDataset, type DatasetName } from '../../lib/math/datasets.ts';
import { FEATURE_MAPS, mapFeatures, type FeatureMap } from '../../lib/math/features.ts';
import { clamp } from '../shared/parse-number.ts';

export type PresetName = 'blobs' | 'overlap' | 'xor' | 'moons' | 'circles';
export const PRESET_NAMES: readonly PresetName[] = ['blobs', 'overlap', 'xor', 'moons', 'circles'];

/** The plotted square of the plane: x₁ in [min1, max1], x₂ in [min2, max2]. */
export interface Domain {
  min1: number;
  max1: number;
  min2: number;
  max2: number;
}

interface Preset {
  dataset: DatasetName;
  separation?: number;
  noise: { initial: number; max: number; step: number };
  domain: Domain;
}

const square = (centre1: number, centre2: number, half: number): Domain => ({
  min1: centre1 - half,
  max1: centre1 + half,
  min2: centre2 - half,
  max2: centre2 + half,
});

export const PRESETS: Record<PresetName, Preset> = {
  blobs: { dataset: 'blobs', separation: 4, noise: { initial: 1, max: 2, step: 0.05 }, domain: square(0, 0, 5) },
  overlap: { dataset: 'blobs', separation: 1.5, noise: { initial: 1, max: 2, step: 0.05 }, domain: square(0, 0, 5) },
  xor: { dataset: 'xor', noise: { initial: 0.05, max: 0.5, step: 0.01 }, domain: square(0, 0, 1.6) },
  moons: { dataset: 'moons', noise: { initial: 0.1, max: 0.5, step: 0.01 }, domain: square(0.5, 0.25, 2) },
  circles: { dataset: 'circles', noise: { initial: 0.05, max: 0.3, step: 0.01 }, domain: square(0, 0, 1.6) },
};

export const LEARNING_RATES = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;
export const L2_PENALTIES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1] as const;
export const SEED_BOUNDS = { min: 0, max: 99_999 } as const;
export const SIZE_BOUNDS = { min: 10, max: 1000 } as const;
export const SIZE_STEP = 10;
/** Generated points plus added ones never exceed this. */
export const MAX_POINTS = 1200;
/** Arrow keys move the cross-hair 1/CURSOR_STEPS of the domain's width (Shift: 5 times as far). */
export const CURSOR_STEPS = 40;

export type Label = 0 | 1;

export interface LabeledPoint {
  x1: number;
  x2: number;
  label: Label;
}

export interface PlaygroundState {
  preset: PresetName;
  seed: number;
  noise: number;
  size: number;
  learningRate: number;
  l2: number;
  feature: FeatureMap;
  /** The class that clicks, Enter and Space add. */
  brush: Label;
  cursor: { x1: number; x2: number };
  points: LabeledPoint[];
}

function centre(domain: Domain): { x1: number; x2: number } {
  return { x1: (domain.min1 + domain.max1) / 2, x2: (domain.min2 + domain.max2) / 2 };
}

/** The seeded points of a preset. */
export function generatePoints(preset: PresetName, seed: number, noise: number, size: number): LabeledPoint[] {
  const { dataset, separation } = PRESETS[preset];
  const { X, y } = makeDataset(dataset, { n: size, noise, seed, ...(separation === undefined ? {} : { separation }) });
  return X.map((row, i) => ({ x1: row[0] as number, x2: row[1] as number, label: y[i] === 1 ? 1 : 0 }));
}

const withPoints = (state: PlaygroundState): PlaygroundState => ({
  ...state,
  points: generatePoints(state.preset, state.seed, state.noise, state.size),
});

export const DEFAULT_STATE: PlaygroundState = withPoints({
  preset: 'blobs',
  seed: 1,
  noise: PRESETS.blobs.noise.initial,
  size: 200,
  learningRate: 0.1,
  l2: 0,
  feature: 'none',
  brush: 1,
  cursor: centre(PRESETS.blobs.domain),
  points: [],
});

export function domainOf(state: PlaygroundState): Domain {
  return PRESETS[state.preset].domain;
}

/** A new preset with its own noise and a centred cross-hair; a name that is no preset changes nothing. */
export function setPreset(state: PlaygroundState, name: string): PlaygroundState {
  if (!(PRESET_NAMES as readonly string[]).includes(name)) return state;
  const preset = name as PresetName;
  return withPoints({ ...state, preset, noise: PRESETS[preset].noise.initial, cursor: centre(PRESETS[preset].domain) });
}

/** Any whole seed in range; a fraction or NaN keeps the old one. */
export function setSeed(state: PlaygroundState, seed: number): PlaygroundState {
  if (!Number.isInteger(seed)) return state;
  return withPoints({ ...state, seed: clamp(seed, SEED_BOUNDS, state.seed) });
}

export function setNoise(state: PlaygroundState, noise: number): PlaygroundState {
  const max = PRESETS[state.preset].noise.max;
  return withPoints({ ...state, noise: clamp(noise, { min: 0, max }, state.noise) });
}

/** Sizes are whole multiples of SIZE_STEP within SIZE_BOUNDS. */
export function setSize(state: PlaygroundState, size: number): PlaygroundState {
  const rounded = Math.round(clamp(size, SIZE_BOUNDS, state.size) / SIZE_STEP) * SIZE_STEP;
  return withPoints({ ...state, size: rounded });
}

/** The generated points again, without any added or removed ones. */
export function regenerate(state: PlaygroundState): PlaygroundState {
  return withPoints(state);
}

/** The allowed value closest to `value` (a select's value read back as a number); NaN keeps the current one. */
function closest(allowed: readonly number[], value: number, current: number): number {
  if (!Number.isFinite(value)) return current;
  return allowed.reduce((best, option) => (Math.abs(option - value) < Math.abs(best - value) ? option : best), current);
}

export function setLearningRate(state: PlaygroundState, value: number): PlaygroundState {
  return { ...state, learningRate: closest(LEARNING_RATES, value, state.learningRate) };
}

export function setL2(state: PlaygroundState, value: number): PlaygroundState {
  return { ...state, l2: closest(L2_PENALTIES, value, state.l2) };
}

export function setFeature(state: PlaygroundState, feature: string): PlaygroundState {
  return (FEATURE_MAPS as readonly string[]).includes(feature) ? { ...state, feature: feature as FeatureMap } : state;
}

export function setBrush(state: PlaygroundState, brush: string): PlaygroundState {
  return brush === '0' || brush === '1' ? { ...state, brush: brush === '1' ? 1 : 0 } : state;
}

/** Puts the cross-hair at (x1, x2), clamped into the domain. */
export function setCursor(state: PlaygroundState, x1: number, x2: number): PlaygroundState {
  const domain = domainOf(state);
  return {
    ...state,
    cursor: {
      x1: clamp(x1, { min: domain.min1, max: domain.max1 }, state.cursor.x1),
      x2: clamp(x2, { min: domain.min2, max: domain.max2 }, state.cursor.x2),
    },
  };
}

/** Moves the cross-hair by whole key steps along x₁ and x₂. */
export function moveCursor(state: PlaygroundState, steps1: number, steps2: number): PlaygroundState {
  const domain = domainOf(state);
  const step = (domain.max1 - domain.min1) / CURSOR_STEPS;
  return setCursor(state, state.cursor.x1 + steps1 * step, state.cursor.x2 + steps2 * step);
}

export type AddProblem = 'full';

/** Adds a point (clamped into the domain), unless there are already MAX_POINTS. */
export function addPoint(
  state: PlaygroundState,
  x1: number,
  x2: number,
  label: Label,
): { ok: true; value: PlaygroundState; point: LabeledPoint } | { ok: false; problem: AddProblem } {
  if (state.points.length >= MAX_POINTS) return { ok: false, problem: 'full' };
  const domain = domainOf(state);
  // A NaN coordinate falls back to the cross-hair's, so state never holds one.
  const point: LabeledPoint = {
    x1: clamp(x1, { min: domain.min1, max: domain.max1 }, state.cursor.x1),
    x2: clamp(x2, { min: domain.min2, max: domain.max2 }, state.cursor.x2),
    label,
  };
  return { ok: true, value: { ...state, points: [...state.points, point] }, point };
}

/** Index of the point nearest (x1, x2) within `radius` (in data units), or -1. */
export function nearestPoint(points: readonly LabeledPoint[], x1: number, x2: number, radius: number): number {
  let best = -1;
  let bestDistance = radius * radius;
  points.forEach((point, i) => {
    const distance = (point.x1 - x1) ** 2 + (point.x2 - x2) ** 2;
    if (distance <= bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}

/** Removes the point at `index` (an index out of range changes nothing). */
export function removePoint(state: PlaygroundState, index: number): { value: PlaygroundState; removed: LabeledPoint | null } {
  const removed = state.points[index];
  if (removed === undefined) return { value: state, removed: null };
  return { value: { ...state, points: state.points.filter((_, i) => i !== index) }, removed };
}

export interface TrainingData {
  X: number[][];
  y: number[];
}

/** Feature rows for the trainer, or why it cannot train (it needs both classes). */
export function trainingData(state: PlaygroundState): { ok: true; value: TrainingData } | { ok: false; problem: 'need-both-classes' } {
  const ones = state.points.filter((point) => point.label === 1).length;
  if (ones === 0 || ones === state.points.length) return { ok: false, problem: 'need-both-classes' };
  return {
    ok: true,
    value: {
      X: state.points.map((point) => mapFeatures(state.feature, point.x1, point.x2)),
      y: state.points.map((point) => point.label),
    },
  };
}
