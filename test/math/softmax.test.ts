// softmax, logSoftmax and logSumExp: known values, limits with infinite logits, agreement with the
// 320-bit reference, and the properties the lessons rely on (sums to 1, shift invariance, LSE ≥ max).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { logSoftmax, logSumExp, softmax } from 's-curve/math';
import * as reference from './high-precision.ts';
import { ulpDistance } from './ulp.ts';

const logits = (maxLength = 8, size = 1e3) =>
  fc.array(fc.double({ min: -size, max: size, noNaN: true }), { minLength: 1, maxLength });
// Logits with infinities, huge values and subnormals mixed in.
const wildLogits = fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 8 });

describe('known values', () => {
  it('gives softmax([1000, 1001, 1002]) = softmax([0, 1, 2]), finite and summing to 1', () => {
    const shifted = softmax([1000, 1001, 1002]);
    expect(shifted).toEqual(softmax([0, 1, 2]));
    // e^k / (1 + e + e²) for k = 0, 1, 2, from the 320-bit reference rounded to doubles.
    const expected = reference.referenceSoftmax([0, 1, 2]);
    shifted.forEach((p, i) => expect(ulpDistance(p, expected[i] as number)).toBeLessThanOrEqual(2));
    expect(Math.abs(shifted.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(2 * Number.EPSILON);
  });

  it('gives logSumExp of n equal logits v as v + log n', () => {
    expect(logSumExp([0, 0])).toBe(Math.LN2);
    expect(logSumExp([5, 5, 5, 5])).toBe(5 + Math.log(4));
    expect(logSumExp([1000])).toBe(1000);
  });

  it('keeps the dominant entry of logSoftmax exact when the others are negligible', () => {
    expect(logSoftmax([0, -1000])).toEqual([0, -1000]);
    expect(logSoftmax([800, 0])[1]).toBe(-800);
    expect(logSumExp([-1e308, 1e308])).toBe(1e308);
  });

  it('sharpens with a small temperature and flattens with a large one', () => {
    const cold = softmax([1, 2, 3], 0.01);
    const hot = softmax([1, 2, 3], 1e6);
    expect(cold[2]).toBeGreaterThan(0.999_999);
    for (const p of hot) expect(Math.abs(p - 1 / 3)).toBeLessThan(1e-6);
    // softmax(v, 2) = softmax(v / 2), exactly here since halving is exact.
    expect(softmax([1, 2, 3], 2)).toEqual(softmax([0.5, 1, 1.5]));
  });
});

describe('edges and limits', () => {
  it('handles empty input', () => {
    expect(softmax([])).toEqual([]);
    expect(logSoftmax([])).toEqual([]);
    expect(logSumExp([])).toBe(-Infinity);
  });

  it('turns any NaN into all NaN (and NaN for logSumExp)', () => {
    for (const v of [[NaN], [1, NaN, 3], [Infinity, NaN], [NaN, -Infinity]]) {
      for (const p of softmax(v)) expect(p).toBeNaN();
      for (const p of logSoftmax(v)) expect(p).toBeNaN();
      expect(logSumExp(v)).toBeNaN();
    }
  });

  it('shares the mass equally among +Infinity logits', () => {
    expect(softmax([Infinity, 1, Infinity])).toEqual([0.5, 0, 0.5]);
    expect(softmax([Infinity, -Infinity])).toEqual([1, 0]);
    expect(logSoftmax([Infinity, 1, Infinity])).toEqual([-Math.LN2, -Infinity, -Math.LN2]);
    expect(logSumExp([Infinity, -Infinity, 3])).toBe(Infinity);
  });

  it('is uniform when every logit is -Infinity, and ignores -Infinity beside a finite logit', () => {
    expect(softmax([-Infinity, -Infinity])).toEqual([0.5, 0.5]);
    expect(logSoftmax([-Infinity, -Infinity, -Infinity, -Infinity])).toEqual(Array(4).fill(-Math.log(4)));
    expect(logSumExp([-Infinity, -Infinity])).toBe(-Infinity);
    expect(softmax([-Infinity, 0])).toEqual([0, 1]);
    expect(logSoftmax([-Infinity, 0])).toEqual([-Infinity, 0]);
    expect(logSumExp([-Infinity, 2])).toBe(2);
  });

  it('reaches the hard-max limit for a tiny temperature instead of overflowing', () => {
    expect(softmax([1, 2, 2], 1e-300)).toEqual([0, 0.5, 0.5]);
    expect(softmax([1, 1 + Number.EPSILON], 5e-324)).toEqual([0, 1]);
    expect(softmax([-1e308, 1e308], 1e-10)).toEqual([0, 1]);
  });

  it('rejects a temperature that is not a positive finite number, with a clear message', () => {
    for (const t of [0, -0, -1, NaN, Infinity, -Infinity]) {
      expect(() => softmax([1, 2], t)).toThrow(RangeError);
      expect(() => softmax([1, 2], t)).toThrow(/temperature must be a positive finite number/);
    }
  });

  it('gives probabilities in [0, 1], log-probabilities ≤ 0 and no NaN for any non-NaN logits', () => {
    fc.assert(
      fc.property(wildLogits, (v) =>
        softmax(v).every((p) => p >= 0 && p <= 1)
        && logSoftmax(v).every((p) => !Number.isNaN(p) && p <= 0)
        && !Number.isNaN(logSumExp(v))),
    );
  });
});

describe('properties', () => {
  it('sums to 1 for any non-NaN logits and any valid temperature', () => {
    fc.assert(
      fc.property(wildLogits, fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (v, t) => {
        // n terms each within an ulp or two of their value: the sum is off by at most about n ε.
        const total = softmax(v, t).reduce((a, b) => a + b, 0);
        return Math.abs(total - 1) <= (v.length + 1) * Number.EPSILON;
      }),
    );
  });

  it('ignores a shift of all logits: exactly when the shifted logits are exact', () => {
    // Multiples of 2^-20 below 2^20 in size: v + c and v_i - max are then exact, so nothing may change.
    const grid = fc.integer({ min: -(2 ** 30), max: 2 ** 30 }).map((k) => k / 2 ** 20);
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 8 }), grid, (v, c) => {
        const moved = v.map((x) => x + c);
        return JSON.stringify(softmax(moved)) === JSON.stringify(softmax(v))
          && JSON.stringify(logSoftmax(moved)) === JSON.stringify(logSoftmax(v));
      }),
    );
  });

  it('ignores a shift of all logits, up to the rounding of v + c, for any doubles', () => {
    fc.assert(
      fc.property(logits(8), fc.double({ min: -1e3, max: 1e3, noNaN: true }), (v, c) => {
        // Each v_i + c is off by ≤ ulp(2000)/2 ≈ 1.2e-13, which moves a probability by at most that much.
        const moved = softmax(v.map((x) => x + c));
        return softmax(v).every((p, i) => Math.abs(p - (moved[i] as number)) <= 5e-13);
      }),
    );
  });

  it('has max ≤ logSumExp ≤ max + log n', () => {
    fc.assert(
      fc.property(wildLogits, (v) => {
        const max = Math.max(...v);
        const lse = logSumExp(v);
        // The upper bound gets a few ulp of slack for the final rounding of max + log1p(...).
        return lse >= max && (lse <= max + Math.log(v.length) || ulpDistance(lse, max + Math.log(v.length)) <= 2);
      }),
    );
  });

  it('has logSoftmax = log(softmax) where softmax has not underflowed', () => {
    fc.assert(
      fc.property(logits(8, 700), (v) => {
        const logs = logSoftmax(v);
        return softmax(v).every((p, i) => {
          if (p < 1e-300) return true;
          // log p turns p's relative error (a few ε) into an absolute one; both carry ulps of |value|.
          const value = logs[i] as number;
          return Math.abs(Math.log(p) - value) <= 8 * Number.EPSILON * (1 + Math.abs(value));
        });
      }),
    );
  });

  it('has logSoftmax_i = v_i - logSumExp(v) up to rounding', () => {
    fc.assert(
      fc.property(logits(8), (v) => {
        const lse = logSumExp(v);
        return logSoftmax(v).every((value, i) => {
          const direct = (v[i] as number) - lse;
          return Math.abs(direct - value) <= 4 * Number.EPSILON * (Math.abs(v[i] as number) + Math.abs(lse) + 1);
        });
      }),
    );
  });
});

