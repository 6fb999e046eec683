// The textbook formulas fail exactly where the lessons say they do; the stable ones, beside them, do not.
import { describe, expect, it } from 'vitest';
import {
  logSigmoid,
  naiveLogSigmoid,
  naiveSigmoid,
  naiveSigmoidDerivative,
  naiveSigmoidRatio,
  naiveSoftmax,
  sigmoid,
  sigmoidDerivative,
  softmax,
} from 's-curve/math';
import { ulpDistance } from './ulp.ts';

describe('the floating-point traps', () => {
  it('e^x / (1 + e^x) is ∞/∞ = NaN at x = 800; the stable σ gives 1', () => {
    expect(naiveSigmoidRatio(800)).toBeNaN();
    expect(sigmoid(800)).toBe(1);
  });

  it('log(σ(x)) is -Infinity at x = -800; the stable log σ gives -800', () => {
    expect(naiveLogSigmoid(-800)).toBe(-Infinity);
    expect(logSigmoid(-800)).toBe(-800);
  });

  it('σ(1 - σ) is 0 at x = 40; the stable σ′ keeps e^-40 / (1 + e^-40)²', () => {
    expect(naiveSigmoidDerivative(40)).toBe(0);
    // mpmath at 3000 bits.
    expect(ulpDistance(sigmoidDerivative(40), 4.248354255291589e-18)).toBeLessThanOrEqual(1);
  });

  it('exp-then-normalise softmax is NaN at [1000, 1001, 1002]; the stable one is finite and sums to 1', () => {
    expect(naiveSoftmax([1000, 1001, 1002]).every(Number.isNaN)).toBe(true);
    const stable = softmax([1000, 1001, 1002]);
    expect(stable.every(Number.isFinite)).toBe(true);
    expect(Math.abs(stable.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(2 * Number.EPSILON);
  });

  it('1 / (1 + e^-x) underflows to 0 at x = -800 but is fine for moderate x', () => {
    expect(naiveSigmoid(-800)).toBe(0);
    for (const x of [-30, -2, 0, 2, 30]) expect(ulpDistance(naiveSigmoid(x), sigmoid(x))).toBeLessThanOrEqual(2);
  });

  it('agrees with the stable forms where nothing overflows or cancels', () => {
    for (const x of [-5, -1, 0, 1, 5]) {
      expect(ulpDistance(naiveSigmoidRatio(x), sigmoid(x))).toBeLessThanOrEqual(2);
      expect(Math.abs(naiveLogSigmoid(x) - logSigmoid(x))).toBeLessThanOrEqual(4 * Number.EPSILON * (1 + Math.abs(x)));
      expect(Math.abs(naiveSigmoidDerivative(x) - sigmoidDerivative(x))).toBeLessThanOrEqual(4 * Number.EPSILON);
    }
    const stable = softmax([0, 1, 2]);
    naiveSoftmax([0, 1, 2]).forEach((p, i) => expect(ulpDistance(p, stable[i] as number)).toBeLessThanOrEqual(2));
  });
});
