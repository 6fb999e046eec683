// Logistic regression: P(y = 1 | x) = σ(w·x + b), fitted by minimising mean binary cross-entropy + (l2/2)‖w‖².
// The loss and gradient here are the only copy; the Newton fit below and the gradient-descent trainer share them.
// Notation: X rows are points, x one row, w the weights, b the bias, z = w·x + b the logit, y a label in {0, 1}.
import { sigmoid, sigmoidDerivative } from './activations.ts';
import { binaryCrossEntropyWithLogits } from './losses.ts';
import { dot, solveSymmetricPositiveDefinite } from './linear-algebra.ts';

/** Throws a clear Error unless X is a non-empty rectangular matrix of finite numbers and y holds one 0/1 label per row. */
export function assertBinaryDataset(X: readonly (readonly number[])[], y: readonly number[]): void {
  if (X.length === 0) throw new Error('The data set is empty: X needs at least one row.');
  if (X.length !== y.length) throw new Error(`X has ${X.length} rows but y has ${y.length} labels.`);
  const width = (X[0] as readonly number[]).length;
  if (width === 0) throw new Error('Rows of X need at least one feature.');
  X.forEach((row, i) => {
    if (row.length !== width) throw new Error(`Row ${i} of X has ${row.length} features, but row 0 has ${width}.`);
    if (!row.every(Number.isFinite)) throw new Error(`Row ${i} of X contains a value that is not a finite number.`);
  });
  y.forEach((label, i) => {
    if (label !== 0 && label !== 1) throw new Error(`Label ${i} is ${label}; labels must be 0 or 1.`);
  });
}

function assertModel(weights: readonly number[], bias: number, l2: number, width: number): void {
  if (weights.length !== width) throw new Error(`There are ${weights.length} weights for ${width} features.`);
  if (!weights.every(Number.isFinite) || !Number.isFinite(bias)) throw new Error('Weights and bias must be finite numbers.');
  if (!Number.isFinite(l2) || l2 < 0) throw new Error(`The L2 penalty must be a finite number >= 0, got ${l2}.`);
}

/** z = w·x + b */
export function linearPredictor(weights: readonly number[], bias: number, x: readonly number[]): number {
  return dot(weights, x) + bias;
}

/** p = σ(w·x + b), the predicted probability that the label is 1. */
export function predictProbability(weights: readonly number[], bias: number, x: readonly number[]): number {
  return sigmoid(linearPredictor(weights, bias, x));
}

/** σ(z) − y, the derivative of the cross-entropy in z; for y = 1 it is −σ(−z), exact where 1 − σ(z) would round to 0. */
function residual(z: number, label: number): number {
  return label === 1 ? -sigmoid(-z) : sigmoid(z);
}

/**
 * L = (1/n) Σ BCE(zᵢ, yᵢ) + (l2/2)‖w‖², and when `gradient` (length d + 1) is given, writes
 * ∂L/∂w = (1/n) Σ (σ(zᵢ) − yᵢ) xᵢ + l2·w into gradient[0..d−1] and ∂L/∂b = (1/n) Σ (σ(zᵢ) − yᵢ) into gradient[d].
 * No validation: callers check the data once, so a trainer can call this every step without allocating.
 */
export function logisticObjective(
  weights: readonly number[],
  bias: number,
  X: readonly (readonly number[])[],
  y: readonly number[],
  l2: number,
  gradient?: number[],
): number {
  const n = X.length;
  const d = weights.length;
  if (gradient) gradient.fill(0, 0, d + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const x = X[i] as readonly number[];
    const label = y[i] as number;
    const z = linearPredictor(weights, bias, x);
    // From the logit, not from σ(z): log σ(z) would be log(0) = −∞ once σ(z) rounds to 0.
    total += binaryCrossEntropyWithLogits(z, label);
    if (gradient) {
      const r = residual(z, label);
      for (let j = 0; j < d; j++) gradient[j] = (gradient[j] as number) + r * (x[j] as number);
      gradient[d] = (gradient[d] as number) + r;
    }
  }
  if (gradient) {
    for (let j = 0; j < d; j++) gradient[j] = (gradient[j] as number) / n + l2 * (weights[j] as number);
    gradient[d] = (gradient[d] as number) / n;
  }
  return total / n + (l2 / 2) * dot(weights, weights);
}

