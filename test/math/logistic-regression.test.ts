import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fitLogisticRegression,
  logisticLossGradient,
  meanLogisticLoss,
  predictProbability,
  type LogisticFit,
} from '../../src/lib/math/logistic-regression.ts';
import { makeBlobs, makeStudyHours, type Dataset } from '../../src/lib/math/datasets.ts';

// ---- Independent references, written from the textbook formulas without the module's code ----

const naiveSigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

// Gradient of (1/n) Σ BCE + Σ (penaltyⱼ/2) wⱼ², one penalty per weight, as [∂w..., ∂b].
function referenceGradient(theta: readonly number[], X: number[][], y: number[], penalty: readonly number[]): number[] {
  const d = theta.length - 1;
  const g = new Array<number>(d + 1).fill(0);
  X.forEach((x, i) => {
    let z = theta[d] ?? 0;
    for (let j = 0; j < d; j++) z += (theta[j] ?? 0) * (x[j] ?? 0);
    const r = naiveSigmoid(z) - (y[i] ?? 0);
    for (let j = 0; j < d; j++) g[j] = (g[j] ?? 0) + (r * (x[j] ?? 0)) / X.length;
    g[d] = (g[d] ?? 0) + r / X.length;
  });
  for (let j = 0; j < d; j++) g[j] = (g[j] ?? 0) + (penalty[j] ?? 0) * (theta[j] ?? 0);
  return g;
}

// Plain gradient descent with step 1/L, L = ¼·trace(X̃ᵀX̃/n) + max penalty ≥ the gradient's Lipschitz constant,
// run until the gradient is below 1e-13: slow, but it cannot be fooled by a bad Hessian.
function referenceGradientDescent(X: number[][], y: number[], penalty: readonly number[]): number[] {
  const d = (X[0] ?? []).length;
  const trace = X.reduce((sum, x) => sum + 1 + x.reduce((s, v) => s + v * v, 0), 0) / X.length;
  const step = 1 / (trace / 4 + Math.max(0, ...penalty));
  const theta = new Array<number>(d + 1).fill(0);
  for (let iteration = 0; iteration < 2_000_000; iteration++) {
    const g = referenceGradient(theta, X, y, penalty);
    if (Math.hypot(...g) < 1e-13) return theta;
    for (let j = 0; j <= d; j++) theta[j] = (theta[j] ?? 0) - step * (g[j] ?? 0);
  }
  throw new Error('reference gradient descent did not converge');
}

// Root of an increasing function on [low, high] by bisection, until the interval stops shrinking.
function bisect(f: (t: number) => number, low: number, high: number): number {
  if (!(f(low) < 0 && f(high) > 0)) throw new Error('bisection bracket does not straddle the root');
  for (;;) {
    const mid = (low + high) / 2;
    if (mid <= low || mid >= high) return mid;
    if (f(mid) < 0) low = mid;
    else high = mid;
  }
}

// 1-D optimum by nested bisection: b(w) zeroes ∂L/∂b (increasing in b); then ∂L/∂w at (w, b(w)) is the derivative
// of the convex profile min_b L(w, b) (envelope theorem), increasing in w, and is zeroed by the outer bisection.
function referenceBisection1d(X: number[][], y: number[], l2: number, wBracket: number): [number, number] {
  const largest = Math.max(...X.map((x) => Math.abs(x[0] ?? 0)));
  // |b(w)| ≤ 50 + |w|·max|x| keeps every logit's sign mixed on both ends of the bracket.
  const biasFor = (w: number): number => {
    const reach = 50 + Math.abs(w) * largest;
    return bisect((b) => referenceGradient([w, b], X, y, [l2])[1] ?? 0, -reach, reach);
  };
  const w = bisect((w) => referenceGradient([w, biasFor(w)], X, y, [l2])[0] ?? 0, -wBracket, wBracket);
  return [w, biasFor(w)];
}

// ---- Helpers ----

const scaleColumn = (X: number[][], j: number, factor: number): number[][] =>
  X.map((row) => row.map((v, k) => (k === j ? v * factor : v)));

function ninetyTen(data: Dataset): Dataset {
  const keep = data.y.map((label, i) => label === 0 || i % 18 === 1);
  return { X: data.X.filter((_, i) => keep[i]), y: data.y.filter((_, i) => keep[i]) };
}

