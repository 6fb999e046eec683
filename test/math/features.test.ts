// Feature maps for the playground: the values they add, and the point of them: XOR is not linearly separable
// on (x1, x2) but is on (x1, x2, x1·x2); circles become separable with squares.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { featureCount, mapFeatures, mapFeaturesInto, mapRows } from '../../src/lib/math/features.ts';
import { makeCircles, makeXor } from '../../src/lib/math/datasets.ts';
import { fitLogisticRegression } from '../../src/lib/math/logistic-regression.ts';
import { accuracy } from '../../src/lib/math/metrics.ts';
import { predictProbability } from '../../src/lib/math/logistic-regression.ts';

describe('mapFeatures', () => {
  it('gives (x1, x2), (x1, x2, x1·x2) and (x1, x2, x1², x2²)', () => {
    expect(mapFeatures('none', 2, -3)).toEqual([2, -3]);
    expect(mapFeatures('product', 2, -3)).toEqual([2, -3, -6]);
    expect(mapFeatures('squares', 2, -3)).toEqual([2, -3, 4, 9]);
  });

  it('has featureCount entries, and reusing a buffer for a shorter map trims it', () => {
    fc.assert(
      fc.property(fc.constantFrom('none', 'product', 'squares' as const), fc.double({ noNaN: true }), fc.double({ noNaN: true }), (map, a, b) => {
        const buffer = [9, 9, 9, 9, 9];
        expect(mapFeaturesInto(map, a, b, buffer)).toHaveLength(featureCount(map));
        expect(buffer).toEqual(mapFeatures(map, a, b));
      }),
    );
  });

  it('rejects rows that are not (x1, x2)', () => {
    expect(() => mapRows('product', [[1, 2, 3]])).toThrow(/exactly two/);
  });
});

describe('what the extra feature buys', () => {
  const xor = makeXor({ n: 200, noise: 0, seed: 4 });
  const fitAccuracy = (X: number[][], y: number[], l2 = 1e-3): number => {
    const fit = fitLogisticRegression(X, y, { l2 });
    return accuracy(X.map((x) => predictProbability(fit.weights, fit.bias, x)), y);
  };

  it('XOR: a line on (x1, x2) gets at most ~60 %, the product feature gets 100 %', () => {
    expect(fitAccuracy(xor.X, xor.y)).toBeLessThan(0.65);
    // Points near an axis have x1·x2 near 0, so any penalty costs a few of them; without one the fit separates all.
    expect(fitAccuracy(mapRows('product', xor.X), xor.y, 0)).toBe(1);
    expect(fitLogisticRegression(mapRows('product', xor.X), xor.y).separable).toBe(true);
  });

  it('circles: squares separate the rings, a line does not', () => {
    const circles = makeCircles({ n: 200, noise: 0.05, seed: 2 });
    expect(fitAccuracy(circles.X, circles.y)).toBeLessThan(0.7);
    expect(fitAccuracy(mapRows('squares', circles.X), circles.y)).toBe(1);
  });
});
