// Activations: known values, agreement with an independent 320-bit reference across the whole double
// range, properties over every double (fast-check), and derivatives against finite differences.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  leakyRelu,
  leakyReluDerivative,
  logit,
  logSigmoid,
  relu,
  reluDerivative,
  sigmoid,
  sigmoidDerivative,
  silu,
  siluDerivative,
  softplus,
  tanh,
  tanhDerivative,
} from 's-curve/math';
import { formatArray, formatTensor } from 's-curve/format';
import * as reference from './high-precision.ts';
import { nextDouble, ulpDistance } from './ulp.ts';

type Scalar = (x: number) => number;

const scalarFunctions: Record<string, Scalar> = {
  sigmoid,
  sigmoidDerivative,
  logSigmoid,
  softplus,
  logit,
  tanh,
  tanhDerivative,
  relu,
  reluDerivative,
  leakyRelu: (x) => leakyRelu(x),
  leakyReluDerivative: (x) => leakyReluDerivative(x),
  silu,
  siluDerivative,
};

// Each function beside its reference: the double nearest the exact value (test/math/high-precision.ts).
const referenced: [string, Scalar, Scalar][] = [
  ['sigmoid', sigmoid, reference.referenceSigmoid],
  ['sigmoidDerivative', sigmoidDerivative, reference.referenceSigmoidDerivative],
  ['logSigmoid', logSigmoid, reference.referenceLogSigmoid],
  ['softplus', softplus, reference.referenceSoftplus],
  ['tanh', tanh, reference.referenceTanh],
  ['tanhDerivative', tanhDerivative, reference.referenceTanhDerivative],
  ['silu', silu, reference.referenceSilu],
  ['siluDerivative', siluDerivative, reference.referenceSiluDerivative],
];

// "A few ulp": every formula here is a handful of roundings plus one Math.exp/log1p (each under 1 ulp).
const MAX_ULP = 4;

// The reference is slow BigInt arithmetic (about 0.4 s per function when the machine is idle), hence
// generous timeouts where it runs: other suites may be sharing the cores.
const SLOW = { timeout: 60_000 };

