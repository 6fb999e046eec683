// Binary cross-entropy, on a probability or straight on a logit; y is the target in [0, 1].
import { softplus } from './activations.ts';

// Whether y is a valid target (NaN fails too).
function isProbability(y: number): boolean {
  return y >= 0 && y <= 1;
}

// BCE(p, y) = -(y log p + (1 - y) log(1 - p))
export function binaryCrossEntropy(p: number, y: number): number {
  if (!isProbability(p) || !isProbability(y)) return NaN;
  // A term with coefficient 0 is skipped, so 0 · log 0 = 0 · -∞ never makes NaN; BCE(0, 1) stays the true +∞.
  let loss = 0;
  if (y !== 0) loss -= y * Math.log(p);
  // log1p(-p) keeps small p exact, where log(1 - p) would round 1 - p first.
  if (y !== 1) loss -= (1 - y) * Math.log1p(-p);
  return loss;
}

// BCE(σ(z), y) = y softplus(-z) + (1 - y) softplus(z)
export function binaryCrossEntropyWithLogits(z: number, y: number): number {
  if (Number.isNaN(z) || !isProbability(y)) return NaN;
  // Hard targets take one term: no 0 · ∞, and -log σ(-1000) comes out as exactly 1000.
  if (y === 1) return softplus(-z);
  if (y === 0) return softplus(z);
  return y * softplus(-z) + (1 - y) * softplus(z);
}
