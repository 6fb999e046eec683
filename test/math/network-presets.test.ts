// The vanishing-gradients lesson's claims, on its own seeded presets: deep sigmoid stacks starve their first
// layer of gradient and stay at chance on XOR; one sigmoid layer, or nine ReLU layers with He init, learn it.
import { describe, expect, it } from 'vitest';
import { makeXor } from '../../src/lib/math/datasets.ts';
import { cloneNetwork, createNetwork, createTrainer, PRESETS, presetTrainer, toNetworkObject } from '../../src/lib/math/network/index.ts';

describe('vanishing gradients', () => {
  it("with 9 sigmoid layers the first layer's gradient is at least 100× smaller than the last layer's", () => {
    for (const init of ['uniform', 'normal'] as const) {
      const network = createNetwork({ ...PRESETS.deepSigmoid.network, init });
      const trainer = createTrainer(network, makeXor(PRESETS.deepSigmoid.data), { name: 'sgd', learningRate: 0.1 });
      trainer.step();
      const norms = trainer.gradientNorms();
      expect(norms).toHaveLength(10);
      expect(norms[0]! * 100).toBeLessThan(norms[9]!);
      expect(norms[0]! * 100).toBeLessThan(norms[8]!);
    }
  });

  it('with 1 sigmoid layer the two layers get gradients of a similar size', () => {
    const { trainer } = presetTrainer(PRESETS.shallowSigmoid);
    trainer.step();
    const [first, last] = trainer.gradientNorms();
    expect(first! * 100).toBeGreaterThan(last!);
  });
});

describe('the lesson presets on 400 XOR points', () => {
  const train = (preset: (typeof PRESETS)[keyof typeof PRESETS]) => {
    const { trainer } = presetTrainer(preset);
    trainer.step(preset.training.epochs);
    return trainer;
  };

  it('"9 sigmoid layers" stays near chance: accuracy within 0.1 of 0.5 and loss near ln 2', () => {
    const { trainer } = presetTrainer(PRESETS.deepSigmoid);
    const before = toNetworkObject(cloneNetwork(trainer.network));
    trainer.step(PRESETS.deepSigmoid.training.epochs);
    const { accuracy, loss } = trainer.evaluate();
    expect(Math.abs(accuracy - 0.5)).toBeLessThan(0.1);
    // ln 2 ≈ 0.693 is the loss of always answering 1/2.
    expect(loss).toBeGreaterThan(0.68);
    // The first layer's weights hardly moved next to the output layer's: ‖ΔW‖ / ‖W‖ over 100× smaller.
    const after = trainer.toNetworkObject();
    const moved = (l: number): number => {
      const start = before.layers[l]!.weights.flat();
      const change = after.layers[l]!.weights.flat().map((w, k) => w - start[k]!);
      return Math.hypot(...change) / Math.hypot(...start);
    };
    expect(moved(0) * 100).toBeLessThan(moved(after.layers.length - 1));
  }, 60_000);

  it('"1 sigmoid layer" learns XOR: accuracy at least 0.95', () => {
    expect(train(PRESETS.shallowSigmoid).evaluate().accuracy).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  it('"9 ReLU layers, He init, sigmoid output" learns XOR: accuracy at least 0.95', () => {
    expect(train(PRESETS.deepRelu).evaluate().accuracy).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