/** Mean binary cross-entropy of σ(w·x + b) against y, plus (l2/2)‖w‖² (the bias is not penalised). */
export function meanLogisticLoss(
  weights: readonly number[],
  bias: number,
  X: readonly (readonly number[])[],
  y: readonly number[],
  l2 = 0,
): number {
  assertBinaryDataset(X, y);
  assertModel(weights, bias, l2, (X[0] as readonly number[]).length);
  return logisticObjective(weights, bias, X, y, l2);
}

/** ∇L: weights (1/n) Σ (σ(zᵢ) − yᵢ) xᵢ + l2·w and bias (1/n) Σ (σ(zᵢ) − yᵢ). */
export function logisticLossGradient(
  weights: readonly number[],
  bias: number,
  X: readonly (readonly number[])[],
  y: readonly number[],
  l2 = 0,
): { weights: number[]; bias: number } {
  assertBinaryDataset(X, y);
  assertModel(weights, bias, l2, (X[0] as readonly number[]).length);
  const gradient = new Array<number>(weights.length + 1);
  logisticObjective(weights, bias, X, y, l2, gradient);
  return { weights: gradient.slice(0, weights.length), bias: gradient[weights.length] as number };
}

/** Column means m and spreads s (standard deviation, or 1 for a constant column) used to standardise x̃ = (x − m)/s. */
export interface ColumnScaling {
  mean: number[];
  scale: number[];
}

export function columnScaling(X: readonly (readonly number[])[]): ColumnScaling {
  const d = (X[0] as readonly number[]).length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of X) for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + (row[j] as number) / X.length;
  // Two passes (mean, then squared deviations) avoid the cancellation of E[x²] − E[x]² when |mean| ≫ spread.
  for (const row of X) for (let j = 0; j < d; j++) scale[j] = (scale[j] as number) + ((row[j] as number) - (mean[j] as number)) ** 2;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt((scale[j] as number) / X.length) || 1;
  return { mean, scale };
}

/**
 * Maps weights w̃ of standardised features to the same model in original units: w = w̃/s, b = b̃ − Σ w m.
 * Reads the first d entries of `weights` (d = number of features), writes w into `weightsOut` and returns b.
 */
export function fromStandardized(scaling: ColumnScaling, weights: readonly number[], bias: number, weightsOut: number[]): number {
  let b = bias;
  for (let j = 0; j < scaling.mean.length; j++) {
    const w = (weights[j] as number) / (scaling.scale[j] as number);
    weightsOut[j] = w;
    b -= w * (scaling.mean[j] as number);
  }
  return b;
}

/** Chain rule from an original-units gradient g to standardised coordinates, in place: g̃ⱼ = (gⱼ − g_b mⱼ)/sⱼ, g̃_b = g_b. */
export function gradientToStandardized(scaling: ColumnScaling, gradient: number[]): void {
  const d = scaling.mean.length;
  const biasGradient = gradient[d] as number;
  for (let j = 0; j < d; j++) {
    gradient[j] = ((gradient[j] as number) - biasGradient * (scaling.mean[j] as number)) / (scaling.scale[j] as number);
  }
}

export interface FitOptions {
  /** Penalty (l2/2)‖w‖² on the weights in original units; the bias is not penalised (default 0). */
  l2?: number;
  /** Most Newton steps to take (default 100). */
  maxIterations?: number;
  /**
   * Stop after a Newton step, in standardised coordinates, below tolerance·max(1, ‖θ̃‖∞) (default 1e-10), or
   * whose predicted decrease of the loss is below its rounding error.
   */
  tolerance?: number;
}

export interface LogisticFit {
  weights: number[];
  bias: number;
  /** Newton steps taken. */
  iterations: number;
  /** The objective (1/n) Σ BCE + (l2/2)‖w‖² at the returned weights. */
  loss: number;
  /** Euclidean norm of the gradient at the returned weights, in original units. */
  gradientNorm: number;
  converged: boolean;
  /**
   * True when the returned boundary puts every training point strictly on its own side, which proves the classes
   * linearly separable. Then with l2 = 0 the loss has no minimum (it falls towards 0 as ‖w‖ grows), so converged
   * is false and the weights are where the iterations stopped; a tiny l2 puts the minimum very far out.
   */
  separable: boolean;
}

