// Cross-entropy against squared error after a sigmoid, for one example: known values, slopes against finite
// differences, BCE's convexity, and the flat squared-error slope where the model is confidently wrong.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  crossEntropyInW,
  crossEntropySlopeInW,
  squaredErrorInW,
  squaredErrorSlopeInW,
} from '../../src/lib/math/loss-comparison.ts';

const label = fc.constantFrom(0, 1);
const weight = fc.double({ min: -8, max: 8, noNaN: true });
const input = fc.double({ min: -3, max: 3, noNaN: true });

// Central difference (f(w + h) − f(w − h)) / 2h, accurate to O(h²).
const centralDifference = (f: (w: number) => number, w: number, h = 1e-5): number => (f(w + h) - f(w - h)) / (2 * h);

describe('known values at w = 0, where p = σ(b)', () => {
  it('gives BCE = ln 2 and SE = 1/4 at p = 1/2, whatever the label', () => {
    for (const y of [0, 1]) {
      expect(crossEntropyInW(0, 2, y)).toBeCloseTo(Math.LN2, 15);
      expect(squaredErrorInW(0, 2, y)).toBe(0.25);
    }
  });

  it('gives slopes (1/2 − y)·x for BCE and 2(1/2 − y)(1/4)·x for SE', () => {
    expect(crossEntropySlopeInW(0, 2, 1)).toBe(-1);
    expect(crossEntropySlopeInW(0, 2, 0)).toBe(1);
    expect(squaredErrorSlopeInW(0, 2, 1)).toBe(-0.5);
    expect(squaredErrorSlopeInW(0, 2, 0)).toBe(0.5);
  });

  it('uses the bias: at w = 0, b = ln 3 (p = 3/4) and y = 1, BCE = ln(4/3) and SE = 1/16', () => {
    expect(crossEntropyInW(0, 1, 1, Math.log(3))).toBeCloseTo(Math.log(4 / 3), 14);
    expect(squaredErrorInW(0, 1, 1, Math.log(3))).toBeCloseTo(1 / 16, 15);
  });
});

describe('slopes', () => {
  it('match central finite differences of the losses', () => {
    fc.assert(
      fc.property(weight, input, label, (w, x, y) => {
        const bce = centralDifference((v) => crossEntropyInW(v, x, y, 0.3), w);
        const se = centralDifference((v) => squaredErrorInW(v, x, y, 0.3), w);
        expect(Math.abs(crossEntropySlopeInW(w, x, y, 0.3) - bce)).toBeLessThan(1e-6 * Math.max(1, Math.abs(bce)));
        expect(Math.abs(squaredErrorSlopeInW(w, x, y, 0.3) - se)).toBeLessThan(1e-6);
      }),
    );
  });

  it('BCE keeps a slope near −x when confidently wrong (y = 1, z = −10); SE’s is below 1e-3', () => {
    // σ(−10) ≈ 4.54e-5, so BCE′ = (σ − 1)·1 ≈ −0.99995 and SE′ = 2(σ − 1)σ′(−10) ≈ −9.1e-5.
    expect(crossEntropySlopeInW(-10, 1, 1)).toBeCloseTo(-0.99995, 5);
    expect(Math.abs(squaredErrorSlopeInW(-10, 1, 1))).toBeLessThan(1e-3);
    expect(Math.abs(squaredErrorSlopeInW(-10, 1, 1))).toBeGreaterThan(0);
  });

  it('is finite and exact in the far tails (no 1 − σ rounding to 0)', () => {
    // y = 1, z = 40: p − y = −σ(−40) ≈ −4.25e-18, which 1 − σ(40) would round to 0.
    expect(crossEntropySlopeInW(40, 1, 1)).toBeLessThan(0);
    expect(crossEntropyInW(-1000, 1, 1)).toBe(1000);
    expect(Number.isFinite(squaredErrorSlopeInW(-1000, 1, 1))).toBe(true);
  });
});

describe('shape in w', () => {
  it('BCE is convex: every second difference is ≥ 0 (up to rounding)', () => {
    fc.assert(
      fc.property(weight, input, label, (w, x, y) => {
        const h = 0.05;
        const second = crossEntropyInW(w + h, x, y) - 2 * crossEntropyInW(w, x, y) + crossEntropyInW(w - h, x, y);
        expect(second).toBeGreaterThanOrEqual(-1e-12);
      }),
    );
  });

  it('SE is not convex: for y = 1, x = 1 it curves down somewhere on w < 0', () => {
    const h = 0.05;
    const seconds = Array.from({ length: 200 }, (_, i) => -10 + i * 0.05).map(
      (w) => squaredErrorInW(w + h, 1, 1) - 2 * squaredErrorInW(w, 1, 1) + squaredErrorInW(w - h, 1, 1),
    );
    expect(Math.min(...seconds)).toBeLessThan(0);
    expect(Math.max(...seconds)).toBeGreaterThan(0);
  });
});

describe('bad input', () => {
  it('throws a clear error for a label other than 0 or 1', () => {
    expect(() => crossEntropyInW(0, 1, 0.5)).toThrow(/label must be 0 or 1/);
    expect(() => squaredErrorSlopeInW(0, 1, 2)).toThrow(/label must be 0 or 1/);
  });
});