// Generous timeout: the BigInt reference is slow when other suites share the cores.
describe('accuracy against the 320-bit reference', { timeout: 60_000 }, () => {
  it('gives softmax to within a few ε relative, plus the rounding of the gaps v_i - max', () => {
    // Rounding v_i - m changes e^(v_i - m) by up to |v_i - m| ε/2 relative: the input's own conditioning,
    // which no formula on doubles avoids. On top come a handful of roundings (exp, the sum, the division).
    fc.assert(
      fc.property(logits(8, 800), (v) => {
        const expected = reference.referenceSoftmax(v);
        const max = Math.max(...v);
        const spread = v.reduce((sum, x, i) => sum + Math.abs(x - max) * (expected[i] as number), 0);
        return softmax(v).every((p, i) => {
          const truth = expected[i] as number;
          const tolerance = truth * Number.EPSILON * (3 + Math.abs((v[i] as number) - max) + spread);
          return Math.abs(p - truth) <= tolerance;
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives softmax within 2 ulp when the gaps v_i - max are exact small numbers', () => {
    const cases = [[0, 1, 2], [1, 1], [0.5, 0.25, -0.75, 0], [3, -2, 0.125], [0, 0, 0, 0, 0, 0, 0, 0.5]];
    for (const v of cases) {
      const expected = reference.referenceSoftmax(v);
      softmax(v).forEach((p, i) => {
        expect(ulpDistance(p, expected[i] as number), JSON.stringify(v)).toBeLessThanOrEqual(2);
      });
    }
  });

  it('gives logSoftmax to within a few ulp, plus the rounding of the gaps v_j - max', () => {
    // (v_i - m) - log1p(s) has no cancellation (both parts ≤ 0), so a few ulp of the result; but each rounded
    // gap v_j - m moves log1p(s) by up to p_j |v_j - m| ε/2, the input's own conditioning.
    fc.assert(
      fc.property(logits(8, 800), (v) => {
        const expected = reference.referenceLogSoftmax(v);
        const max = Math.max(...v);
        const spread = v.reduce((sum, x, i) => sum + Math.abs(x - max) * Math.exp(expected[i] as number), 0);
        return logSoftmax(v).every((value, i) => {
          const truth = expected[i] as number;
          return Math.abs(value - truth) <= Number.EPSILON * (2 * Math.abs(truth) + spread);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives logSoftmax within 2 ulp when the gaps v_i - max are exact small numbers', () => {
    const cases = [[0, 1, 2], [1, 1], [0.5, 0.25, -0.75, 0], [3, -2, 0.125], [0, -50.5], [10, 0, -10, -20]];
    for (const v of cases) {
      const expected = reference.referenceLogSoftmax(v);
      logSoftmax(v).forEach((p, i) => {
        expect(ulpDistance(p, expected[i] as number), JSON.stringify(v)).toBeLessThanOrEqual(2);
      });
    }
  });

  it('gives logSumExp to within its condition number', () => {
    // LSE is ill-conditioned where it is near 0 but the logits are not (each v_i moves it by softmax_i dv_i),
    // so the fair bound is a few ε times Σ|v_i| p_i + |LSE| + 1, not a few ulp of the result.
    fc.assert(
      fc.property(logits(8, 800), (v) => {
        const expected = reference.referenceLogSumExp(v);
        const weights = softmax(v);
        const scale = v.reduce((sum, x, i) => sum + Math.abs(x) * (weights[i] as number), 0) + Math.abs(expected) + 1;
        return Math.abs(logSumExp(v) - expected) <= 4 * Number.EPSILON * scale;
      }),
      { numRuns: 300 },
    );
  });

  it('gives logSumExp within 2 ulp when one logit dominates (the log1p case)', () => {
    for (const v of [[0, -40], [100, 60, 50], [-3, -50], [700, 0], [1, -745]]) {
      expect(ulpDistance(logSumExp(v), reference.referenceLogSumExp(v)), JSON.stringify(v)).toBeLessThanOrEqual(2);
    }
  });
});