// Hessian in standardised coordinates: H̃ = (1/n) Σ σ(zᵢ)σ(−zᵢ) x̃ᵢ x̃ᵢᵀ + diag(l2/s², 0) with x̃ = [(x − m)/s, 1].
function standardizedHessian(
  weights: readonly number[],
  bias: number,
  X: readonly (readonly number[])[],
  l2: number,
  scaling: ColumnScaling,
): number[][] {
  const d = weights.length;
  const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
  const xt = new Array<number>(d + 1).fill(1);
  for (const x of X) {
    const z = linearPredictor(weights, bias, x);
    // σ'(z) from e^−|z| rather than p(1 − p), which rounds to 0 once p rounds to 1.
    const curvature = sigmoidDerivative(z);
    // Centred columns are nearly orthogonal to the bias column, which keeps H̃ well conditioned when |m| ≫ s.
    for (let j = 0; j < d; j++) xt[j] = ((x[j] as number) - (scaling.mean[j] as number)) / (scaling.scale[j] as number);
    for (let j = 0; j <= d; j++) {
      const row = H[j] as number[];
      for (let k = 0; k <= j; k++) row[k] = (row[k] as number) + curvature * (xt[j] as number) * (xt[k] as number);
    }
  }
  for (let j = 0; j <= d; j++) {
    for (let k = 0; k <= j; k++) {
      const value = ((H[j] as number[])[k] as number) / X.length;
      (H[j] as number[])[k] = value;
      (H[k] as number[])[j] = value;
    }
  }
  for (let j = 0; j < d; j++) (H[j] as number[])[j] = ((H[j] as number[])[j] as number) + l2 / (scaling.scale[j] as number) ** 2;
  return H;
}

// Δ with H Δ = −g. A singular H (separable classes and no penalty) gets the smallest Levenberg damping
// μ·max(diag H)·I, μ = 1e-12, 1e-10, …, 1, that makes it positive definite.
function newtonDirection(H: readonly (readonly number[])[], gradient: readonly number[]): number[] | null {
  const negative = gradient.map((value) => -value);
  const maxDiagonal = Math.max(...H.map((row, i) => row[i] as number));
  if (!(maxDiagonal > 0) || !Number.isFinite(maxDiagonal)) return null;
  for (let mu = 0; mu <= 1; mu = mu === 0 ? 1e-12 : mu * 100) {
    const damped = mu === 0 ? H : H.map((row, i) => row.map((value, j) => (i === j ? value + mu * maxDiagonal : value)));
    const step = solveSymmetricPositiveDefinite(damped, negative);
    if (step !== null && step.every(Number.isFinite)) return step;
  }
  return null;
}

/** True when every point with y = 1 has z > 0 and every point with y = 0 has z < 0. */
export function separatesClasses(weights: readonly number[], bias: number, X: readonly (readonly number[])[], y: readonly number[]): boolean {
  return X.every((x, i) => (y[i] === 1 ? linearPredictor(weights, bias, x) > 0 : linearPredictor(weights, bias, x) < 0));
}

const maxAbs = (values: readonly number[]): number => values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

function assertFitOptions(l2: number, maxIterations: number, tolerance: number): void {
  if (!Number.isFinite(l2) || l2 < 0) throw new Error(`The L2 penalty must be a finite number >= 0, got ${l2}.`);
  if (!Number.isInteger(maxIterations) || maxIterations < 0) {
    throw new Error(`maxIterations must be a whole number >= 0, got ${maxIterations}.`);
  }
  if (!Number.isFinite(tolerance) || tolerance < 0) throw new Error(`The tolerance must be a finite number >= 0, got ${tolerance}.`);
}