const anyDouble = fc.double();
const nonNaN = fc.double({ noNaN: true });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('known values', () => {
  it('matches numpy on σ(10), σ(0), σ(-10)', () => {
    // Source: the course's numpy example, 1 / (1 + np.exp(-x)).
    expect(ulpDistance(sigmoid(10), 0.9999546021312976)).toBeLessThanOrEqual(1);
    expect(sigmoid(0)).toBe(0.5);
    expect(ulpDistance(sigmoid(-10), 4.5397868702434395e-5)).toBeLessThanOrEqual(1);
  });

  it('prints PyTorch nn.Sigmoid outputs to 4 places', () => {
    // Source: PyTorch nn.Sigmoid printed in the course: [-5, -1, 0, 1, 5] and the logits [0.1, -2.5, 4.0].
    expect(formatArray([-5, -1, 0, 1, 5].map(sigmoid), 4)).toBe('[0.0067, 0.2689, 0.5000, 0.7311, 0.9933]');
    expect(formatTensor([0.1, -2.5, 4.0].map(sigmoid))).toBe('tensor([0.5250, 0.0759, 0.9820])');
    expect(formatArray([-2, 0, 2].map(sigmoid), 4)).toBe('[0.1192, 0.5000, 0.8808]');
  });

  it('applies ReLU as PyTorch does to [-2, 0, 2]', () => {
    // Source: PyTorch nn.ReLU in the course, tensor([0., 0., 2.]).
    expect([-2, 0, 2].map(relu)).toEqual([0, 0, 2]);
  });

  it('keeps σ′(40) where σ(1 − σ) has already rounded to 0', () => {
    // exp(-40) / (1 + exp(-40))², mpmath at 3000 bits.
    expect(ulpDistance(sigmoidDerivative(40), 4.248354255291589e-18)).toBeLessThanOrEqual(1);
    expect(sigmoidDerivative(-40)).toBe(sigmoidDerivative(40));
  });

  it('gives log σ(-1000) = -1000 exactly, not -Infinity', () => {
    expect(logSigmoid(-1000)).toBe(-1000);
    expect(softplus(1000)).toBe(1000);
  });

  it('finds the SiLU minimum at x0 = -1 - W(1/e), where silu(x0) = -W(1/e)', () => {
    // W(1/e) = 0.27846454276107379510935873902... (mpmath lambertw at 50 digits); x0 solves 1 + x(1 - σ(x)) = 0.
    const x0 = -1.2784645427610738;
    expect(ulpDistance(silu(x0), -0.2784645427610738)).toBeLessThanOrEqual(1);
    // silu'' ≈ 0.35 there and x0 is 1e-16 from the true root, so the derivative is of order 1e-17.
    expect(Math.abs(siluDerivative(x0))).toBeLessThan(1e-16);
    expect(siluDerivative(x0 - 1e-9)).toBeLessThan(0);
    expect(siluDerivative(x0 + 1e-9)).toBeGreaterThan(0);
  });

  it('is SiLU′(0) = 1/2 and tanh′(0) = 1, σ′(0) = 1/4 exactly', () => {
    expect(siluDerivative(0)).toBe(0.5);
    expect(tanhDerivative(0)).toBe(1);
    expect(sigmoidDerivative(0)).toBe(0.25);
  });

  it('uses the conventions relu′(0) = 0 and leakyRelu′(0) = slope', () => {
    expect(reluDerivative(0)).toBe(0);
    expect(reluDerivative(-0)).toBe(0);
    expect(leakyReluDerivative(0)).toBe(0.01);
    expect(leakyReluDerivative(0, 0.2)).toBe(0.2);
    expect(leakyRelu(-3)).toBe(-0.03);
    expect(leakyRelu(-3, 0.5)).toBe(-1.5);
    expect(leakyRelu(3, 0.5)).toBe(3);
    expect(relu(-0)).toBe(0);
    expect(Object.is(relu(-0), 0)).toBe(true);
  });

  it('inverts σ with logit, and handles logit at 0, 1 and outside [0, 1]', () => {
    for (const x of [-30, -5, -1, -1e-9, 0, 1e-9, 0.5, 1, 5, 30]) {
      // σ's few-ulp error becomes an absolute error of a few ε in log σ, and logit's sensitivity to σ grows
      // like e^x as σ nears 1; the result itself carries ulps of |x|.
      const tolerance = 4 * Number.EPSILON * (Math.abs(x) + Math.max(1, Math.exp(x)));
      expect(Math.abs(logit(sigmoid(x)) - x)).toBeLessThanOrEqual(tolerance);
    }
    expect(logit(0)).toBe(-Infinity);
    expect(logit(1)).toBe(Infinity);
    expect(logit(0.5)).toBe(0);
    for (const p of [-1e-300, 1.0000000000000002, 2, -Infinity, Infinity, NaN]) expect(logit(p)).toBeNaN();
  });
});

describe('extreme inputs against mpmath', SLOW, () => {
  // Source: mpmath 1.3.0 at 3000 bits, rounded to the nearest double with Python's Fraction (exact).
  // e^x below e^-100000 is replaced by e^-100000, which cannot change any rounded value here.
  const points = [1e-300, -1e-300, 5e-324, -5e-324, 20, -20, 36.7, -36.7, 709, -709, 745, -745, 1e308, -1e308];
  const mpmath: Record<string, [Scalar, number[]]> = {
    sigmoid: [sigmoid, [0.5, 0.5, 0.5, 0.5, 0.9999999979388464, 2.0611536181902037e-9, 0.9999999999999999,
      1.1518409493076095e-16, 1, 1.216780750623423e-308, 1, 5e-324, 1, 0]],
    logSigmoid: [logSigmoid, [-0.6931471805599453, -0.6931471805599453, -0.6931471805599453, -0.6931471805599453,
      -2.061153620314381e-9, -20.000000002061153, -1.1518409493076095e-16, -36.7, -1.216780750623423e-308, -709,
      -5e-324, -745, -0, -1e308]],
    softplus: [softplus, [0.6931471805599453, 0.6931471805599453, 0.6931471805599453, 0.6931471805599453,
      20.000000002061153, 2.061153620314381e-9, 36.7, 1.1518409493076095e-16, 709, 1.216780750623423e-308, 745,
      5e-324, 1e308, 0]],
    sigmoidDerivative: [sigmoidDerivative, [0.25, 0.25, 0.25, 0.25, 2.061153613941849e-9, 2.061153613941849e-9,
      1.1518409493076095e-16, 1.1518409493076095e-16, 1.216780750623423e-308, 1.216780750623423e-308, 5e-324,
      5e-324, 0, 0]],
    tanhDerivative: [tanhDerivative, [1, 1, 1, 1, 1.6993417021166355e-17, 1.6993417021166355e-17,
      5.306950290007422e-32, 5.306950290007422e-32, 0, 0, 0, 0, 0, 0]],
    silu: [silu, [5e-301, -5e-301, 5e-324, -0, 19.99999995877693, -4.122307236380407e-8, 36.699999999999996,
      -4.2272562839589275e-15, 709, -8.62697552192007e-306, 745, -2.105e-321, 1e308, -0]],
  };

  for (const [name, [f, expected]] of Object.entries(mpmath)) {
    it(`${name} is within ${MAX_ULP} ulp at ±1e-300, ±5e-324, ±20, ±36.7, ±709, ±745, ±1e308`, () => {
      points.forEach((x, i) => {
        expect(ulpDistance(f(x), expected[i] as number), `${name}(${x})`).toBeLessThanOrEqual(MAX_ULP);
      });
    });
  }

  it('agrees with the BigInt reference at the same points (so the reference itself is checked)', () => {
    const references = Object.fromEntries(referenced.map(([name, , ref]) => [name, ref]));
    for (const [name, [, expected]] of Object.entries(mpmath)) {
      const ref = references[name] as Scalar;
      points.forEach((x, i) => expect(ref(x), `reference ${name}(${x})`).toBe(expected[i]));
    }
  });
});

