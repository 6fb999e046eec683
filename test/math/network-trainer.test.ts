// The flat engine and trainer: same gradients as networkGradients, optimizer rules, seeded determinism,
// initialiser scales, conversions, prediction and evaluation.
import { describe, expect, it } from 'vitest';
import { makeXor } from '../../src/lib/math/datasets.ts';
import {
  cloneNetwork, createNetwork, createOptimizer, createTrainer, fromNetworkObject, networkGradients, toNetworkObject,
  type NetworkConfig,
} from '../../src/lib/math/network/index.ts';

const config: NetworkConfig = { inputSize: 2, hiddenLayers: 3, width: 5, activation: 'tanh', init: 'xavier', seed: 3 };
const data = makeXor({ n: 60, seed: 2, noise: 0.1 });

const l2 = (values: number[]): number => Math.sqrt(values.reduce((sum, v) => sum + v * v, 0));

describe('the flat trainer', () => {
  for (const activation of ['sigmoid', 'relu', 'silu'] as const) {
    it(`uses exactly networkGradients' gradient for a full-batch ${activation} step`, () => {
      const network = createNetwork({ ...config, activation });
      const before = toNetworkObject(network);
      const trainer = createTrainer(network, data, { name: 'sgd', learningRate: 0.1 });
      trainer.step();
      const reference = networkGradients(before, data.X, data.y);
      const flatReference = fromNetworkObject({
        hiddenActivation: activation,
        layers: reference.layers.map((layer) => ({ weights: layer.weightGradients, biases: layer.biasGradients })),
      }).params;
      const gradients = trainer.gradients();
      flatReference.forEach((g, k) => expect(gradients[k]).toBeCloseTo(g, 14));
      expect(trainer.history.loss[0]).toBeCloseTo(reference.loss, 14);
      // Each layer's recorded norm is the L2 norm of that layer's weight gradient.
      trainer.gradientNorms().forEach((norm, l) => expect(norm).toBeCloseTo(l2(reference.layers[l]!.weightGradients.flat()), 14));
      // Plain SGD: θ₁ = θ₀ − η·g.
      const start = fromNetworkObject(before).params;
      network.params.forEach((p, k) => expect(p).toBeCloseTo(start[k]! - 0.1 * flatReference[k]!, 14));
    });
  }

  it('is deterministic for a seed, mini-batch shuffling included, and differs between seeds', () => {
    const run = (seed: number, shuffleSeed: number) => {
      const trainer = createTrainer(createNetwork({ ...config, seed }), data, { name: 'adam', learningRate: 0.01, batchSize: 16, shuffleSeed });
      trainer.step(5);
      return { params: Array.from(trainer.network.params), loss: [...trainer.history.loss] };
    };
    expect(run(4, 9)).toEqual(run(4, 9));
    expect(run(4, 9).params).not.toEqual(run(5, 9).params);
    expect(run(4, 9).params).not.toEqual(run(4, 10).params);
  });

  it('lowers the loss and records one history entry per epoch and layer', () => {
    const trainer = createTrainer(createNetwork(config), data, { name: 'momentum', learningRate: 0.1, batchSize: 20 });
    const start = trainer.evaluate().loss;
    trainer.step(30);
    expect(trainer.epoch).toBe(30);
    expect(trainer.history.loss).toHaveLength(30);
    expect(trainer.history.gradientNorms).toHaveLength(config.hiddenLayers + 1);
    for (const series of trainer.history.gradientNorms) expect(series).toHaveLength(30);
    expect(trainer.evaluate().loss).toBeLessThan(0.8 * start);
  });

  it('hands its history over once: takeHistory returns the epochs since the last take and keeps none of them', () => {
    const trainer = createTrainer(createNetwork(config), data, { name: 'sgd', learningRate: 0.1 });
    const untaken = createTrainer(createNetwork(config), data, { name: 'sgd', learningRate: 0.1 });
    untaken.step(25);
    trainer.step(10);
    const first = trainer.takeHistory();
    expect(first.fromEpoch).toBe(1);
    expect(trainer.history).toMatchObject({ fromEpoch: 11, loss: [] });
    trainer.step(15);
    const second = trainer.takeHistory();
    expect(second.fromEpoch).toBe(11);
    expect([...first.loss, ...second.loss]).toEqual(untaken.history.loss);
    second.gradientNorms.forEach((layer, l) => expect([...first.gradientNorms[l]!, ...layer]).toEqual(untaken.history.gradientNorms[l]));
    expect(trainer.takeHistory()).toMatchObject({ fromEpoch: 26, loss: [] });
  });

  it('evaluates and predicts with the same numbers networkGradients gives', () => {
    const trainer = createTrainer(createNetwork(config), data, { name: 'adam', learningRate: 0.01 });
    trainer.step(20);
    const reference = networkGradients(trainer.toNetworkObject(), data.X, data.y);
    const evaluation = trainer.evaluate();
    expect(evaluation.loss).toBeCloseTo(reference.loss, 14);
    const correct = reference.outputs.filter((p, b) => (p >= 0.5) === (data.y[b]! >= 0.5)).length;
    expect(evaluation.accuracy).toBe(correct / data.y.length);
    Array.from(trainer.predict(data.X)).forEach((p, b) => expect(p).toBeCloseTo(reference.outputs[b]!, 15));
    expect(trainer.predict([])).toHaveLength(0);
  });

  it('reports activation stats and a histogram of the latest batch', () => {
    const trainer = createTrainer(createNetwork({ ...config, activation: 'sigmoid', init: 'normal' }), data, { name: 'sgd', learningRate: 0.1 });
    trainer.step();
    const stats = trainer.activationStats();
    expect(stats).toHaveLength(config.hiddenLayers);
    for (const layer of stats) {
      expect(layer.mean).toBeGreaterThan(0);
      expect(layer.mean).toBeLessThan(1);
      expect(layer.saturated).not.toBeNull();
      expect(layer.dead).toBeNull();
    }
    const histogram = trainer.activationHistogram(1, 10);
    expect(histogram.edges[0]).toBe(0);
    expect(histogram.edges[10]).toBe(1);
    expect(histogram.counts.reduce((a, b) => a + b, 0)).toBe(data.X.length * config.width);
    expect(() => trainer.activationHistogram(config.hiddenLayers, 10)).toThrow(/hidden layer index/);
  });

  it('has activation stats before the first step, from a forward pass over the first batch', () => {
    const trainer = createTrainer(createNetwork({ ...config, activation: 'relu', init: 'he' }), data, { name: 'sgd', learningRate: 0.1, batchSize: 16 });
    const stats = trainer.activationStats();
    expect(stats).toHaveLength(config.hiddenLayers);
    for (const layer of stats) {
      expect(Number.isFinite(layer.mean) && Number.isFinite(layer.std)).toBe(true);
      expect(layer.dead).toBeGreaterThanOrEqual(0);
      expect(layer.dead).toBeLessThanOrEqual(1);
    }
    expect(trainer.activationHistogram(0, 5).counts.reduce((a, b) => a + b, 0)).toBe(16 * config.width);
    expect(trainer.epoch).toBe(0);
  });

  it('rejects bad options and bad data', () => {
    const network = createNetwork(config);
    expect(() => createTrainer(network, data, { name: 'sgd', learningRate: 0 })).toThrow(/learningRate/);
    expect(() => createTrainer(network, data, { name: 'rmsprop' as 'sgd', learningRate: 0.1 })).toThrow(/Unknown optimizer/);
    expect(() => createTrainer(network, data, { name: 'sgd', learningRate: 0.1, batchSize: 0 })).toThrow(/batchSize/);
    expect(() => createTrainer(network, { X: [[1, 2, 3]], y: [1] }, { name: 'sgd', learningRate: 0.1 })).toThrow(/features/);
    const trainer = createTrainer(network, data, { name: 'sgd', learningRate: 0.1 });
    expect(() => trainer.step(-1)).toThrow(/epochs/);
    expect(() => trainer.predict([[Number.NaN, 0]])).toThrow(/non-finite/);
  });
});

