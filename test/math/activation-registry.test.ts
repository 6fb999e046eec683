// The activation registry against independent checks: every derivative against finite differences, the
// identities the lesson states, SiLU's minimum, and every stated property (range, monotone, zero-centred,
// largest slope, saturation) measured over a grid; plus ELU, GELU and erfc against mpmath.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import katex from 'katex';
import {
  ACTIVATION_IDS, GELU_MIN_AT, SILU_MIN_AT, SILU_STEEPEST_AT, activations, getActivation, isActivationId,
  saturatingSides, sigmoidVector, type Activation,
} from '../../src/lib/math/activation-registry.ts';
import { elu, eluDerivative, erfc, gelu, geluDerivative, normalCdf } from '../../src/lib/math/activations-extra.ts';
import { sigmoid, silu, tanh } from '../../src/lib/math/activations.ts';
import { softmax } from '../../src/lib/math/softmax.ts';

/** Evenly spaced x from `from` to `to`. */
function grid(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}

const WIDE = grid(-30, 30, 60_001);
// Where doubles still tell an open end from the value: tanh(x) rounds to exactly 1 beyond x ≈ 19.1.
const RANGE_GRID = grid(-15, 15, 30_001);
const finite = fc.double({ min: -700, max: 700, noNaN: true });

/** The smallest of f on [a, b] by golden-section search (f unimodal there). */
function argMinGolden(f: (x: number) => number, a: number, b: number): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let lo = a;
  let hi = b;
  for (let i = 0; i < 200; i++) {
    const left = hi - ratio * (hi - lo);
    const right = lo + ratio * (hi - lo);
    if (f(left) < f(right)) hi = right;
    else lo = left;
  }
  return (lo + hi) / 2;
}

/** ∫ f(x) φ(x) dx for a standard normal density φ, by the trapezoid rule on [-12, 12]. */
function meanUnderStandardNormal(f: (x: number) => number): number {
  const xs = grid(-12, 12, 24_001);
  const step = xs[1]! - xs[0]!;
  let sum = 0;
  for (const [i, x] of xs.entries()) {
    const weight = i === 0 || i === xs.length - 1 ? 0.5 : 1;
    sum += weight * f(x) * (Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI));
  }
  return sum * step;
}

describe('the registry', () => {
  it('has each id once, in the lesson’s order, and finds each by id', () => {
    expect(activations.map((entry) => entry.id)).toEqual([...ACTIVATION_IDS]);
    for (const id of ACTIVATION_IDS) expect(getActivation(id).id).toBe(id);
    expect(isActivationId('relu')).toBe(true);
    expect(isActivationId('swish')).toBe(false);
  });

  it('writes every formula as LaTeX that KaTeX renders in strict mode', () => {
    for (const entry of activations) {
      for (const latex of [entry.formula, entry.derivativeFormula]) {
        expect(() => katex.renderToString(latex, { throwOnError: true, strict: 'error' }), `${entry.id}: ${latex}`).not.toThrow();
      }
    }
  });
});

describe('each derivative agrees with finite differences', () => {
  // Central differences: error about h² f''' / 6 + ε/h ≈ 1e-10 for h = 1e-5.
  const h = 1e-5;
  for (const entry of activations) {
    it(`${entry.id}`, () => {
      for (const x of grid(-8, 8, 321)) {
        // ReLU and leaky ReLU have a kink at 0, where no derivative exists.
        if (Math.abs(x) < 2 * h) continue;
        const numeric = (entry.value(x + h) - entry.value(x - h)) / (2 * h);
        expect(Math.abs(entry.derivative(x) - numeric), `${entry.id}'(${x})`).toBeLessThan(1e-8);
      }
    });
  }
});