describe('accuracy across the double range, against the 320-bit reference', SLOW, () => {
  // Every binade from 2^-1074 to 2^1023, both signs, three mantissas each; then a fine grid where the
  // formulas change branch or cancel (around 0, the SiLU root, the exp underflow at -708 and -745).
  const grid: number[] = [];
  for (let exponent = -1074; exponent <= 1023; exponent += 3) {
    for (const mantissa of [1, 1.3183098861837907, 1.7724538509055159]) {
      const x = mantissa * 2 ** exponent;
      if (Number.isFinite(x)) grid.push(x, -x);
    }
  }
  for (let x = -800; x <= 800; x += 0.734375) grid.push(x);
  for (let x = -3; x <= 1; x += 0.0078125 * 0.97) grid.push(x);
  for (const x of [-708, -708.3964185322641, -709.78, -744.44, -745.1332191019411, 354.2, 354.9, 37, 36.04]) {
    grid.push(x, nextDouble(x), nextDouble(x, -1));
  }

  for (const [name, f, ref] of referenced) {
    it(`${name} is within ${MAX_ULP} ulp on a grid over every binade`, () => {
      let worst = 0;
      for (const x of grid) {
        const distance = ulpDistance(f(x), ref(x));
        worst = Math.max(worst, distance);
        if (distance > MAX_ULP) expect(f(x), `${name}(${x}) vs ${ref(x)}`).toBe(ref(x));
      }
      expect(worst).toBeLessThanOrEqual(MAX_ULP);
    });

    it(`${name} is within ${MAX_ULP} ulp on random doubles`, () => {
      fc.assert(
        fc.property(finite, (x) => ulpDistance(f(x), ref(x)) <= MAX_ULP),
        { numRuns: 400 },
      );
    });
  }

  it('keeps tanh′ to within 1 ulp almost everywhere where e^-2|x| is subnormal (|x| in [354, 374])', () => {
    // 4 e^-2|x| with a subnormal e^-2|x| would put a third of these points 2 ulp off; squaring the normal
    // 2 e^-|x| rounds once, at the end (measured: 98% exact, the rest within 2 ulp).
    let offByMore = 0;
    const count = 2000;
    for (let i = 0; i < count; i++) {
      const x = 354 + (20 * i) / count + 1e-7;
      if (ulpDistance(tanhDerivative(x), reference.referenceTanhDerivative(x)) > 1) offByMore++;
    }
    expect(offByMore / count).toBeLessThan(0.05);
  });

  it('logit is within 4 ulp on (0, 1), including subnormal p and p next to 1/2 and 1', () => {
    const ps = [5e-324, 1e-310, 1e-300, 1e-20, 0.1, 0.2499999999999, 0.25, 0.3, 0.49999999999999994, 0.5000000000000001,
      0.7, 0.75, 0.7500000000001, 0.9, 0.9999999999999999];
    for (const p of ps) {
      expect(ulpDistance(logit(p), reference.referenceLogit(p)), `logit(${p})`).toBeLessThanOrEqual(MAX_ULP);
    }
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true, minExcluded: true, maxExcluded: true }), (p) =>
        ulpDistance(logit(p), reference.referenceLogit(p)) <= MAX_ULP),
      { numRuns: 400 },
    );
  });
});

