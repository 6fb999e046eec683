// Probability-and-threshold model: clamping, the decision rule at and around t, how sure the model is,
// percentages that never round to a false 0 or 100, and logit(p) in words at p = 0 and p = 1.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { logit, sigmoid } from '../../src/lib/math/index.ts';
import { formatFixed } from '../../src/lib/format.ts';
import { DEFAULT_STATE, formatPercent, predict, setP, setT, thresholdView } from '../../src/widgets/probability-threshold/model.ts';

describe('state', () => {
  it('starts at p = 0.9, t = 0.5', () => {
    expect(DEFAULT_STATE).toEqual({ p: 0.9, t: 0.5 });
  });
  it('clamps p and t into [0, 1] and ignores NaN', () => {
    expect(setP(DEFAULT_STATE, 2).p).toBe(1);
    expect(setP(DEFAULT_STATE, -1).p).toBe(0);
    expect(setT(DEFAULT_STATE, Number.NaN).t).toBe(0.5);
  });
});

describe('decision', () => {
  it('predicts positive at or above the threshold and negative below it', () => {
    expect(predict(0.5, 0.5)).toBe('positive');
    expect(predict(0.49, 0.5)).toBe('negative');
    expect(predict(0.2, 0.1)).toBe('positive');
  });

  it('reads "0.9 → positive, 90 % likely true" for the defaults', () => {
    const view = thresholdView(DEFAULT_STATE);
    expect(view.decision).toBe('0.9 → positive (spam), 90 % likely true');
    expect(view.rule).toBe('p = 0.9 is at least t = 0.5, so the answer is positive.');
    expect(view.note).toBeNull();
  });

  it('reads "0.2 → negative, 80 % likely false"', () => {
    expect(thresholdView({ p: 0.2, t: 0.5 }).decision).toBe('0.2 → negative (not spam), 80 % likely false');
  });

  it('notes when the threshold picks the class the model finds less likely', () => {
    const view = thresholdView({ p: 0.4, t: 0.3 });
    expect(view.predicted).toBe('positive');
    expect(view.percent).toBe('40');
    expect(view.note).toContain('only 40 %');
  });

  it('is always at least as sure as the class it names when t = 0.5', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        expect(thresholdView({ p, t: 0.5 }).confidence).toBeGreaterThanOrEqual(0.5);
      }),
    );
  });
});

describe('percentages', () => {
  it.each([
    [0.9, '90'],
    [0.125, '12.5'],
    [0.07, '7'],
    [1, '100'],
    [0, '0'],
    [0.99999, '> 99.99'],
    [0.00001, '< 0.01'],
  ])('%d is %s %%', (fraction, text) => {
    expect(formatPercent(fraction)).toBe(text);
  });
});

describe('score', () => {
  it('is logit(p) to 4 places and σ of it gives back p', () => {
    const view = thresholdView(DEFAULT_STATE);
    expect(view.score).toBe(formatFixed(logit(0.9), 4));
    // logit(0.9) = ln 9 = 2.1972245773362196.
    expect(view.score).toBe('2.1972');
    expect(sigmoid(logit(0.9))).toBeCloseTo(0.9, 15);
    expect(view.scoreExplained).toContain('σ(2.1972) ≈ 0.9');
  });

  it('says ±∞ in words at p = 0 and p = 1', () => {
    const zero = thresholdView({ p: 0, t: 0.5 });
    const one = thresholdView({ p: 1, t: 0.5 });
    expect(zero.score).toBe('minus infinity (−∞)');
    expect(one.score).toBe('plus infinity (+∞)');
    expect(zero.scoreExplained).toContain('No finite score');
    expect(zero.decision).toBe('0 → negative (not spam), 100 % likely false');
    expect(one.decision).toBe('1 → positive (spam), 100 % likely true');
  });

  it('never shows NaN, Infinity or undefined for any p and t in [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (p, t) => {
        const view = thresholdView({ p, t });
        const words = [view.decision, view.rule, view.note ?? '', view.score, view.scoreExplained, view.p, view.t].join(' ');
        expect(words).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });
});
