// The 320-bit reference that the accuracy tests trust is itself checked here, against constants and
// mpmath values, and its rounding to doubles against exact cases.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exp, expm1, fromNumber, log, log1p, ONE, toNumber } from './high-precision.ts';

describe('the high-precision reference', { timeout: 60_000 }, () => {
  it('rounds e, ln 2 and ln 10 to the same doubles as Math.E, Math.LN2, Math.LN10', () => {
    expect(toNumber(exp(ONE))).toBe(Math.E);
    expect(toNumber(log(fromNumber(2)))).toBe(Math.LN2);
    expect(toNumber(log(fromNumber(10)))).toBe(Math.LN10);
    // exp(log 7) = 7 to far more than 53 bits, so it rounds exactly to 7.
    expect(toNumber(exp(log(fromNumber(7))))).toBe(7);
  });

  it('matches mpmath on exp and log at extreme arguments', () => {
    // Source: mpmath 1.3.0 at 400 digits, e.g. float(mpmath.exp(-745)) and float(mpmath.log(5e-324)).
    expect(toNumber(exp(fromNumber(-745)))).toBe(5e-324);
    expect(toNumber(exp(fromNumber(709)))).toBe(8.218407461554972e307);
    expect(toNumber(log(fromNumber(5e-324)))).toBe(-744.4400719213812);
    expect(toNumber(log1p(fromNumber(1e-300)))).toBe(1e-300);
    expect(toNumber(expm1(fromNumber(-1e-300)))).toBe(-1e-300);
  });

  it('rounds to the nearest double, ties to even, subnormals included', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => toNumber(fromNumber(x)) === x));
    // 2^-1075 is halfway between 0 and the smallest subnormal: ties to even gives 0; a hair more gives 5e-324.
    const half = { m: 1n, e: -1075 };
    expect(toNumber(half)).toBe(0);
    expect(toNumber({ m: 3n, e: -1076 })).toBe(5e-324);
    // 1 + 2^-53 is halfway between 1 and the next double: even is 1.
    expect(toNumber({ m: (1n << 53n) + 1n, e: -53 })).toBe(1);
    expect(toNumber({ m: 1n, e: 1024 })).toBe(Infinity);
  });
});