describe('special inputs', () => {
  it('turns NaN into NaN in every function', () => {
    for (const [name, f] of Object.entries(scalarFunctions)) expect(f(NaN), name).toBeNaN();
  });

  it('gives the mathematical limits at ±Infinity', () => {
    const limits: [Scalar, number, number][] = [
      // [f, f(-Infinity), f(+Infinity)]
      [sigmoid, 0, 1],
      [sigmoidDerivative, 0, 0],
      [logSigmoid, -Infinity, 0],
      [softplus, 0, Infinity],
      [tanh, -1, 1],
      [tanhDerivative, 0, 0],
      [relu, 0, Infinity],
      [reluDerivative, 0, 1],
      [(x) => leakyRelu(x), -Infinity, Infinity],
      [(x) => leakyReluDerivative(x), 0.01, 1],
      [silu, 0, Infinity],
      [siluDerivative, 0, 1],
    ];
    for (const [f, atMinus, atPlus] of limits) {
      expect(f(-Infinity)).toBe(atMinus);
      expect(f(Infinity)).toBe(atPlus);
    }
  });

  it('never gives NaN for a non-NaN input, in any function', () => {
    for (const [name, f] of Object.entries(scalarFunctions)) {
      const input = name === 'logit' ? fc.double({ min: 0, max: 1, noNaN: true }) : nonNaN;
      fc.assert(fc.property(input, (x) => !Number.isNaN(f(x))), { numRuns: 300 });
    }
  });

  it('never overflows where the true value is finite', () => {
    const bounded: Scalar[] = [sigmoid, sigmoidDerivative, tanh, tanhDerivative, reluDerivative, siluDerivative];
    for (const f of bounded) fc.assert(fc.property(nonNaN, (x) => Number.isFinite(f(x))), { numRuns: 300 });
    const linear: Scalar[] = [softplus, logSigmoid, relu, silu, (x) => leakyRelu(x)];
    for (const f of linear) fc.assert(fc.property(finite, (x) => Number.isFinite(f(x))), { numRuns: 300 });
  });

  it('propagates NaN through relu and leaky relu instead of turning it into 0', () => {
    expect(relu(NaN)).toBeNaN();
    expect(leakyRelu(NaN, 0.2)).toBeNaN();
    expect(leakyReluDerivative(NaN)).toBeNaN();
  });
});

