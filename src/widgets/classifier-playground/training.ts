// Training for the playground without blocking the page: a session wraps the math module's gradient-descent
// trainer for the current points and settings, and each animation frame takes only a few steps of it.
import { createLogisticTrainer } from '../../lib/math/gradient-descent.ts';
import { featureCount } from '../../lib/math/features.ts';
import { trainingData, type PlaygroundState } from './model.ts';
import type { TrainingSnapshot } from './view.ts';

/** Steps per animation frame: about 120 a second, slow enough to watch the line move. */
export const STEPS_PER_FRAME = 2;
/** Never spend more than this on steps in one frame (a slow device takes fewer steps, not longer frames). */
export const FRAME_BUDGET_MS = 6;
/** One run of training pauses itself after this many steps; pressing Train again goes on. */
export const MAX_EPOCHS = 20_000;

/** Steps to take this frame, given the measured cost of one step and the steps left in this run (at least 1 while any are left). */
export function stepsThisFrame(msPerStep: number, left: number): number {
  const affordable = msPerStep > 0 && Number.isFinite(msPerStep) ? Math.floor(FRAME_BUDGET_MS / msPerStep) : STEPS_PER_FRAME;
  return Math.min(Math.max(0, left), Math.max(1, Math.min(STEPS_PER_FRAME, affordable)));
}

export interface Session {
  step: (n: number) => TrainingSnapshot;
  reset: () => TrainingSnapshot;
  readonly snapshot: TrainingSnapshot;
  /** True once a step overflowed (learning rate far too large); further steps do nothing. */
  readonly diverged: boolean;
}

/** A trainer from zero weights on the state's points, features and settings, or why there cannot be one. */
export function createSession(state: PlaygroundState): { ok: true; value: Session } | { ok: false; problem: 'need-both-classes' } {
  const data = trainingData(state);
  if (!data.ok) return data;
  const trainer = createLogisticTrainer(data.value.X, data.value.y, { learningRate: state.learningRate, l2: state.l2, standardize: true });
  const { feature } = state;
  let diverged = false;
  const snap = (s: { weights: number[]; bias: number; epoch: number; lossHistory: number[]; diverged: boolean }): TrainingSnapshot => {
    diverged = s.diverged;
    return { model: { weights: s.weights, bias: s.bias, feature }, epoch: s.epoch, lossHistory: s.lossHistory };
  };
  return {
    ok: true,
    value: {
      step: (n) => snap(trainer.step(n)),
      reset: () => {
        trainer.reset();
        return snap(trainer.state);
      },
      get snapshot() {
        return snap(trainer.state);
      },
      get diverged() {
        return diverged;
      },
    },
  };
}

/** The untrained model (all weights 0) for a state, shown before any training. */
export function zeroSnapshot(state: PlaygroundState): TrainingSnapshot {
  return { model: { weights: new Array<number>(featureCount(state.feature)).fill(0), bias: 0, feature: state.feature }, epoch: 0, lossHistory: [] };
}
