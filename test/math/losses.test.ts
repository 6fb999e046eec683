// Binary cross-entropy on probabilities and on logits: exact edge values, agreement with the 320-bit
// reference, and the two forms agreeing with each other where both are well conditioned.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binaryCrossEntropy, binaryCrossEntropyWithLogits, sigmoid } from 's-curve/math';
import * as reference from './high-precision.ts';
import { ulpDistance } from './ulp.ts';

const probability = fc.double({ min: 0, max: 1, noNaN: true });
const openProbability = fc.double({ min: 0, max: 1, noNaN: true, minExcluded: true, maxExcluded: true });
const target = fc.oneof(fc.constant(0), fc.constant(1), probability);

// Generous timeouts: the BigInt reference is slow when other suites share the cores.
const SLOW = { timeout: 60_000 };

describe('binaryCrossEntropy', SLOW, () => {
  it('gives the true values at the ends, with no clamping and no 0 · log 0 = NaN', () => {
    expect(binaryCrossEntropy(0, 1)).toBe(Infinity);
    expect(binaryCrossEntropy(1, 0)).toBe(Infinity);
    expect(binaryCrossEntropy(0, 0)).toBe(0);
    expect(binaryCrossEntropy(1, 1)).toBe(0);
    expect(Object.is(binaryCrossEntropy(0, 0), 0)).toBe(true);
    expect(binaryCrossEntropy(0, 0.5)).toBe(Infinity);
  });

  it('gives log 2 for a coin-flip prediction, whatever the target', () => {
    for (const y of [0, 0.25, 0.5, 1]) expect(binaryCrossEntropy(0.5, y)).toBe(Math.LN2);
  });

  it('is -log p for y = 1 and -log(1 - p) for y = 0', () => {
    expect(binaryCrossEntropy(0.8, 1)).toBe(-Math.log(0.8));
    // -log1p(-1e-20) = 1e-20 (log(1 - p) would round 1 - p to 1 and give 0).
    expect(binaryCrossEntropy(1e-20, 0)).toBe(1e-20);
  });

  it('gives NaN for p or y outside [0, 1], or NaN', () => {
    for (const [p, y] of [[-0.1, 1], [1.1, 0], [0.5, -1], [0.5, 2], [NaN, 1], [0.5, NaN], [Infinity, 1]] as const) {
      expect(binaryCrossEntropy(p, y)).toBeNaN();
    }
  });

  it('is ≥ 0 and never NaN for p, y in [0, 1]', () => {
    fc.assert(fc.property(probability, probability, (p, y) => binaryCrossEntropy(p, y) >= 0));
  });

  it('is within 4 ulp of the reference for p in (0, 1)', () => {
    // -(y log p + (1 - y) log1p(-p)): both terms ≤ 0, so no cancellation; a handful of roundings.
    fc.assert(
      fc.property(openProbability, target, (p, y) =>
        ulpDistance(binaryCrossEntropy(p, y), reference.referenceBinaryCrossEntropy(p, y)) <= 4),
      { numRuns: 500 },
    );
  });
});

describe('binaryCrossEntropyWithLogits', SLOW, () => {
  it('stays exact where the probability form would overflow or round to 0', () => {
    expect(binaryCrossEntropyWithLogits(-1000, 1)).toBe(1000);
    expect(binaryCrossEntropyWithLogits(1000, 0)).toBe(1000);
    expect(binaryCrossEntropyWithLogits(1000, 1)).toBe(0);
    expect(binaryCrossEntropyWithLogits(-1000, 0)).toBe(0);
    expect(binaryCrossEntropyWithLogits(0, 0.3)).toBe(Math.LN2);
  });

  it('gives the limits at ±Infinity', () => {
    expect(binaryCrossEntropyWithLogits(Infinity, 1)).toBe(0);
    expect(binaryCrossEntropyWithLogits(-Infinity, 0)).toBe(0);
    expect(binaryCrossEntropyWithLogits(-Infinity, 1)).toBe(Infinity);
    expect(binaryCrossEntropyWithLogits(Infinity, 0)).toBe(Infinity);
    expect(binaryCrossEntropyWithLogits(Infinity, 0.5)).toBe(Infinity);
  });

  it('gives NaN for a NaN logit or a target outside [0, 1]', () => {
    for (const [z, y] of [[NaN, 1], [0, NaN], [0, -0.5], [0, 1.5]] as const) {
      expect(binaryCrossEntropyWithLogits(z, y)).toBeNaN();
    }
  });

  it('is ≥ 0 and never NaN for any non-NaN logit and y in [0, 1]', () => {
    fc.assert(fc.property(fc.double({ noNaN: true }), probability, (z, y) => binaryCrossEntropyWithLogits(z, y) >= 0));
  });

  it('is within 4 ulp of the reference for any finite logit', () => {
    // y softplus(-z) + (1 - y) softplus(z): two non-negative terms, so no cancellation.
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), target, (z, y) =>
        ulpDistance(binaryCrossEntropyWithLogits(z, y), reference.referenceBinaryCrossEntropyWithLogits(z, y)) <= 4),
      { numRuns: 500 },
    );
  });

  it('equals binaryCrossEntropy(σ(z), y) for moderate z', () => {
    fc.assert(
      fc.property(fc.double({ min: -15, max: 15, noNaN: true }), target, (z, y) => {
        const p = sigmoid(z);
        // The probability form inherits σ's rounding (≤ ε relative in p and in 1 - p ≈ σ(-z) up to ε/(1 - p)),
        // amplified by |∂BCE/∂p| · p = y + (1 - y) p / (1 - p); the logit form is accurate to a few ulp.
        const tolerance = 4 * Number.EPSILON * (1 + binaryCrossEntropyWithLogits(z, y) + y + (1 - y) * (p / (1 - p)));
        return Math.abs(binaryCrossEntropyWithLogits(z, y) - binaryCrossEntropy(p, y)) <= tolerance;
      }),
      { numRuns: 500 },
    );
  });
});