describe('properties over every double', () => {
  it('keeps σ in [0, 1], strictly inside for |x| < 36', () => {
    fc.assert(fc.property(anyDouble, (x) => Number.isNaN(x) || (sigmoid(x) >= 0 && sigmoid(x) <= 1)));
    fc.assert(fc.property(fc.double({ min: -36, max: 36, noNaN: true }), (x) => sigmoid(x) > 0 && sigmoid(x) < 1));
  });

  it('keeps σ′ in [0, 1/4], tanh′ in [0, 1], softplus ≥ max(x, 0), log σ ≤ 0, silu ≥ its minimum', () => {
    const siluMinimum = -0.2784645427610738;
    fc.assert(
      fc.property(nonNaN, (x) =>
        sigmoidDerivative(x) >= 0 && sigmoidDerivative(x) <= 0.25
        && tanhDerivative(x) >= 0 && tanhDerivative(x) <= 1
        && softplus(x) >= Math.max(x, 0)
        && logSigmoid(x) <= 0
        && silu(x) >= siluMinimum - Number.EPSILON),
    );
  });

  it('is symmetric: σ(-x) = 1 - σ(x), σ′ and tanh′ even, tanh odd', () => {
    fc.assert(
      fc.property(nonNaN, (x) => {
        // 1 - σ(x) adds one rounding of size ≤ 2^-54 to two results each within 2 ulp (≤ ε) of numbers ≤ 1.
        const symmetric = Math.abs(sigmoid(-x) - (1 - sigmoid(x))) <= 3 * Number.EPSILON;
        return symmetric
          && sigmoidDerivative(-x) === sigmoidDerivative(x)
          && tanhDerivative(-x) === tanhDerivative(x)
          && tanh(-x) === -tanh(x);
      }),
    );
  });

  it('satisfies softplus(x) - softplus(-x) = x and log σ(x) - log σ(-x) = x', () => {
    fc.assert(
      fc.property(finite, (x) => {
        // Two results within a few ulp of numbers ≤ |x| + log 2, so the gap is a few ulp of |x| + 1.
        const tolerance = 4 * Number.EPSILON * (Math.abs(x) + 1);
        return Math.abs(softplus(x) - softplus(-x) - x) <= tolerance
          && Math.abs(logSigmoid(x) - logSigmoid(-x) - x) <= tolerance;
      }),
    );
  });

  it('satisfies tanh(x) = 2σ(2x) - 1', () => {
    fc.assert(
      fc.property(nonNaN, (x) => {
        // 2σ(2x) - 1 cancels near 0, so only an absolute tolerance makes sense: a few roundings of numbers ≤ 2.
        return Math.abs(tanh(x) - (2 * sigmoid(2 * x) - 1)) <= 4 * Number.EPSILON;
      }),
    );
  });

  it('is monotone: σ, softplus, log σ, tanh never decrease, on a fine grid and on random pairs', () => {
    const increasing: Scalar[] = [sigmoid, softplus, logSigmoid, tanh, relu, (x) => leakyRelu(x)];
    for (const f of increasing) {
      for (let x = -50; x < 50; x += 0.01) expect(f(x + 0.01)).toBeGreaterThanOrEqual(f(x));
      // Between neighbouring doubles, rounding may wiggle a result by an ulp; beyond that, order is kept.
      fc.assert(
        fc.property(nonNaN, nonNaN, (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          return f(low) <= f(high) || ulpDistance(f(low), f(high)) <= 2;
        }),
      );
    }
  });

  it('has silu decreasing then increasing around its minimum', () => {
    for (let x = -20; x < -1.3; x += 0.01) expect(silu(x + 0.01)).toBeLessThanOrEqual(silu(x));
    for (let x = -1.27; x < 20; x += 0.01) expect(silu(x + 0.01)).toBeGreaterThanOrEqual(silu(x));
  });
});

describe('derivatives against central finite differences', () => {
  // (f(x + h) - f(x - h)) / 2h has truncation error h²|f‴|/6 and rounding error about ε|f|/h. With h = 1e-5,
  // |f‴| ≤ 2 and |f| ≤ 11 on [-10, 10], that is under 4e-11 + 3e-10, so 1e-9 is a safe absolute tolerance.
  const h = 1e-5;
  const TOLERANCE = 1e-9;
  const centralDifference = (f: Scalar, x: number): number => {
    // Stepping to representable points makes the denominator the true width of the step.
    const up = x + h;
    const down = x - h;
    return (f(up) - f(down)) / (up - down);
  };
  const onRange = fc.double({ min: -10, max: 10, noNaN: true });
  const awayFromZero = onRange.filter((x) => Math.abs(x) > 10 * h);

  const pairs: [string, Scalar, Scalar, fc.Arbitrary<number>][] = [
    ['σ′', sigmoid, sigmoidDerivative, onRange],
    ['tanh′', tanh, tanhDerivative, onRange],
    ['silu′', silu, siluDerivative, onRange],
    ['softplus′ = σ', softplus, sigmoid, onRange],
    ['(log σ)′ = 1 - σ = σ(-x)', logSigmoid, (x) => sigmoid(-x), onRange],
    ['relu′ away from 0', relu, reluDerivative, awayFromZero],
    ['leaky relu′ away from 0', (x) => leakyRelu(x, 0.1), (x) => leakyReluDerivative(x, 0.1), awayFromZero],
  ];

  for (const [name, f, derivative, input] of pairs) {
    it(`matches ${name}`, () => {
      fc.assert(fc.property(input, (x) => Math.abs(centralDifference(f, x) - derivative(x)) <= TOLERANCE), {
        numRuns: 500,
      });
    });
  }

  it('matches σ′ in relative terms far into the left tail, where σ keeps full relative precision', () => {
    // There σ(x) ≈ e^x is relatively accurate: relative errors ε/h · σ/σ′ ≈ 2e-11 and h²/6 ≈ 2e-11.
    fc.assert(
      fc.property(fc.double({ min: -700, max: -1, noNaN: true }), (x) => {
        const relative = Math.abs(centralDifference(sigmoid, x) / sigmoidDerivative(x) - 1);
        return relative <= 1e-9;
      }),
      { numRuns: 500 },
    );
  });
});
