// The seeded generator: the same seed gives the same stream, draws stay in range, and the normal draws
// have roughly the right mean and variance.
import { describe, expect, it } from 'vitest';
import { createRng } from 's-curve/math';

const draws = (count: number, draw: () => number): number[] => Array.from({ length: count }, draw);

describe('createRng', () => {
  it('repeats the same stream for the same seed', () => {
    for (const seed of [0, 1, 42, 1.5, -7]) {
      const a = createRng(seed);
      const b = createRng(seed);
      expect(draws(50, a.uniform)).toEqual(draws(50, b.uniform));
      expect(draws(50, a.normal)).toEqual(draws(50, b.normal));
    }
  });

  it('gives different streams for different seeds, 1 and 1.5 included', () => {
    const first = draws(10, createRng(1).uniform);
    expect(draws(10, createRng(2).uniform)).not.toEqual(first);
    expect(draws(10, createRng(1.5).uniform)).not.toEqual(first);
  });

  it('draws uniforms in [0, 1) spread evenly over ten bins', () => {
    const rng = createRng(7);
    const values = draws(20_000, rng.uniform);
    expect(values.every((u) => u >= 0 && u < 1)).toBe(true);
    const bins = Array<number>(10).fill(0);
    for (const u of values) bins[Math.floor(u * 10)]! += 1;
    // Each bin expects 2000 with standard deviation √(20000 · 0.1 · 0.9) ≈ 42; 5σ ≈ 212.
    for (const count of bins) expect(Math.abs(count - 2000)).toBeLessThan(212);
  });

  it('draws normals with mean ≈ 0 and variance ≈ 1 over 20 000 draws', () => {
    const values = draws(20_000, createRng(123).normal);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
    // Standard errors: 1/√n ≈ 0.0071 for the mean, √(2/n) = 0.01 for the variance; allow 5 of each.
    expect(Math.abs(mean)).toBeLessThan(0.036);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
    expect(values.every(Number.isFinite)).toBe(true);
  });

  it('keeps between(low, high) in [low, high) and integer(n) in {0, …, n - 1}', () => {
    const rng = createRng(5);
    for (let i = 0; i < 2000; i++) {
      const x = rng.between(-3, 2);
      expect(x >= -3 && x < 2).toBe(true);
      const k = rng.integer(6);
      expect(Number.isInteger(k) && k >= 0 && k < 6).toBe(true);
    }
  });
});