// Freezes constant columns: all zeros once centred, so their weight stays 0 (optimal with a penalty, a free
// choice without) and their Hessian row becomes the identity's instead of a zero that would need damping.
function freezeColumns(frozen: readonly boolean[], H: number[][], gradient: number[]): void {
  frozen.forEach((isFrozen, j) => {
    if (!isFrozen) return;
    gradient[j] = 0;
    for (let k = 0; k < H.length; k++) (H[j] as number[])[k] = (H[k] as number[])[j] = j === k ? 1 : 0;
  });
}

/**
 * Minimises (1/n) Σ BCE(σ(w·xᵢ + b), yᵢ) + (l2/2)‖w‖² by Newton's method with a backtracking (Armijo) line search.
 * Newton's iterates do not depend on the coordinates, so each step is solved in standardised coordinates
 * (x − m)/s, where the Hessian is well conditioned even when features differ in scale by 1e5, and mapped back.
 */
export function fitLogisticRegression(X: readonly (readonly number[])[], y: readonly number[], options: FitOptions = {}): LogisticFit {
  const { l2 = 0, maxIterations = 100, tolerance = 1e-10 } = options;
  assertBinaryDataset(X, y);
  assertFitOptions(l2, maxIterations, tolerance);
  const positives = y.filter((label) => label === 1).length;
  if (positives === 0 || positives === y.length) {
    throw new Error('Logistic regression needs both classes in y; with one class the bias has no finite optimum.');
  }
  const d = (X[0] as readonly number[]).length;
  const scaling = columnScaling(X);
  const constant = scaling.mean.map((_, j) => X.every((row) => row[j] === (X[0] as readonly number[])[j]));

  // θ̃ = (w̃, b̃) in standardised coordinates, starting from the best constant model b̃ = log(k/(n − k)).
  const theta = new Array<number>(d + 1).fill(0);
  theta[d] = Math.log(positives / (y.length - positives));
  const trial = theta.slice();
  const weights = new Array<number>(d);
  const gradient = new Array<number>(d + 1);
  let bias = 0;
  // Loss at θ̃ + t·Δ (empty Δ for the current point), leaving that model in original units in `weights` and `bias`.
  const lossAt = (t: number, step: readonly number[], withGradient: boolean): number => {
    for (let j = 0; j <= d; j++) trial[j] = (theta[j] as number) + t * (step[j] ?? 0);
    bias = fromStandardized(scaling, trial, trial[d] as number, weights);
    return logisticObjective(weights, bias, X, y, l2, withGradient ? gradient : undefined);
  };
  let loss = lossAt(0, [], true);
  let iterations = 0;
  let converged = false;

  while (iterations < maxIterations && !converged) {
    gradientToStandardized(scaling, gradient);
    const H = standardizedHessian(weights, bias, X, l2, scaling);
    freezeColumns(constant, H, gradient);
    const step = newtonDirection(H, gradient);
    if (step === null) break;
    // λ² = −g̃·Δ is the Newton decrement, ≈ 2(L − L*) and the same in every coordinate system.
    const decrement = -dot(gradient, step);
    // Done after a tiny step, or once λ²/2 ≈ L − L* is at the rounding level of L: near-separable data can leave
    // a direction so flat that rounding in the gradient moves the step without lowering the loss.
    const done = maxAbs(step) <= tolerance * Math.max(1, maxAbs(theta)) || decrement <= 1e-15 * loss;
    // At λ² ≤ 1e-12 the full step is safe and an Armijo test would only be judging rounding noise in L.
    let t = 1;
    while (decrement > 1e-12 && t > 1e-18 && !(lossAt(t, step, false) <= loss - 1e-4 * t * decrement)) t /= 2;
    if (decrement > 1e-12 && t <= 1e-18) {
      converged = done;
      break;
    }
    for (let j = 0; j <= d; j++) theta[j] = (theta[j] as number) + t * (step[j] as number);
    iterations++;
    loss = lossAt(0, [], true);
    converged = done;
  }

  loss = lossAt(0, [], true);
  const separable = separatesClasses(weights, bias, X, y);
  return {
    weights: weights.slice(),
    bias,
    iterations,
    loss,
    gradientNorm: Math.sqrt(dot(gradient, gradient)),
    converged: converged && !(separable && l2 === 0),
    separable,
  };
}
