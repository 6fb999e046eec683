import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCloseEnough, parseAnswer } from '../../src/lib/answers.ts';

const value = (text: string) => {
  const parsed = parseAnswer(text);
  if (!parsed.ok) throw new Error(`did not parse: ${text}`);
  return parsed.value;
};

describe('parseAnswer', () => {
  it('reads plain numbers in the forms learners type', () => {
    expect(value('0.8808')).toBe(0.8808);
    expect(value(' -2 ')).toBe(-2);
    expect(value('.5')).toBe(0.5);
    expect(value('4.25e-18')).toBe(4.25e-18);
    expect(value('−3')).toBe(-3);
    expect(value('1,000')).toBe(1000);
  });

  it('evaluates small expressions with the usual precedence', () => {
    expect(value('1/(1+exp(-2))')).toBe(1 / (1 + Math.exp(-2)));
    expect(value('ln(9)')).toBe(Math.log(9));
    expect(value('2 + 3 * 4')).toBe(14);
    expect(value('-2^2')).toBe(-4);
    expect(value('2^3^2')).toBe(512);
    expect(value('0.25^10')).toBe(0.25 ** 10);
    expect(value('e')).toBe(Math.E);
  });

  it('says why it cannot read an answer instead of guessing', () => {
    expect(parseAnswer('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseAnswer('   ')).toEqual({ ok: false, reason: 'empty' });
    for (const bad of ['abc', '1..2', '(1+2', 'alert(1)', '1e309', 'NaN', '1/0', 'log(-1)', '2 3']) {
      expect(parseAnswer(bad)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(parseAnswer('1'.repeat(10_000))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('never throws and only ever returns finite values, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const parsed = parseAnswer(text);
        return !parsed.ok || Number.isFinite(parsed.value);
      }),
    );
  });

  it('reads back any finite number printed by JavaScript', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => value(String(x)) === x || Object.is(x, -0)));
  });
});

describe('isCloseEnough', () => {
  it('accepts answers inside the tolerance and rejects those outside', () => {
    expect(isCloseEnough(0.8808, 0.8807970779778823, 5e-5)).toBe(true);
    expect(isCloseEnough(0.88, 0.8807970779778823, 5e-5)).toBe(false);
  });
});
