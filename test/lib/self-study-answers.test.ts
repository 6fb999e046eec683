// The numbers the new self-study material states, held against the math module: the predict-then-run answers
// (computed in the MDX with the same calls) and the figures quoted in the second hints.
import { describe, expect, it } from 'vitest';
import { sigmoid, sigmoidDerivative, softmax, binaryCrossEntropy } from '../../src/lib/math/index.ts';
import { formatFixed } from '../../src/lib/format.ts';

describe('predict-then-run answers', () => {
  it('σ(10) is 0.9999546021312976, shown as 0.999955, and a guess of 1 is within the 5e-3 tolerance', () => {
    // Reference: NumPy 1 / (1 + np.exp(-10)), quoted in lesson 1.
    expect(sigmoid(10)).toBe(0.9999546021312976);
    expect(formatFixed(sigmoid(10), 6)).toBe('0.999955');
    expect(Math.abs(1 - sigmoid(10))).toBeLessThan(5e-3);
  });

  it('five sigmoid layers keep at best σ′(0)^5 = 1/1024', () => {
    // σ′(0) = ¼ exactly, so the product is a power of two and exact in floating point.
    expect(sigmoidDerivative(0) ** 5).toBe(1 / 1024);
    expect(formatFixed(sigmoidDerivative(0) ** 5, 6)).toBe('0.000977');
  });

  it('adding 5 to every logit leaves softmax alone and raises every sigmoid (lesson 3’s prediction)', () => {
    const logits = [2, 1, 0.1];
    const shifted = logits.map((z) => z + 5);
    softmax(shifted).forEach((p, i) => expect(p).toBeCloseTo(softmax(logits)[i] ?? NaN, 12));
    shifted.forEach((z, i) => expect(sigmoid(z)).toBeGreaterThan(sigmoid(logits[i] ?? NaN)));
  });
});

describe('figures quoted in the hints', () => {
  it('match the module to the places shown', () => {
    expect(formatFixed(1 + Math.exp(-2), 4)).toBe('1.1353');
    expect(formatFixed(sigmoid(2), 4)).toBe('0.8808');
    expect(formatFixed(1 - sigmoid(2), 4)).toBe('0.1192');
    expect(formatFixed(sigmoid(0.5), 4)).toBe('0.6225');
    expect(formatFixed(sigmoid(0.5) - 1, 4)).toBe('-0.3775');
    expect(formatFixed(Math.E + 1 + Math.exp(-1), 3)).toBe('4.086');
    expect(binaryCrossEntropy(0.8, 0)).toBeCloseTo(-Math.log(0.2), 12);
    // The typed expression in lesson 3's forget-gate hint lands within its 5e-4 tolerance.
    expect(Math.abs(0.8808 ** 10 - sigmoid(2) ** 10)).toBeLessThan(5e-4);
  });
});
