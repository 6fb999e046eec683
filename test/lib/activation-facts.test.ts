// The facts the comparison table prints: intervals closed only where the end is reached, slopes exact when
// short and marked "≈" when rounded, and saturation worded from the registry's slope limits.
import { describe, expect, it } from 'vitest';
import { getActivation } from '../../src/lib/math/activation-registry.ts';
import { largestSlopeText as slopeWithNoBreaks, rangeLatex, saturationText, showValue as valueWithNoBreaks } from '../../src/lib/activation-facts.ts';

// The texts keep no-break spaces ("x = 0" never splits across lines); compare them as plain spaces.
const plain = (text: string): string => text.replace(/\u00a0/g, ' ');
const largestSlopeText = (...args: Parameters<typeof slopeWithNoBreaks>): string => plain(slopeWithNoBreaks(...args));
const showValue = (...args: Parameters<typeof valueWithNoBreaks>): string => plain(valueWithNoBreaks(...args));

describe('activation facts', () => {
  it('writes ranges as intervals, open at ends that are only approached', () => {
    expect(rangeLatex(getActivation('sigmoid'))).toBe(String.raw`(0,\ 1)`);
    expect(rangeLatex(getActivation('tanh'))).toBe(String.raw`(-1,\ 1)`);
    expect(rangeLatex(getActivation('relu'))).toBe(String.raw`[0,\ \infty)`);
    expect(rangeLatex(getActivation('leaky-relu'))).toBe(String.raw`(-\infty,\ \infty)`);
    expect(rangeLatex(getActivation('silu'))).toBe(String.raw`[\approx -0.2785,\ \infty)`);
  });

  it('gives the largest slope exactly when it is short, else rounded and marked', () => {
    expect(largestSlopeText(getActivation('sigmoid'))).toBe('0.25 at x = 0');
    expect(largestSlopeText(getActivation('tanh'))).toBe('1 at x = 0');
    expect(largestSlopeText(getActivation('relu'))).toBe('1 for every x > 0');
    expect(largestSlopeText(getActivation('silu'))).toBe('≈ 1.0998 at x ≈ 2.3994');
  });

  it('words saturation from the slope limits', () => {
    expect(saturationText(getActivation('sigmoid'))).toBe('both tails');
    expect(saturationText(getActivation('relu'))).toContain('exactly 0');
    expect(saturationText(getActivation('silu'))).toBe('negative side only');
    expect(saturationText(getActivation('leaky-relu'))).toBe('never: slope ≥ 0.01');
  });

  it('prints a typographic minus', () => {
    expect(showValue(-1)).toBe('−1');
    expect(showValue(-0.2784645427610738)).toBe('≈ −0.2785');
  });
});

describe('activation facts at fewer places', () => {
  it('rounds only what is not already short', () => {
    expect(rangeLatex(getActivation('silu'), 2)).toBe(String.raw`[\approx -0.28,\ \infty)`);
    expect(largestSlopeText(getActivation('silu'), 2)).toBe('≈ 1.10 at x ≈ 2.40');
    expect(largestSlopeText(getActivation('sigmoid'), 2)).toBe('0.25 at x = 0');
  });
});
