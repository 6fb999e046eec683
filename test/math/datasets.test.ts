import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  makeBlobs,
  makeCircles,
  makeDataset,
  makeMoons,
  makeStudyHours,
  makeXor,
  STUDY_HOURS_MEANS,
  datasetGenerators,
  type DatasetName,
} from '../../src/lib/math/datasets.ts';

const names = Object.keys(datasetGenerators) as DatasetName[];
const dimension: Record<DatasetName, number> = { blobs: 2, xor: 2, moons: 2, circles: 2, studyHours: 1 };

const mean = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length;
const column = (X: number[][], j: number): number[] => X.map((row) => row[j] ?? Number.NaN);

describe('every data set', () => {
  it.each(names)('%s gives identical data for the same seed and different data for another', (name) => {
    const a = makeDataset(name, { n: 50, seed: 7 });
    const b = makeDataset(name, { n: 50, seed: 7 });
    const c = makeDataset(name, { n: 50, seed: 8 });
    expect(b).toEqual(a);
    expect(c.X).not.toEqual(a.X);
  });

  it.each(names)('%s has n finite rows of the right width and balanced 0/1 labels', (name) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer(), (n, seed) => {
        const { X, y } = makeDataset(name, { n, seed });
        expect(X).toHaveLength(n);
        expect(y).toHaveLength(n);
        for (const row of X) {
          expect(row).toHaveLength(dimension[name]);
          for (const v of row) expect(Number.isFinite(v)).toBe(true);
        }
        expect(y.every((label) => label === 0 || label === 1)).toBe(true);
        const ones = y.filter((label) => label === 1).length;
        expect(Math.abs(n - 2 * ones)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 30 },
    );
  });

  it.each(names)('%s rejects a bad size, noise or seed', (name) => {
    expect(() => makeDataset(name, { n: 0 })).toThrow(/positive integer/);
    expect(() => makeDataset(name, { n: 2.5 })).toThrow(/positive integer/);
    expect(() => makeDataset(name, { noise: -1 })).toThrow(/noise/);
    expect(() => makeDataset(name, { noise: Number.NaN })).toThrow(/noise/);
    expect(() => makeDataset(name, { seed: Number.POSITIVE_INFINITY })).toThrow(/seed/);
  });
});

describe('shapes of the data sets', () => {
  it('blobs sit around centres the chosen separation apart, and overlap when it is small', () => {
    const { X, y } = makeBlobs({ n: 4000, separation: 4, noise: 0.5, seed: 3 });
    const class0 = X.filter((_, i) => y[i] === 0);
    const class1 = X.filter((_, i) => y[i] === 1);
    const gap = Math.hypot(mean(column(class1, 0)) - mean(column(class0, 0)), mean(column(class1, 1)) - mean(column(class0, 1)));
    // Standard error of each centre estimate is 0.5/√2000 ≈ 0.011 per coordinate.
    expect(gap).toBeCloseTo(4, 1);
    const overlapping = makeBlobs({ n: 400, separation: 0.5, seed: 3 });
    const crossers = overlapping.X.filter((row, i) => (row[0] ?? 0) + (row[1] ?? 0) > 0 !== (overlapping.y[i] === 1));
    expect(crossers.length).toBeGreaterThan(40);
  });

  it('xor without noise labels by quadrant: 0 where x1·x2 > 0, 1 otherwise, inside [-1, 1]²', () => {
    const { X, y } = makeXor({ n: 500, seed: 2 });
    X.forEach(([x1 = 0, x2 = 0], i) => {
      expect(Math.max(Math.abs(x1), Math.abs(x2))).toBeLessThanOrEqual(1);
      expect(y[i]).toBe(x1 * x2 > 0 ? 0 : 1);
    });
  });

  it('xor noise moves points off the clean layout', () => {
    const clean = makeXor({ n: 100, seed: 2 });
    const noisy = makeXor({ n: 100, seed: 2, noise: 0.2 });
    expect(noisy.X.some((row) => row.some((v) => Math.abs(v) > 1))).toBe(true);
    expect(noisy.y).toEqual(clean.y);
  });

  it('circles without noise lie on radius 1 (label 0) and radius factor (label 1)', () => {
    const { X, y } = makeCircles({ n: 100, noise: 0, factor: 0.3, seed: 4 });
    X.forEach(([x1 = 0, x2 = 0], i) => expect(Math.hypot(x1, x2)).toBeCloseTo(y[i] === 0 ? 1 : 0.3, 12));
    expect(() => makeCircles({ factor: 1 })).toThrow(/factor/);
  });

  it('moons without noise lie on their two unit half circles', () => {
    const { X, y } = makeMoons({ n: 100, noise: 0, seed: 5 });
    X.forEach(([x1 = 0, x2 = 0], i) => {
      const radius = y[i] === 0 ? Math.hypot(x1, x2) : Math.hypot(x1 - 1, x2 - 0.5);
      expect(radius).toBeCloseTo(1, 12);
      expect(y[i] === 0 ? x2 >= 0 : x2 <= 0.5).toBe(true);
    });
  });

  it('study hours are non-negative and passing students studied more on average', () => {
    const { X, y } = makeStudyHours({ n: 4000, seed: 6 });
    const hours = column(X, 0);
    expect(hours.every((h) => h >= 0)).toBe(true);
    const failed = mean(hours.filter((_, i) => y[i] === 0));
    const passed = mean(hours.filter((_, i) => y[i] === 1));
    // The reflection at 0 shifts a mean of 2.5 with sd 1 up by well under 0.01; sampling error is ≈ 0.02.
    expect(failed).toBeCloseTo(STUDY_HOURS_MEANS[0], 1);
    expect(passed).toBeCloseTo(STUDY_HOURS_MEANS[1], 1);
  });
});
