// Number formatting: fixed places, shortest round-trip, Python's repr and PyTorch's tensor print.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatArray, formatFixed, formatFull, formatPythonFloat, formatTensor } from 's-curve/format';
import { sigmoid } from 's-curve/math';

describe('formatFixed', () => {
  it('rounds to the given places with an ASCII minus', () => {
    expect(formatFixed(0.52497918747894, 4)).toBe('0.5250');
    expect(formatFixed(-1.5, 2)).toBe('-1.50');
    expect(formatFixed(2, 0)).toBe('2');
  });

  it('spells out NaN and the infinities', () => {
    expect(formatFixed(NaN, 3)).toBe('NaN');
    expect(formatFixed(Infinity, 3)).toBe('Infinity');
    expect(formatFixed(-Infinity, 3)).toBe('-Infinity');
  });

  it('rejects places that are not a whole number from 0 to 100', () => {
    for (const places of [-1, 1.5, 101, NaN]) expect(() => formatFixed(1, places)).toThrow(RangeError);
  });
});

describe('formatFull', () => {
  it('gives the shortest string that reads back as the same double', () => {
    expect(formatFull(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatFull(1e21)).toBe('1e+21');
    fc.assert(fc.property(fc.double({ noNaN: true }), (x) => Object.is(Number(formatFull(x)), x === 0 ? 0 : x)));
  });
});

describe('formatArray', () => {
  it('lists values with fixed places in brackets', () => {
    // Source: the course's sigmoid on [-2, 0, 2], printed to 4 places.
    expect(formatArray([-2, 0, 2].map(sigmoid), 4)).toBe('[0.1192, 0.5000, 0.8808]');
    expect(formatArray([])).toBe('[]');
    expect(formatArray([1 / 3, NaN], 2)).toBe('[0.33, NaN]');
  });
});

describe('formatPythonFloat', () => {
  it("reproduces Python's repr", () => {
    // Source: CPython 3 repr(float(...)) for each value (checked with python3 on 10 000 random doubles).
    const cases: [number, string][] = [
      [sigmoid(10), '0.9999546021312976'],
      [sigmoid(-10), '4.5397868702434395e-05'],
      [0.5, '0.5'],
      [1, '1.0'],
      [-3, '-3.0'],
      [100, '100.0'],
      [1e15, '1000000000000000.0'],
      [1e16, '1e+16'],
      [1.5e300, '1.5e+300'],
      [0.0001, '0.0001'],
      [0.00001, '1e-05'],
      [-2.5e-7, '-2.5e-07'],
      [12345.678, '12345.678'],
      [0.1 + 0.2, '0.30000000000000004'],
      [5e-324, '5e-324'],
      [Number.MAX_VALUE, '1.7976931348623157e+308'],
      [123456789012345680, '1.2345678901234568e+17'],
      [0, '0.0'],
      [-0, '-0.0'],
      [NaN, 'nan'],
      [Infinity, 'inf'],
      [-Infinity, '-inf'],
    ];
    for (const [x, expected] of cases) expect(formatPythonFloat(x)).toBe(expected);
  });

  it('reads back as the same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) =>
        Object.is(Number(formatPythonFloat(x)), x)),
    );
  });
});

describe('formatTensor', () => {
  it("prints like PyTorch's default tensor print", () => {
    // Source: PyTorch nn.Sigmoid on the logits [0.1, -2.5, 4.0] in the course.
    expect(formatTensor([0.1, -2.5, 4.0].map(sigmoid))).toBe('tensor([0.5250, 0.0759, 0.9820])');
    // Whole numbers print as "2." (torch.relu(torch.tensor([-2., 0., 2.]))).
    expect(formatTensor([0, 0, 2])).toBe('tensor([0., 0., 2.])');
    expect(formatTensor([-2, 0, 2])).toBe('tensor([-2.,  0.,  2.])');
  });

  it('right-aligns items to the widest, as PyTorch pads negative numbers', () => {
    expect(formatTensor([-0.5, 0.25])).toBe('tensor([-0.5000,  0.2500])');
    expect(formatTensor([NaN, 1.5])).toBe('tensor([   nan, 1.5000])');
    expect(formatTensor([-Infinity, 0.5])).toBe('tensor([  -inf, 0.5000])');
  });

  it('switches to exponent notation for tiny values or a spread over 1000', () => {
    expect(formatTensor([1e-5, 1])).toBe('tensor([1.0000e-05, 1.0000e+00])');
    expect(formatTensor([0.5, 2000.25])).toBe('tensor([5.0000e-01, 2.0002e+03])');
    expect(formatTensor([1, 1e9])).toBe('tensor([1.0000e+00, 1.0000e+09])');
  });

  it('rounds exact ties to even, as Python does (toFixed would round 0.125 up)', () => {
    expect(formatTensor([0.125, 0.375], 2)).toBe('tensor([0.12, 0.38])');
    expect(formatTensor([2.5, 5000.5, -3.5], 0)).toBe('tensor([ 2e+00,  5e+03, -4e+00])');
  });

  it('prints empty and all-zero tensors', () => {
    expect(formatTensor([])).toBe('tensor([])');
    expect(formatTensor([0, 0, 0])).toBe('tensor([0., 0., 0.])');
  });

  it('wraps at 80 columns and summarises beyond 1000 items', () => {
    const sevenths = Array.from({ length: 12 }, (_, i) => i / 7);
    expect(formatTensor(sevenths)).toBe(
      'tensor([0.0000, 0.1429, 0.2857, 0.4286, 0.5714, 0.7143, 0.8571, 1.0000, 1.1429,\n'
        + '        1.2857, 1.4286, 1.5714])',
    );
    const counting = Array.from({ length: 2000 }, (_, i) => i);
    expect(formatTensor(counting)).toBe(
      'tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.9970e+03, 1.9980e+03,\n        1.9990e+03])',
    );
  });
});