describe('the identities the lesson states', () => {
  it('tanh(x) = 2σ(2x) - 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -300, max: 300, noNaN: true }), (x) => {
        expect(Math.abs(tanh(x) - (2 * sigmoid(2 * x) - 1))).toBeLessThan(4e-16);
      }),
    );
  });

  it('softmax over two classes is the sigmoid of the difference of the logits', () => {
    fc.assert(
      fc.property(finite, finite, (a, b) => {
        const [first, second] = softmax([a, b]);
        expect(first).toBeCloseTo(sigmoid(a - b), 14);
        expect(second).toBeCloseTo(sigmoid(b - a), 14);
      }),
    );
  });

  it('softmax does not change when the same constant is added to every logit', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 8 }), fc.double({ min: -100, max: 100, noNaN: true }), (logits, shift) => {
        const before = softmax(logits);
        const after = softmax(logits.map((value) => value + shift));
        for (const [i, p] of before.entries()) expect(Math.abs((after[i] as number) - p)).toBeLessThan(1e-12);
      }),
    );
  });

  it('softmax sums to 1; independent sigmoids need not', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 2, maxLength: 8 }), (logits) => {
        expect(Math.abs(softmax(logits).reduce((sum, p) => sum + p, 0) - 1)).toBeLessThan(1e-14);
      }),
    );
    // Three confident labels at once (person, bicycle, helmet): each near 1, together near 3.
    const total = sigmoidVector([4, 3, 5]).reduce((sum, p) => sum + p, 0);
    expect(total).toBeGreaterThan(2.9);
  });

  it('SiLU is smallest, about -0.2785, at x ≈ -1.2785', () => {
    // Source: mpmath, x0 = -1 - W(1/e) = -1.27846454276108 and SiLU(x0) = 1 + x0 = -0.27846454276108.
    const at = argMinGolden(silu, -3, 0);
    expect(at).toBeCloseTo(-1.2785, 4);
    expect(silu(at)).toBeCloseTo(-0.2785, 4);
    expect(Math.abs(at - SILU_MIN_AT)).toBeLessThan(1e-7);
    expect(Math.abs(getActivation('silu').range.min - -0.27846454276107379511)).toBeLessThan(1e-16);
    expect(WIDE.filter((x) => silu(x) < getActivation('silu').range.min)).toEqual([]);
  });

  it('GELU is smallest, about -0.17, at x ≈ -0.7518, and SiLU steepest at x ≈ 2.3994', () => {
    // Source: mpmath, GELU(-0.75179152469356) = -0.16997120747990; SiLU'(2.39935728051547) = 1.09983932012887.
    expect(Math.abs(argMinGolden(gelu, -3, 0) - GELU_MIN_AT)).toBeLessThan(1e-7);
    expect(getActivation('gelu').range.min).toBeCloseTo(-0.1699712074799, 13);
    expect(Math.abs(argMinGolden((x) => -getActivation('silu').derivative(x), 0, 5) - SILU_STEEPEST_AT)).toBeLessThan(1e-7);
    expect(getActivation('silu').largestSlope.value).toBeCloseTo(1.09983932012887, 13);
    expect(getActivation('gelu').largestSlope.value).toBeCloseTo(1.12890414518515, 13);
  });
});

describe('every stated property holds over a grid', () => {
  const values = (entry: Activation, xs = WIDE): number[] => xs.map((x) => entry.value(x));

  for (const entry of activations) {
    describe(entry.id, () => {
      it(`range: values lie in the stated range, reach its attained ends and approach the others`, () => {
        const { min, max, minAttained, maxAttained } = entry.range;
        const ys = values(entry, RANGE_GRID);
        const inside = (y: number): boolean =>
          Number.isFinite(y) && (minAttained ? y >= min : y > min) && (maxAttained ? y <= max : y < max);
        expect(ys.filter((y) => !inside(y))).toEqual([]);
        const lowest = Math.min(...ys);
        const highest = Math.max(...ys);
        // The grid step 0.001 misses a smooth minimum by at most f''/2 · 0.0005² < 1e-6.
        if (minAttained) expect(Math.abs(lowest - min)).toBeLessThan(1e-6);
        else if (Number.isFinite(min)) expect(lowest - min).toBeLessThan(1e-6);
        else expect(entry.value(-1e6)).toBeLessThan(-1e3);
        if (Number.isFinite(max)) expect(max - highest).toBeLessThan(1e-6);
        else expect(entry.value(1e6)).toBeGreaterThan(1e5);
      });

      it(`${entry.monotone ? 'is' : 'is not'} monotone`, () => {
        const ys = values(entry);
        const falls = ys.some((y, i) => i > 0 && y < (ys[i - 1] as number));
        expect(falls).toBe(!entry.monotone);
        expect(WIDE.some((x) => entry.derivative(x) < 0)).toBe(!entry.monotone);
      });

      it(`${entry.zeroCentred ? 'is' : 'is not'} zero-centred`, () => {
        const mean = meanUnderStandardNormal(entry.value);
        if (entry.zeroCentred) {
          expect(entry.value(0)).toBe(0);
          expect(Math.abs(mean)).toBeLessThan(1e-12);
        } else {
          expect(Math.abs(mean)).toBeGreaterThan(0.1);
        }
      });

      it(`has largest slope ${entry.largestSlope.value.toPrecision(6)}, where stated`, () => {
        const { value, at } = entry.largestSlope;
        const slopes = WIDE.map((x) => entry.derivative(x));
        const steepest = Math.max(...slopes);
        expect(steepest).toBeLessThanOrEqual(value + 1e-15);
        expect(value - steepest).toBeLessThan(1e-8);
        if (at === 'positive') {
          expect(WIDE.filter((x) => x > 0 && entry.derivative(x) !== value)).toEqual([]);
        } else {
          expect(entry.derivative(at)).toBe(value);
        }
      });

      it('has the stated slope far out on each side, and saturates where that slope is 0', () => {
        expect(Math.abs(entry.derivative(-60) - entry.slopeLimits.negative)).toBeLessThan(1e-12);
        expect(Math.abs(entry.derivative(60) - entry.slopeLimits.positive)).toBeLessThan(1e-12);
        const sides = saturatingSides(entry);
        expect(Math.abs(entry.derivative(-10)) < 0.01).toBe(sides.negative);
        expect(Math.abs(entry.derivative(10)) < 0.01).toBe(sides.positive);
      });

      it(`${entry.flatForNegative ? 'has' : 'has no'} exactly flat negative side`, () => {
        const flat = WIDE.filter((x) => x < 0).every((x) => entry.derivative(x) === 0);
        expect(flat).toBe(entry.flatForNegative);
      });
    });
  }
});

