import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatLogArguments, inspect } from '../../src/lib/inspect.ts';

describe('inspect', () => {
  it('prints numbers with every digit JavaScript keeps, and -0 distinctly', () => {
    expect(inspect(0.9999546021312976)).toBe('0.9999546021312976');
    expect(inspect(-0)).toBe('-0');
    expect(inspect(Number.NaN)).toBe('NaN');
  });

  it('prints arrays, typed arrays, nested objects and maps readably', () => {
    expect(inspect([1, 'a', [2]])).toBe('[1, "a", [2]]');
    expect(inspect(new Float64Array([0.5, 1]))).toBe('Float64Array(2) [0.5, 1]');
    expect(inspect({ x: 1, 'two words': [true, null] })).toBe('{ x: 1, "two words": [true, null] }');
    expect(inspect(new Map([['a', 1]]))).toBe('Map(1) { "a" => 1 }');
    expect(inspect(new RangeError('bad'))).toBe('RangeError: bad');
  });

  it('survives cycles, depth and huge arrays without hanging', () => {
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(inspect(cyclic)).toBe('{ self: [Circular] }');
    expect(inspect([[[[[1]]]]])).toBe('[[[[[Array]]]]]');
    expect(inspect(new Array(1000).fill(0))).toContain('… 900 more');
  });

  it('joins console.log arguments with spaces, strings unquoted at top level', () => {
    expect(formatLogArguments(['σ(0) =', 0.5])).toBe('σ(0) = 0.5');
  });

  it('never throws on any value fast-check can build', () => {
    fc.assert(fc.property(fc.anything(), (value) => typeof inspect(value) === 'string'));
  });
});
