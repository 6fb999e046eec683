// formatUnit: 4 places as usual, more only where rounding would show a false 0 or 1.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sigmoid } from '../../src/lib/math/index.ts';
import { formatUnit } from '../../src/widgets/shared/show-number.ts';

describe('formatUnit', () => {
  it('writes ordinary values to the given places', () => {
    expect(formatUnit(0.7310585786300049, 4)).toBe('0.7311');
    expect(formatUnit(0.5, 4)).toBe('0.5000');
  });

  it('keeps exact 0 and 1 short', () => {
    expect(formatUnit(0, 4)).toBe('0.0000');
    expect(formatUnit(1, 4)).toBe('1.0000');
  });

  it('shows two significant digits of a tail that 4 places would hide', () => {
    // σ(-10) = 4.5397868702434395e-05, σ(10) = 0.9999546021312976 (repr in Python).
    expect(formatUnit(sigmoid(-10), 4)).toBe('0.000045');
    expect(formatUnit(sigmoid(10), 4)).toBe('0.999955');
  });

  it('falls back to the exact shortest form for tails past 16 places', () => {
    expect(formatUnit(1e-300, 4)).toBe('1e-300');
  });

  it('never shows 0 or 1 for a value strictly between them', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true, minExcluded: true, maxExcluded: true }), (value) => {
        const shown = formatUnit(value, 4);
        expect(Number(shown)).not.toBe(0);
        expect(Number(shown)).not.toBe(1);
      }),
    );
  });
});
