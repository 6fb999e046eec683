// Floating-point-trap model: each preset's naive and stable values, the diagnosis of each failure, NaN and
// ±∞ shown as words, and no reachable x that leaves a row unexplained.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { logSigmoid, sigmoid, sigmoidDerivative } from '../../src/lib/math/index.ts';
import { CLOSE, PRESETS, classify, correctDigits, show, trapView, verdictOf, type RowId } from '../../src/widgets/float-trap/model.ts';

function row(x: number, id: RowId) {
  const found = trapView({ x }).rows.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
}

describe('show', () => {
  it('writes NaN and ±∞ as words, flagged for a badge', () => {
    expect(show(Number.NaN)).toEqual({ text: 'NaN (not a number)', special: true });
    expect(show(Number.POSITIVE_INFINITY)).toEqual({ text: '+∞ (infinity)', special: true });
    expect(show(Number.NEGATIVE_INFINITY)).toEqual({ text: '−∞ (minus infinity)', special: true });
  });
  it('writes numbers with every digit and -0 as 0', () => {
    expect(show(-0)).toEqual({ text: '0', special: false });
    expect(show(4.248354255291589e-18)).toEqual({ text: '4.248354255291589e-18', special: false });
  });
});

describe('the presets', () => {
  it('at x = 800, exp(x)/(1+exp(x)) is NaN from ∞/∞ while σ is 1', () => {
    const ratio = row(800, 'ratio');
    expect(ratio.naive.text).toBe('NaN (not a number)');
    expect(ratio.stable.text).toBe('1');
    expect(ratio.outcome).toBe('nan');
    expect(ratio.explanation).toContain('∞ / ∞');
  });

  it('at x = -800, log σ(x) is −∞ from log 0 while the truth is -800', () => {
    const log = row(-800, 'log');
    expect(log.naive.text).toBe('−∞ (minus infinity)');
    expect(log.stable.text).toBe(String(logSigmoid(-800)));
    expect(log.stable.text).toBe('-800');
    expect(log.explanation).toContain('log 0 = −∞');
  });

  it('at x = 40, σ rounds to 1 so log σ is 0 and σ(1 − σ) is 0, though neither truly is', () => {
    const log = row(40, 'log');
    const derivative = row(40, 'derivative');
    expect([log.naive.text, log.outcome]).toEqual(['0', 'zero-rounding']);
    expect(derivative.naive.text).toBe('0');
    expect(derivative.stable.text).toBe(String(sigmoidDerivative(40)));
    expect(derivative.explanation).toContain('1 − σ(x) = 0');
    expect(row(40, 'reciprocal').outcome).toBe('same-one');
  });

  it('at x = -800 both forms of σ underflow to 0, and the row says why that is fine', () => {
    const reciprocal = row(-800, 'reciprocal');
    expect([reciprocal.naive.text, reciprocal.stable.text, reciprocal.outcome]).toEqual(['0', '0', 'same-underflow']);
    expect(reciprocal.verdict).toBe('fine');
  });

  it('at x = 0 every formula is fine', () => {
    const view = trapView({ x: 0 });
    expect(view.rows.map((r) => r.verdict)).toEqual(['fine', 'fine', 'fine', 'fine']);
    expect(view.rows.map((r) => r.stable.text)).toEqual(['0.5', '0.5', String(logSigmoid(0)), '0.25']);
    expect(view.summary).toContain('all 4');
  });

  it('the presets -800, 40 and 800 each break something; -40 and 0 show the naive forms working', () => {
    const broken = (x: number): boolean => trapView({ x }).rows.some((r) => r.verdict !== 'fine');
    expect(PRESETS.filter(broken)).toEqual([-800, 40, 800]);
    expect(trapView({ x: 800 }).summary).toBe('At x = 800, 1 of 4 naive formulas goes wrong.');
  });
});

describe('classify', () => {
  it('spots a zero from overflow (x < 0) and from rounding (x > 0)', () => {
    expect(classify(-720, 0, sigmoid(-720))).toBe('zero-overflow');
    expect(classify(40, 0, sigmoidDerivative(40))).toBe('zero-rounding');
  });
  it('tells ordinary rounding from lost digits', () => {
    expect(classify(1, 0.5 * (1 + CLOSE / 10), 0.5)).toBe('close');
    expect(classify(30, 1.01e-13, 1e-13)).toBe('imprecise');
    expect(correctDigits(1.01e-13, 1e-13)).toBe(2);
  });
  it('counts NaN and infinities as broken and agreement as fine', () => {
    expect(verdictOf(classify(800, Number.NaN, 1))).toBe('broken');
    expect(verdictOf(classify(-800, Number.NEGATIVE_INFINITY, -800))).toBe('broken');
    expect(verdictOf(classify(2, 0.25, 0.25))).toBe('fine');
  });
  it('at x = 30 the product σ(1 − σ) keeps only a few digits', () => {
    const derivative = row(30, 'derivative');
    expect(derivative.outcome).toBe('imprecise');
    expect(derivative.explanation).toMatch(/only about \d+ are correct/);
  });
});

describe('any x', () => {
  it('never throws, never shows a raw NaN/Infinity/undefined, and the stable value is always a number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const view = trapView({ x });
        for (const r of view.rows) {
          expect(r.stable.special).toBe(false);
          expect(r.explanation.length).toBeGreaterThan(10);
          for (const shown of [r.naive, r.stable]) {
            if (!shown.special) expect(shown.text).not.toMatch(/NaN|Infinity|undefined/);
          }
        }
        expect(view.summary).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });
});