describe('optimizers', () => {
  it('momentum adds up a constant gradient: after two steps θ = θ₀ − ηg(2 + μ)', () => {
    const params = Float64Array.of(1, -2);
    const grads = Float64Array.of(0.5, -1);
    const optimizer = createOptimizer({ name: 'momentum', learningRate: 0.1, momentum: 0.9 }, 2);
    optimizer.update(params, grads);
    optimizer.update(params, grads);
    expect(params[0]).toBeCloseTo(1 - 0.1 * 0.5 * 2.9, 15);
    expect(params[1]).toBeCloseTo(-2 + 0.1 * 1 * 2.9, 15);
  });

  it("Adam's first step is η·g / (|g| + ε) whatever the gradient's scale (Kingma & Ba 2015, §2.1)", () => {
    const params = Float64Array.of(0, 0, 0);
    const grads = Float64Array.of(1e-6, -3, 200);
    createOptimizer({ name: 'adam', learningRate: 0.01 }, 3).update(params, grads);
    grads.forEach((g, k) => expect(params[k]).toBeCloseTo((-0.01 * g) / (Math.abs(g) + 1e-8), 15));
  });
});

describe('initialisers and conversions', () => {
  const wide = (init: NetworkConfig['init'], seed = 1) =>
    createNetwork({ inputSize: 300, hiddenLayers: 1, width: 200, activation: 'relu', init, seed });
  const firstLayerWeights = (network: ReturnType<typeof wide>): number[] => toNetworkObject(network).layers[0]!.weights.flat();
  const std = (values: number[]): number => {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
  };

  // 60,000 draws: the sample std's standard error is about √(1/2n) ≈ 0.3% of the true std, so 2% is ~7 errors.
  const cases: Array<[NetworkConfig['init'], number, number]> = [
    ['uniform', 1 / Math.sqrt(3), 1], // U(−1, 1) has std 1/√3
    ['normal', 1, Infinity],
    ['xavier', Math.sqrt(6 / 500) / Math.sqrt(3), Math.sqrt(6 / 500)], // Glorot & Bengio 2010, eq. 16
    ['he', Math.sqrt(2 / 300), Infinity], // He et al. 2015, std √(2 / fanIn)
  ];
  for (const [init, expectedStd, bound] of cases) {
    it(`${init} draws weights with std ${expectedStd.toFixed(4)} and zero biases`, () => {
      const network = wide(init);
      const weights = firstLayerWeights(network);
      expect(Math.abs(std(weights) / expectedStd - 1)).toBeLessThan(0.02);
      expect(weights.reduce((largest, w) => Math.max(largest, Math.abs(w)), 0)).toBeLessThanOrEqual(bound);
      expect(toNetworkObject(network).layers.every((layer) => layer.biases.every((b) => b === 0))).toBe(true);
      const same = (other: ReturnType<typeof wide>): boolean => other.params.every((p, k) => p === network.params[k]);
      expect(same(wide(init))).toBe(true);
      expect(same(wide(init, 2))).toBe(false);
    });
  }

  it('round-trips between the flat form and the plain object', () => {
    const network = createNetwork(config);
    const back = fromNetworkObject(toNetworkObject(network));
    expect(back.sizes).toEqual([2, 5, 5, 5, 1]);
    expect(Array.from(back.params)).toEqual(Array.from(network.params));
    const copy = cloneNetwork(network);
    copy.params[0] = 42;
    expect(network.params[0]).not.toBe(42);
  });

  it('rejects configs outside the lab bounds', () => {
    expect(() => createNetwork({ ...config, hiddenLayers: 13 })).toThrow(/1 to 12/);
    expect(() => createNetwork({ ...config, hiddenLayers: 0 })).toThrow(/1 to 12/);
    expect(() => createNetwork({ ...config, width: 2.5 })).toThrow(/width/);
    expect(() => createNetwork({ ...config, init: 'orthogonal' as 'he' })).toThrow(/initialiser/);
    expect(() => createNetwork({ ...config, activation: 'gelu' as 'relu' })).toThrow(/activation/);
  });
});