function expectRelativelyClose(actual: readonly number[], expected: readonly number[], tolerance: number): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i] ?? Number.NaN;
    expect(Math.abs(a - e)).toBeLessThanOrEqual(tolerance * Math.max(Math.abs(e), 1e-300));
  });
}

// Stationarity measured against the size of its own terms: |∂L/∂wⱼ| ≤ tol·((1/n) Σ |xᵢⱼ| + l2|wⱼ|), |∂L/∂b| ≤ tol.
function expectStationary(fit: LogisticFit, X: number[][], y: number[], l2: number, tolerance: number): void {
  const g = logisticLossGradient(fit.weights, fit.bias, X, y, l2);
  g.weights.forEach((gj, j) => {
    const size = X.reduce((s, x) => s + Math.abs(x[j] ?? 0), 0) / X.length + l2 * Math.abs(fit.weights[j] ?? 0);
    expect(Math.abs(gj)).toBeLessThanOrEqual(tolerance * size);
  });
  expect(Math.abs(g.bias)).toBeLessThanOrEqual(tolerance);
}

// ---- Tests ----

describe('predictProbability and the loss', () => {
  it('gives σ(w·x + b) at hand-computed points', () => {
    // w·x + b = 0.5 + 0.5 − 1 = 0, and σ(0) = 1/2.
    expect(predictProbability([1, 2], -1, [0.5, 0.25])).toBe(0.5);
    // σ(ln 3) = 3/(1 + 3) = 0.75.
    expect(predictProbability([Math.log(3)], 0, [1])).toBeCloseTo(0.75, 15);
  });

  it('is ln 2 at zero weights, whatever the data (each prediction is 1/2)', () => {
    const { X, y } = makeBlobs({ n: 30, seed: 4 });
    expect(meanLogisticLoss([0, 0], 0, X, y)).toBeCloseTo(Math.LN2, 15);
    expect(meanLogisticLoss([0, 0], 0, X, y, 5)).toBeCloseTo(Math.LN2, 15);
  });

  it('equals the textbook −mean[y log p + (1 − y) log(1 − p)] + (l2/2)‖w‖², with the bias unpenalised', () => {
    const { X, y } = makeBlobs({ n: 25, seed: 5 });
    const w = [0.3, -0.7];
    const b = 0.4;
    const textbook =
      -X.reduce((s, x, i) => {
        const p = naiveSigmoid((w[0] ?? 0) * (x[0] ?? 0) + (w[1] ?? 0) * (x[1] ?? 0) + b);
        return s + (y[i] === 1 ? Math.log(p) : Math.log(1 - p));
      }, 0) / X.length;
    expect(meanLogisticLoss(w, b, X, y, 0.2)).toBeCloseTo(textbook + 0.1 * (0.09 + 0.49), 13);
    expect(meanLogisticLoss(w, b + 1, X, y, 0.2) - meanLogisticLoss(w, b + 1, X, y, 0)).toBeCloseTo(0.1 * 0.58, 14);
  });

  it('stays finite for extreme logits (computed from the logit, not from a rounded σ)', () => {
    // BCE with logit z = 1000 and label 0 is softplus(1000) = 1000 to double precision.
    expect(meanLogisticLoss([1000], 0, [[1]], [0])).toBe(1000);
    expect(meanLogisticLoss([1000], 0, [[1]], [1])).toBe(0);
    expect(meanLogisticLoss([-800], 0, [[1]], [1])).toBe(800);
  });

  it('has a gradient that matches central finite differences', () => {
    const arbitraryCase = fc.record({
      seed: fc.integer(),
      n: fc.integer({ min: 1, max: 12 }),
      theta: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 3, maxLength: 3 }),
      l2: fc.double({ min: 0, max: 2, noNaN: true }),
    });
    fc.assert(
      fc.property(arbitraryCase, ({ seed, n, theta, l2 }) => {
        const { X, y } = makeBlobs({ n, seed, separation: 1 });
        const [w1 = 0, w2 = 0, b = 0] = theta;
        const g = logisticLossGradient([w1, w2], b, X, y, l2);
        const analytic = [...g.weights, g.bias];
        const h = 1e-5;
        const at = (t: number[]): number => meanLogisticLoss([t[0] ?? 0, t[1] ?? 0], t[2] ?? 0, X, y, l2);
        analytic.forEach((value, k) => {
          const plus = [w1, w2, b];
          const minus = [w1, w2, b];
          plus[k] = (plus[k] ?? 0) + h;
          minus[k] = (minus[k] ?? 0) - h;
          // Central difference error is O(h²·L''') ≈ 1e-10 here, plus rounding ≈ 1e-16/h ≈ 1e-11.
          expect(Math.abs((at(plus) - at(minus)) / (2 * h) - value)).toBeLessThan(1e-8);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('fitLogisticRegression reaches the true optimum', () => {
  const blobs = makeBlobs({ n: 80, separation: 1.5, seed: 11 });

  it.each([0, 0.1])('matches slow plain gradient descent on well-conditioned blobs (l2 = %s)', (l2) => {
    const fit = fitLogisticRegression(blobs.X, blobs.y, { l2 });
    expect(fit.converged).toBe(true);
    expectRelativelyClose([...fit.weights, fit.bias], referenceGradientDescent(blobs.X, blobs.y, [l2, l2]), 1e-6);
    expectStationary(fit, blobs.X, blobs.y, l2, 1e-10);
  });

  it('matches gradient descent when one feature is 1e5 times larger (same penalty, rewritten for unscaled data)', () => {
    const l2 = 0.1;
    const scaled = scaleColumn(blobs.X, 1, 1e5);
    const fit = fitLogisticRegression(scaled, blobs.y, { l2 });
    expect(fit.converged).toBe(true);
    expectStationary(fit, scaled, blobs.y, l2, 1e-10);
    // With x₂′ = 1e5·x₂ and w₂′ = w₂/1e5, the penalty l2·w₂′² is (l2·1e-10)·w₂² on the unscaled problem.
    const [w1 = 0, w2 = 0, b = 0] = referenceGradientDescent(blobs.X, blobs.y, [l2, l2 * 1e-10]);
    expectRelativelyClose([...fit.weights, fit.bias], [w1, w2 / 1e5, b], 1e-6);
  });

  it('is unchanged, up to the rescaling of its weight, when an unpenalised feature is scaled by 1e5', () => {
    const plain = fitLogisticRegression(blobs.X, blobs.y);
    const scaled = fitLogisticRegression(scaleColumn(blobs.X, 0, 1e5), blobs.y);
    expectRelativelyClose([...scaled.weights, scaled.bias], [(plain.weights[0] ?? 0) / 1e5, plain.weights[1] ?? 0, plain.bias], 1e-9);
  });

  it('matches gradient descent with a 90/10 class split', () => {
    const { X, y } = ninetyTen(makeBlobs({ n: 360, separation: 2, seed: 12 }));
    const positives = y.filter((label) => label === 1).length;
    expect(positives / y.length).toBeCloseTo(0.1, 1);
    const fit = fitLogisticRegression(X, y, { l2: 0.05 });
    expect(fit.converged).toBe(true);
    expectRelativelyClose([...fit.weights, fit.bias], referenceGradientDescent(X, y, [0.05, 0.05]), 1e-6);
    expectStationary(fit, X, y, 0.05, 1e-10);
  });

  it.each([
    { name: 'study hours', scale: 1, l2: 0, split: false },
    { name: 'study hours with a penalty', scale: 1, l2: 0.5, split: false },
    { name: 'study hours in units 1e5 times smaller', scale: 1e5, l2: 0, split: false },
    { name: 'study hours, 90/10 split', scale: 1, l2: 0, split: true },
  ])('agrees with nested bisection on the derivative in 1-D: $name', ({ scale, l2, split }) => {
    const hours = makeStudyHours({ n: split ? 360 : 60, seed: 13 });
    const data = split ? ninetyTen(hours) : hours;
    const X = scaleColumn(data.X, 0, scale);
    const fit = fitLogisticRegression(X, data.y, { l2 });
    expect(fit.converged).toBe(true);
    expectRelativelyClose([...fit.weights, fit.bias], referenceBisection1d(X, data.y, l2, 20 / scale), 1e-9);
    expectStationary(fit, X, data.y, l2, 1e-10);
  });

  it('has a gradient ~0 at the optimum on random data sets and penalties', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.3, max: 3, noNaN: true }),
        (seed, l2, separation) => {
          const { X, y } = makeBlobs({ n: 60, seed, separation });
          const fit = fitLogisticRegression(X, y, { l2 });
          // Every failure to converge must be explained by separable classes (no minimum, or one very far out).
          if (!fit.converged) {
            expect(fit.separable).toBe(true);
            expect(l2).toBeLessThan(1e-6);
            return;
          }
          expectStationary(fit, X, y, l2, 1e-10);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('keeps a constant feature at weight 0 and still converges', () => {
    const X = blobs.X.map((row) => [...row, 7]);
    const fit = fitLogisticRegression(X, blobs.y, { l2: 0.1 });
    const reference = fitLogisticRegression(blobs.X, blobs.y, { l2: 0.1 });
    expect(fit.converged).toBe(true);
    expect(fit.weights[2]).toBe(0);
    expectRelativelyClose([...fit.weights.slice(0, 2), fit.bias], [...reference.weights, reference.bias], 1e-9);
  });
});

describe('separable data', () => {
  const far = makeBlobs({ n: 40, separation: 12, seed: 2 });

  it('without a penalty, stops at maxIterations, unconverged and flagged, with finite numbers', () => {
    const fit = fitLogisticRegression(far.X, far.y, { maxIterations: 60 });
    expect(fit.converged).toBe(false);
    expect(fit.separable).toBe(true);
    expect(fit.iterations).toBe(60);
    expect([...fit.weights, fit.bias, fit.loss].every(Number.isFinite)).toBe(true);
    expect(fit.loss).toBeLessThan(1e-10);
    // The weights keep growing as the loss keeps falling: no finite minimum.
    const longer = fitLogisticRegression(far.X, far.y, { maxIterations: 90 });
    expect(Math.hypot(...longer.weights)).toBeGreaterThan(Math.hypot(...fit.weights));
    expect(longer.loss).toBeLessThan(fit.loss);
  });

  it('with a penalty, has a finite optimum and converges', () => {
    const fit = fitLogisticRegression(far.X, far.y, { l2: 0.01 });
    expect(fit.converged).toBe(true);
    expect(fit.separable).toBe(true);
    expectStationary(fit, far.X, far.y, 0.01, 1e-10);
  });
});

describe('bad input', () => {
  const good = makeBlobs({ n: 10, seed: 1 });

  it('throws clear errors for empty, ragged, mislabelled or non-finite data', () => {
    expect(() => fitLogisticRegression([], [])).toThrow(/empty/);
    expect(() => fitLogisticRegression([[1, 2], [3]], [0, 1])).toThrow(/Row 1 .* 1 features/);
    expect(() => fitLogisticRegression([[1], [2]], [0, 2])).toThrow(/must be 0 or 1/);
    expect(() => fitLogisticRegression([[1], [Number.NaN]], [0, 1])).toThrow(/finite/);
    expect(() => fitLogisticRegression([[1], [Number.POSITIVE_INFINITY]], [0, 1])).toThrow(/finite/);
    expect(() => fitLogisticRegression([[1], [2]], [0])).toThrow(/2 rows but y has 1/);
    expect(() => fitLogisticRegression([[1], [2]], [1, 1])).toThrow(/both classes/);
    expect(() => meanLogisticLoss([1], 0, [[1], [2, 3]], [0, 1])).toThrow(/Row 1/);
  });

  it('throws for bad options and mismatched weights', () => {
    expect(() => fitLogisticRegression(good.X, good.y, { l2: -1 })).toThrow(/L2/);
    expect(() => fitLogisticRegression(good.X, good.y, { maxIterations: 1.5 })).toThrow(/maxIterations/);
    expect(() => fitLogisticRegression(good.X, good.y, { tolerance: Number.NaN })).toThrow(/tolerance/);
    expect(() => logisticLossGradient([1], 0, good.X, good.y)).toThrow(/1 weights for 2 features/);
    expect(() => meanLogisticLoss([1, Number.NaN], 0, good.X, good.y)).toThrow(/finite/);
  });
});
