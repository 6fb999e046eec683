// A step-by-step full-batch gradient-descent trainer for logistic regression, for widgets that animate training.
// It minimises the same objective as fitLogisticRegression, with the same loss and gradient code, so its weights
// approach the Newton optimum. Optionally it steps in standardised coordinates (x − m)/s, which only changes the
// path: the penalty stays on the original weights, and the state is always reported in original units.
import {
  assertBinaryDataset,
  columnScaling,
  fromStandardized,
  gradientToStandardized,
  logisticObjective,
  type ColumnScaling,
} from './logistic-regression.ts';

export interface LogisticTrainerOptions {
  /** Step size η in θ̃ ← θ̃ − η ∇L(θ̃) (default 0.1). */
  learningRate?: number;
  /** Penalty (l2/2)‖w‖² on the original weights (default 0). */
  l2?: number;
  /** Step in standardised coordinates (default true); false steps in the original units. */
  standardize?: boolean;
}

export interface LogisticTrainerState {
  /** Weights in original feature units. */
  weights: number[];
  bias: number;
  /** Gradient steps taken since the start or the last reset. */
  epoch: number;
  /** The objective after each epoch: lossHistory[k] is the loss after k steps, so it starts with the initial loss. */
  lossHistory: number[];
  /** Euclidean norm of the gradient at the current weights, in original units. */
  gradientNorm: number;
  /**
   * True once a step would make the weights or loss overflow (learning rate far too large): that step was undone,
   * and further steps do nothing until reset.
   */
  diverged: boolean;
}

export interface LogisticTrainer {
  /** Takes n gradient steps (default 1) and returns the new state. */
  step(n?: number): LogisticTrainerState;
  /** A snapshot of the current state (copies, safe to keep). */
  readonly state: LogisticTrainerState;
  /** Back to zero weights and bias, epoch 0. */
  reset(): void;
}

function assertTrainerOptions(learningRate: number, l2: number): void {
  if (!Number.isFinite(learningRate) || learningRate <= 0) {
    throw new Error(`The learning rate must be a finite number > 0, got ${learningRate}.`);
  }
  if (!Number.isFinite(l2) || l2 < 0) throw new Error(`The L2 penalty must be a finite number >= 0, got ${l2}.`);
}

/** A trainer over fixed data, starting from w = 0, b = 0. */
export function createLogisticTrainer(X: readonly (readonly number[])[], y: readonly number[], options: LogisticTrainerOptions = {}): LogisticTrainer {
  const { learningRate = 0.1, l2 = 0, standardize = true } = options;
  assertBinaryDataset(X, y);
  assertTrainerOptions(learningRate, l2);
  const d = (X[0] as readonly number[]).length;
  const scaling: ColumnScaling = standardize
    ? columnScaling(X)
    : { mean: new Array<number>(d).fill(0), scale: new Array<number>(d).fill(1) };

  // θ̃ = (w̃, b̃): the coordinates the steps are taken in (equal to the original ones without standardising).
  const theta = new Array<number>(d + 1).fill(0);
  const previous = theta.slice();
  const weights = new Array<number>(d).fill(0);
  const gradient = new Array<number>(d + 1).fill(0);
  let bias = 0;
  let epoch = 0;
  let lossHistory: number[] = [];
  let gradientNorm = 0;
  let diverged = false;

  // Loss and gradient at the current θ̃ in one pass over the data; returns the loss.
  const evaluate = (): number => {
    bias = fromStandardized(scaling, theta, theta[d] as number, weights);
    const loss = logisticObjective(weights, bias, X, y, l2, gradient);
    let squares = 0;
    for (const g of gradient) squares += g * g;
    gradientNorm = Math.sqrt(squares);
    return loss;
  };

  const reset = (): void => {
    theta.fill(0);
    epoch = 0;
    diverged = false;
    lossHistory = [evaluate()];
  };

  const snapshot = (): LogisticTrainerState => ({
    weights: weights.slice(),
    bias,
    epoch,
    lossHistory: lossHistory.slice(),
    gradientNorm,
    diverged,
  });

  const step = (n = 1): LogisticTrainerState => {
    if (!Number.isInteger(n) || n < 0) throw new Error(`The number of steps must be a whole number >= 0, got ${n}.`);
    for (let k = 0; k < n && !diverged; k++) {
      for (let j = 0; j <= d; j++) previous[j] = theta[j] as number;
      gradientToStandardized(scaling, gradient);
      for (let j = 0; j <= d; j++) theta[j] = (theta[j] as number) - learningRate * (gradient[j] as number);
      const loss = evaluate();
      // A step that overflows is undone, so the state never holds NaN or ∞; the flag tells the widget why it stopped.
      if (!Number.isFinite(loss) || !Number.isFinite(gradientNorm) || !Number.isFinite(bias) || !weights.every(Number.isFinite)) {
        for (let j = 0; j <= d; j++) theta[j] = previous[j] as number;
        evaluate();
        diverged = true;
        break;
      }
      epoch++;
      lossHistory.push(loss);
    }
    return snapshot();
  };

  reset();
  return {
    step,
    reset,
    get state() {
      return snapshot();
    },
  };
}
