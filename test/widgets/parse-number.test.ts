// The shared number parser: what it accepts, what it rejects and why, and that no text makes it throw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clamp, isIncompleteNumber, parseNumber, parseToken } from '../../src/widgets/shared/parse-number.ts';

const ANY = { min: -Number.MAX_VALUE, max: Number.MAX_VALUE };

describe('parseToken', () => {
  it.each([
    ['3', 3],
    ['-0.5', -0.5],
    ['.5', 0.5],
    ['2.', 2],
    ['+4E2', 400],
    ['1e-3', 0.001],
    ['  7  ', 7],
    ['\u22123', -3],
  ])('reads %j as %d', (text, value) => {
    expect(parseToken(text)).toEqual({ ok: true, value });
  });

  it('turns -0 into 0 so equal inputs give equal state', () => {
    const parsed = parseToken('-0');
    expect(parsed.ok && Object.is(parsed.value, 0)).toBe(true);
  });

  it.each(['abc', 'NaN', 'nan', '0x10', '1,5', '1e', '--1', '1..2', '5px', '½'])('rejects %j as not a number', (text) => {
    expect(parseToken(text)).toEqual({ ok: false, problem: { kind: 'not-a-number', text } });
  });

  it.each(['1e309', '-1e309', 'Infinity', '-inf', '∞'])('rejects %j as not finite', (text) => {
    expect(parseToken(text)).toEqual({ ok: false, problem: { kind: 'not-finite', text } });
  });

  it('calls empty and blank text empty', () => {
    expect(parseToken('')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(parseToken('   ')).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  it('never throws and only ever returns a finite number', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseToken(text);
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
      }),
    );
  });

  it('reads back every finite double printed by String()', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const parsed = parseToken(String(x));
        expect(parsed).toEqual({ ok: true, value: x === 0 ? 0 : x });
      }),
    );
  });
});

describe('parseNumber', () => {
  const bounds = { min: 0, max: 1 };
  it('accepts the bounds themselves', () => {
    expect(parseNumber('0', bounds)).toEqual({ ok: true, value: 0 });
    expect(parseNumber('1', bounds)).toEqual({ ok: true, value: 1 });
  });
  it('names the bound that was crossed', () => {
    expect(parseNumber('-0.1', bounds)).toEqual({ ok: false, problem: { kind: 'below-min', min: 0 } });
    expect(parseNumber('1.5', bounds)).toEqual({ ok: false, problem: { kind: 'above-max', max: 1 } });
  });
  it('any accepted value lies within the bounds', () => {
    fc.assert(
      fc.property(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), (text, edge) => {
        const range = { min: Math.min(edge, 0), max: Math.max(edge, 0) };
        const parsed = parseNumber(text, range);
        if (parsed.ok) expect(parsed.value >= range.min && parsed.value <= range.max).toBe(true);
      }),
    );
    expect(parseNumber('5', ANY)).toEqual({ ok: true, value: 5 });
  });
});

describe('isIncompleteNumber', () => {
  it.each(['', '-', '.', '1e', '2e-', '-.'])('%j may still become a number', (text) => {
    expect(isIncompleteNumber(text)).toBe(true);
  });
  it.each(['1', '-2.5', 'abc', '1e309x', '1-'])('%j is complete or hopeless', (text) => {
    expect(isIncompleteNumber(text)).toBe(false);
  });
});

describe('clamp', () => {
  it('pulls values into the bounds and replaces NaN with the fallback', () => {
    expect(clamp(5, { min: 0, max: 1 }, 0.5)).toBe(1);
    expect(clamp(-5, { min: 0, max: 1 }, 0.5)).toBe(0);
    expect(clamp(Number.NaN, { min: 0, max: 1 }, 0.5)).toBe(0.5);
  });
});
