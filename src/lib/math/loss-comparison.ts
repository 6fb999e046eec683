// One example (x, y) and one weight w, bias b: the loss as a function of w under binary cross-entropy and under
// squared error after a sigmoid, with their derivatives in w. Shows why BCE is the loss to train with: it is
// convex in w and its slope stays large when the model is confidently wrong, where squared error goes flat.
// Notation: z = w·x + b, p = σ(z), y ∈ {0, 1}.
import { sigmoid, sigmoidDerivative } from './activations.ts';
import { binaryCrossEntropyWithLogits } from './losses.ts';

function assertLabel(y: number): void {
  if (y !== 0 && y !== 1) throw new Error(`The label must be 0 or 1, got ${y}.`);
}

/** p − y, written as −σ(−z) for y = 1: exact where 1 − σ(z) would round to 0. */
function residual(z: number, y: number): number {
  return y === 1 ? -sigmoid(-z) : sigmoid(z);
}

// BCE(w) = −[y log σ(z) + (1 − y) log(1 − σ(z))], from the logit so it never takes log 0.
export function crossEntropyInW(w: number, x: number, y: number, b = 0): number {
  assertLabel(y);
  return binaryCrossEntropyWithLogits(w * x + b, y);
}

// dBCE/dw = (σ(z) − y)·x
export function crossEntropySlopeInW(w: number, x: number, y: number, b = 0): number {
  assertLabel(y);
  return residual(w * x + b, y) * x;
}

// SE(w) = (σ(z) − y)²
export function squaredErrorInW(w: number, x: number, y: number, b = 0): number {
  assertLabel(y);
  return residual(w * x + b, y) ** 2;
}

// dSE/dw = 2(σ(z) − y)·σ′(z)·x: the extra factor σ′(z) ≤ ¼ is what flattens it in both tails.
export function squaredErrorSlopeInW(w: number, x: number, y: number, b = 0): number {
  assertLabel(y);
  const z = w * x + b;
  return 2 * residual(z, y) * sigmoidDerivative(z) * x;
}
