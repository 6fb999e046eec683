// Activation statistics, saturation and dead-unit shares, histograms, on values worked out by hand.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activationRange, histogram, measureActivations, readActivationStats, SATURATION_MARGIN } from '../../src/lib/math/network/index.ts';

const measure = (values: number[], rows: number, width: number, activation: Parameters<typeof measureActivations>[3]) => {
  const out = new Float64Array(4);
  measureActivations(Float64Array.from(values), rows, width, activation, out, 0);
  return readActivationStats(out, 0);
};

describe('measureActivations', () => {
  it('gives the mean, population std and saturated share of sigmoid outputs', () => {
    // Values 0.01, 0.5, 0.99, 0.5: mean 0.5, deviations ±0.49 twice and 0 twice, so std = 0.49/√2.
    const stats = measure([0.01, 0.5, 0.99, 0.5], 2, 2, 'sigmoid');
    expect(stats.mean).toBeCloseTo(0.5, 15);
    expect(stats.std).toBeCloseTo(0.49 / Math.SQRT2, 15);
    expect(stats.saturated).toBe(0.5);
    expect(stats.dead).toBeNull();
  });

  it('measures tanh saturation against ±1 with the margin scaled to the range of 2', () => {
    const inside = 1 - 2 * SATURATION_MARGIN;
    const stats = measure([-0.999, inside + 0.001, inside - 0.001, 0], 4, 1, 'tanh');
    expect(stats.saturated).toBe(0.5);
  });

  it('counts a ReLU unit as dead only when it is zero for every example', () => {
    // Unit-by-unit layout: unit 0 = [0, 0, 0] (dead), unit 1 = [0, 2, 0], unit 2 = [1, 1, 1], unit 3 = [0, 0, 0].
    const stats = measure([0, 0, 0, 0, 2, 0, 1, 1, 1, 0, 0, 0], 3, 4, 'relu');
    expect(stats.dead).toBe(0.5);
    expect(stats.saturated).toBeNull();
    expect(stats.mean).toBeCloseTo(5 / 12, 15);
  });

  it('leaves saturation and death undefined for leaky ReLU and SiLU', () => {
    for (const activation of ['leakyRelu', 'silu'] as const) {
      const stats = measure([-0.01, 0, 3], 3, 1, activation);
      expect(stats.saturated).toBeNull();
      expect(stats.dead).toBeNull();
    }
  });
});

describe('histogram', () => {
  it('puts values in equal bins, the top edge and out-of-range values in the end bins', () => {
    const result = histogram([0, 0.1, 0.25, 0.5, 0.74, 1, -3, 7], 4, 0, 1);
    expect(result.edges).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(result.counts).toEqual([3, 1, 2, 2]);
  });

  it('counts every value exactly once', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -10, max: 10, noNaN: true })), fc.integer({ min: 1, max: 30 }), (values, bins) => {
      const [low, high] = activationRange('relu', values);
      const result = histogram(values, bins, low, high);
      return result.counts.length === bins && result.counts.reduce((a, b) => a + b, 0) === values.length;
    }));
  });

  it('counts every finite double, over spans too narrow or too wide for plain arithmetic', () => {
    // A span of one subnormal step made the bin width 0 (and 0/0 dropped the value); -1e308 to 1e308 overflows.
    expect(histogram([0, 5e-324], 2, 0, 5e-324).counts.reduce((a, b) => a + b, 0)).toBe(2);
    const wide = histogram([-1e308, 0, 1e308], 4, -1e308, 1e308);
    expect(wide.counts).toEqual([1, 0, 1, 1]);
    expect(wide.edges).toEqual([-1e308, -5e307, 0, 5e307, 1e308]);
    fc.assert(fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true })), fc.integer({ min: 1, max: 30 }), (values, bins) => {
      const [low, high] = activationRange('relu', values);
      const result = histogram(values, bins, low, high);
      return result.counts.reduce((a, b) => a + b, 0) === values.length && result.edges.every(Number.isFinite);
    }), { numRuns: 2000 });
  });

  it('uses the function range for bounded activations and the data extent otherwise', () => {
    expect(activationRange('sigmoid', [0.2, 0.3])).toEqual([0, 1]);
    expect(activationRange('tanh', [0.2])).toEqual([-1, 1]);
    expect(activationRange('silu', [-0.2, 4, 1])).toEqual([-0.2, 4]);
  });

  it('rejects a bad bin count or range', () => {
    expect(() => histogram([1], 0, 0, 1)).toThrow(/bins/);
    expect(() => histogram([1], 3, 1, 0)).toThrow(/range/);
  });
});