describe('ELU, GELU and erfc', () => {
  it('erfc matches mpmath to about 1e-15 relative, far into the tail', () => {
    // Source: mpmath.erfc at 40 digits.
    const reference: [number, number][] = [
      [0, 1],
      [0.1, 0.8875370839817151016],
      [0.5, 0.47950012218695346232],
      [1, 0.15729920705028513066],
      [2, 0.0046777349810472658379],
      [3, 0.000022090496998585441373],
      [5, 1.5374597944280348502e-12],
      [10, 2.088487583762544757e-45],
      [26, 5.6631924088561428465e-296],
      [-1, 1.84270079294971486934],
    ];
    for (const [z, expected] of reference) expect(Math.abs(erfc(z) / expected - 1), `erfc(${z})`).toBeLessThan(4e-15);
    expect(erfc(30)).toBe(0);
    expect(erfc(-Infinity)).toBe(2);
    expect(erfc(Number.NaN)).toBeNaN();
  });

  it('GELU and its slope match mpmath', () => {
    // Source: mpmath, x·ncdf(x) and ncdf(x) + x·npdf(x) at 40 digits.
    const reference: [number, number, number][] = [
      [-10, -7.619853024160526066e-23, -7.6184000964648140857e-22],
      [-3, -0.00404969409489028358, -0.011945647204183927],
      [-1, -0.15865525393145705141, -0.083315470587686298383],
      [0.5, 0.34573123063700655182, 0.86749512465616284253],
      [2, 1.9544997361036415856, 1.0852318010781968967],
    ];
    for (const [x, value, slope] of reference) {
      expect(Math.abs(gelu(x) / value - 1), `GELU(${x})`).toBeLessThan(1e-14);
      expect(Math.abs(geluDerivative(x) / slope - 1), `GELU'(${x})`).toBeLessThan(1e-13);
    }
    expect(gelu(-Infinity)).toBe(0);
    expect(gelu(Infinity)).toBe(Infinity);
    expect(geluDerivative(-Infinity)).toBe(0);
    expect(normalCdf(0)).toBe(0.5);
  });

  it('ELU keeps e^x - 1 exact near 0 and its slope is e^x for x ≤ 0', () => {
    // e^-1e-10 - 1 = -9.99999999950000000001667e-11 (series); Math.exp(x) - 1 is off in the 8th digit.
    const exact = -9.99999999950000000001667e-11;
    expect(Math.abs(elu(-1e-10) / exact - 1)).toBeLessThan(1e-15);
    expect(Math.abs((Math.exp(-1e-10) - 1) / exact - 1)).toBeGreaterThan(1e-9);
    expect(elu(-Infinity)).toBe(-1);
    expect(elu(3)).toBe(3);
    expect(eluDerivative(-2)).toBe(Math.exp(-2));
    expect(eluDerivative(Number.NaN)).toBeNaN();
  });
});
