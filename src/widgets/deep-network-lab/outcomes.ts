// The presets' seeded outcomes, computed by running each preset through the same session the lab's worker runs.
// The build calls this once per preset (the result is kept), so the lesson and the lab quote measured numbers.
import { PRESETS, type PresetName } from '../../lib/math/network/presets.ts';
import { createSession, type SessionDelta } from './session.ts';
import { presetSettings } from './settings.ts';

export interface PresetOutcome {
  name: PresetName;
  epochs: number;
  accuracy: number;
  loss: number;
  /** Each layer's gradient norm at epoch 1 (hidden layers from the input side, then the output layer). */
  firstNorms: number[];
  /** Output layer's norm over the first layer's, at epoch 1: how many times smaller the first layer's gradient starts. */
  shrinkage: number;
  /** The whole run, as the page's charts would have received it. */
  history: SessionDelta;
}

const outcomes = new Map<PresetName, PresetOutcome>();

export function presetOutcome(name: PresetName): PresetOutcome {
  const known = outcomes.get(name);
  if (known !== undefined) return known;
  const session = createSession(presetSettings(name));
  const epochs = PRESETS[name].training.epochs;
  session.advance(epochs);
  const history = session.takeDelta(true);
  const firstNorms = history.gradientNorms.map((layer) => layer[0]!);
  const outcome: PresetOutcome = {
    name,
    epochs,
    accuracy: history.current.accuracy,
    loss: history.current.loss,
    firstNorms,
    shrinkage: firstNorms[firstNorms.length - 1]! / firstNorms[0]!,
    history,
  };
  outcomes.set(name, outcome);
  return outcome;
}
