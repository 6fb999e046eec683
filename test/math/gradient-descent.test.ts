import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLogisticTrainer } from '../../src/lib/math/gradient-descent.ts';
import { fitLogisticRegression, logisticLossGradient, meanLogisticLoss } from '../../src/lib/math/logistic-regression.ts';
import { makeBlobs, makeStudyHours } from '../../src/lib/math/datasets.ts';

const blobs = makeBlobs({ n: 60, separation: 1.5, seed: 21 });
const scaled = blobs.X.map(([a = 0, b = 0]) => [a, 1e5 * b]);

const relativeGap = (a: readonly number[], b: readonly number[]): number =>
  Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? Number.NaN)) / Math.max(Math.abs(b[i] ?? 0), 1e-300)));

describe('createLogisticTrainer', () => {
  it('starts at zero weights with the loss ln 2 (every prediction is 1/2)', () => {
    const { state } = createLogisticTrainer(blobs.X, blobs.y);
    expect(state.weights).toEqual([0, 0]);
    expect(state.bias).toBe(0);
    expect(state.epoch).toBe(0);
    expect(state.lossHistory).toHaveLength(1);
    expect(state.lossHistory[0]).toBeCloseTo(Math.LN2, 15);
  });

  it('takes the step w ← w − η∇L in original units when not standardising', () => {
    const trainer = createLogisticTrainer(blobs.X, blobs.y, { learningRate: 0.3, l2: 0.2, standardize: false });
    trainer.step(3);
    const before = trainer.state;
    const g = logisticLossGradient(before.weights, before.bias, blobs.X, blobs.y, 0.2);
    const after = trainer.step();
    after.weights.forEach((w, j) => expect(w).toBeCloseTo((before.weights[j] ?? 0) - 0.3 * (g.weights[j] ?? 0), 14));
    expect(after.bias).toBeCloseTo(before.bias - 0.3 * g.bias, 14);
    expect(after.lossHistory.at(-1)).toBeCloseTo(meanLogisticLoss(after.weights, after.bias, blobs.X, blobs.y, 0.2), 14);
  });

  it('takes its first standardised step on (x − m)/s and reports it in original units', () => {
    const { X, y } = makeStudyHours({ n: 40, seed: 3 });
    const hours = X.map(([h = 0]) => h);
    const m = hours.reduce((s, h) => s + h, 0) / hours.length;
    const s = Math.sqrt(hours.reduce((t, h) => t + (h - m) ** 2, 0) / hours.length);
    // At w̃ = 0 the penalty has no gradient, so the first step is −η times the data gradient on standardised hours.
    const g = logisticLossGradient([0], 0, hours.map((h) => [(h - m) / s]), y);
    const wt = -0.5 * (g.weights[0] ?? 0);
    const bt = -0.5 * g.bias;
    const state = createLogisticTrainer(X, y, { learningRate: 0.5, l2: 1, standardize: true }).step();
    expect(state.weights[0]).toBeCloseTo(wt / s, 14);
    expect(state.bias).toBeCloseTo(bt - (wt / s) * m, 14);
  });

  it('lowers the loss every step when η ≤ 1/L, L = ¼·max(1 + ‖x‖²) + max penalty ≥ the Lipschitz constant of ∇L', () => {
    fc.assert(
      fc.property(fc.integer(), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (seed, l2, standardize) => {
        const { X, y } = makeBlobs({ n: 30, seed });
        // In standardised coordinates the rows are (x − m)/s and the penalty on w̃ⱼ is l2/sⱼ².
        const columns = [0, 1].map((j) => X.map((x) => x[j] ?? 0));
        const means = columns.map((c) => (standardize ? c.reduce((a, v) => a + v, 0) / c.length : 0));
        const spreads = columns.map((c, j) =>
          standardize ? Math.sqrt(c.reduce((a, v) => a + (v - (means[j] ?? 0)) ** 2, 0) / c.length) : 1,
        );
        const rows = X.map((x) => x.map((v, j) => (v - (means[j] ?? 0)) / (spreads[j] ?? 1)));
        const lipschitz = 0.25 * Math.max(...rows.map((x) => 1 + x.reduce((a, v) => a + v * v, 0))) + l2 / Math.min(...spreads) ** 2;
        const { lossHistory } = createLogisticTrainer(X, y, { learningRate: 1 / lipschitz, l2, standardize }).step(40);
        for (let k = 1; k < lossHistory.length; k++) expect(lossHistory[k]).toBeLessThanOrEqual(lossHistory[k - 1] ?? 0);
        expect(lossHistory.at(-1)).toBeLessThan(lossHistory[0] ?? 0);
      }),
      { numRuns: 40 },
    );
  });

  it('approaches the Newton optimum of the same objective (the penalty stays on original weights)', () => {
    const l2 = 0.1;
    const optimum = fitLogisticRegression(scaled, blobs.y, { l2 });
    const state = createLogisticTrainer(scaled, blobs.y, { learningRate: 1, l2, standardize: true }).step(3000);
    expect(relativeGap([...state.weights, state.bias], [...optimum.weights, optimum.bias])).toBeLessThan(1e-6);
    expect(state.lossHistory.at(-1)).toBeCloseTo(optimum.loss, 12);
  });

  it('crawls on features 1e5 apart in scale without standardising, and not with it', () => {
    const optimum = fitLogisticRegression(scaled, blobs.y);
    const raw = createLogisticTrainer(scaled, blobs.y, { learningRate: 1e-10, standardize: false }).step(200);
    const standardized = createLogisticTrainer(scaled, blobs.y, { learningRate: 1, standardize: true }).step(200);
    const gap = (w: number[]): number => relativeGap(w, optimum.weights);
    expect(gap(raw.weights)).toBeGreaterThan(0.5);
    expect(gap(standardized.weights)).toBeLessThan(1e-3);
  });

  it('gives the same state for step(n) as for n single steps, and reset returns to the start', () => {
    const many = createLogisticTrainer(blobs.X, blobs.y, { learningRate: 0.7, l2: 0.05 });
    const single = createLogisticTrainer(blobs.X, blobs.y, { learningRate: 0.7, l2: 0.05 });
    many.step(25);
    for (let k = 0; k < 25; k++) single.step();
    expect(single.state).toEqual(many.state);
    expect(many.state.epoch).toBe(25);
    expect(many.state.lossHistory).toHaveLength(26);
    const fresh = createLogisticTrainer(blobs.X, blobs.y, { learningRate: 0.7, l2: 0.05 }).state;
    many.reset();
    expect(many.state).toEqual(fresh);
  });

  it('hands out snapshots that later steps and edits do not change', () => {
    const trainer = createLogisticTrainer(blobs.X, blobs.y);
    const snapshot = trainer.step(2);
    snapshot.weights[0] = 99;
    snapshot.lossHistory.push(-1);
    expect(trainer.state.weights[0]).not.toBe(99);
    expect(trainer.state.lossHistory).toHaveLength(3);
    trainer.step();
    expect(snapshot.epoch).toBe(2);
  });

  it('flags divergence instead of producing NaN, and stops stepping', () => {
    const huge = blobs.X.map(([a = 0, b = 0]) => [a * 1e10, b]);
    const trainer = createLogisticTrainer(huge, blobs.y, { learningRate: 1e300, standardize: false });
    const state = trainer.step(10);
    expect(state.diverged).toBe(true);
    expect(state.epoch).toBeLessThan(10);
    expect(trainer.step(5).epoch).toBe(state.epoch);
    expect([...state.weights, state.bias, state.gradientNorm, ...state.lossHistory].every(Number.isFinite)).toBe(true);
    trainer.reset();
    expect(trainer.state.diverged).toBe(false);
  });

  it('rejects bad options, step counts and data with clear errors', () => {
    expect(() => createLogisticTrainer(blobs.X, blobs.y, { learningRate: 0 })).toThrow(/learning rate/);
    expect(() => createLogisticTrainer(blobs.X, blobs.y, { learningRate: Number.NaN })).toThrow(/learning rate/);
    expect(() => createLogisticTrainer(blobs.X, blobs.y, { l2: -0.1 })).toThrow(/L2/);
    expect(() => createLogisticTrainer([], [])).toThrow(/empty/);
    expect(() => createLogisticTrainer([[1], [2]], [0, 3])).toThrow(/0 or 1/);
    const trainer = createLogisticTrainer(blobs.X, blobs.y);
    expect(() => trainer.step(-1)).toThrow(/whole number/);
    expect(() => trainer.step(1.5)).toThrow(/whole number/);
  });
});
