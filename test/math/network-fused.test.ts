// The engine's fused kernels against the math module's own functions, and the blocked forward/backward passes
// against a plain textbook implementation: same numbers within 1e-12 for every activation and layer shape.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sigmoid } from '../../src/lib/math/activations.ts';
import { binaryCrossEntropyWithLogits } from '../../src/lib/math/losses.ts';
import {
  activationFunctions, backward, createNetwork, createWorkspace, forward, HIDDEN_ACTIVATIONS, loadRows, toNetworkObject,
  type HiddenActivation, type NetworkObject,
} from '../../src/lib/math/network/index.ts';
import { activateWithSlope } from '../../src/lib/math/network/activation-table.ts';
import { expNegative } from '../../src/lib/math/network/exp-negative.ts';
import { createRng } from '../../src/lib/math/random.ts';

// |a − b| ≤ 1e-12 · max(1, |b|); NaN only where the reference is NaN.
function expectClose(actual: number, expected: number): void {
  if (Number.isNaN(expected)) {
    expect(actual).toBeNaN();
    return;
  }
  if (!Number.isFinite(expected)) {
    expect(actual).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
}

const EDGES = [0, -0, 1e-300, -1e-300, 0.5, -0.5, 1, -1, 20, -20, 37, -37, 349, -349, 351, -351, 400, -400, 707, -707, 708,
  -708, -709, 750, -750, 1e308, -1e308, Infinity, -Infinity, Number.NaN];

// The gap between v and the next double up.
function ulp(v: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0) - v;
}

describe('expNegative', () => {
  it('is within 1 ulp of Math.exp on [-708, 0], most of all where sigmoid units live', () => {
    const xs = [
      ...fc.sample(fc.double({ min: -708, max: 0, noNaN: true }), 5000),
      ...fc.sample(fc.double({ min: -20, max: 0, noNaN: true }), 5000),
      -708, -707.99, -Math.LN2 / 128, -Math.LN2 / 64, -Math.LN2, -1, -1e-300,
    ];
    for (const x of xs) expect(Math.abs(expNegative(x) - Math.exp(x))).toBeLessThanOrEqual(ulp(Math.exp(x)));
  });

  it('is exact at 0 and hands everything outside [-708, 0] to Math.exp', () => {
    for (const x of [0, -0, -708.5, -745, -800, -Infinity, Number.NaN, 1, 709, Infinity]) expect(expNegative(x)).toBe(Math.exp(x));
  });
});

describe('the fused activation kernels', () => {
  for (const name of HIDDEN_ACTIVATIONS) {
    it(`${name}: value and slope equal the math module's function and derivative within 1e-12, edges included`, () => {
      const randomZ = fc.sample(fc.double({ min: -60, max: 60, noNaN: true }), 2000);
      const z = Float64Array.from([...EDGES, ...randomZ]);
      // Written at an offset, to check from/count are honoured and nothing outside is touched.
      const h = new Float64Array(z.length + 4).fill(7);
      const slope = new Float64Array(z.length + 4).fill(7);
      const shifted = new Float64Array(z.length + 4);
      shifted.set(z, 2);
      activateWithSlope(name, shifted, h, slope, 2, z.length);
      const { value, derivative } = activationFunctions[name];
      z.forEach((x, k) => {
        expectClose(h[k + 2]!, value(x));
        expectClose(slope[k + 2]!, derivative(x));
      });
      expect([h[0], h[1], h.at(-1), h.at(-2), slope[0], slope.at(-1)]).toEqual([7, 7, 7, 7, 7, 7]);
      // Without a slope array, the same activations.
      const alone = new Float64Array(z.length + 4);
      activateWithSlope(name, shifted, alone, null, 2, z.length);
      expect(Array.from(alone.subarray(2, 2 + z.length))).toEqual(Array.from(h.subarray(2, 2 + z.length)));
    });
  }
});

// The textbook passes on a plain network object, one example at a time, with f and f′ from the math module.
function referencePasses(network: NetworkObject, X: number[][], y: number[]) {
  const { value, derivative } = activationFunctions[network.hiddenActivation];
  const last = network.layers.length - 1;
  const gradients = network.layers.map((layer) => ({
    weights: layer.weights.map((row) => row.map(() => 0)),
    biases: layer.biases.map(() => 0),
  }));
  let loss = 0;
  const outputs: number[] = [];
  X.forEach((x, b) => {
    const zs: number[][] = [];
    const hs: number[][] = [x];
    network.layers.forEach((layer, l) => {
      const z = layer.weights.map((row, j) => row.reduce((sum, w, i) => sum + w * hs[l]![i]!, layer.biases[j]!));
      zs.push(z);
      hs.push(l === last ? z.map(sigmoid) : z.map(value));
    });
    const logit = zs[last]![0]!;
    loss += binaryCrossEntropyWithLogits(logit, y[b]!);
    outputs.push(hs[last + 1]![0]!);
    let delta = [(sigmoid(logit) - y[b]!) / X.length];
    for (let l = last; l >= 0; l--) {
      const layer = network.layers[l]!;
      delta.forEach((d, j) => {
        gradients[l]!.biases[j]! += d;
        hs[l]!.forEach((h, i) => {
          gradients[l]!.weights[j]![i]! += d * h;
        });
      });
      if (l > 0) {
        delta = hs[l]!.map((_, i) => delta.reduce((sum, d, j) => sum + layer.weights[j]![i]! * d, 0) * derivative(zs[l - 1]![i]!));
      }
    }
  });
  return { loss: loss / X.length, outputs, gradients };
}

describe('the blocked forward and backward passes', () => {
  // Widths that exercise every block size: 8 + 4 + 1 = 13 inputs, 9 = 8 + 1, 3, and width 1.
  const shapes: Array<{ inputSize: number; width: number; hiddenLayers: number }> = [
    { inputSize: 2, width: 8, hiddenLayers: 9 },
    { inputSize: 13, width: 9, hiddenLayers: 3 },
    { inputSize: 3, width: 1, hiddenLayers: 2 },
    { inputSize: 5, width: 16, hiddenLayers: 2 },
  ];
  for (const activation of HIDDEN_ACTIVATIONS) {
    it(`${activation}: loss, outputs and every gradient equal the textbook passes within 1e-12`, () => {
      shapes.forEach((shape, s) => {
        const network = createNetwork({ ...shape, activation: activation as HiddenActivation, init: 'normal', seed: 11 + s });
        const rng = createRng(40 + s);
        const rows = 37;
        const X = Array.from({ length: rows }, () => Array.from({ length: shape.inputSize }, () => 2 * rng.normal()));
        const y = Array.from({ length: rows }, (_, b) => (b % 3 === 0 ? 0.25 : b % 2));
        const reference = referencePasses(toNetworkObject(network), X, y);
        const workspace = createWorkspace(network, rows);
        loadRows(workspace, X, y, Array.from({ length: rows }, (_, b) => b), rows);
        expectClose(forward(network, workspace, rows), reference.loss);
        backward(network, workspace, rows);
        const outputs = workspace.h[workspace.h.length - 1]!;
        reference.outputs.forEach((p, b) => expectClose(outputs[b]!, p));
        reference.gradients.forEach((layer, l) => {
          layer.weights.forEach((row, j) => row.forEach((g, i) => {
            expectClose(workspace.gradients[network.weightOffsets[l]! + j * network.sizes[l]! + i]!, g);
          }));
          layer.biases.forEach((g, j) => expectClose(workspace.gradients[network.biasOffsets[l]! + j]!, g));
        });
      });
    });
  }

  it('a forward pass without slopes gives the same loss and activations as one with', () => {
    const network = createNetwork({ inputSize: 2, width: 8, hiddenLayers: 4, activation: 'sigmoid', init: 'uniform', seed: 3 });
    const X = Array.from({ length: 10 }, (_, b) => [Math.sin(b), Math.cos(3 * b)]);
    const y = X.map((_, b) => b % 2);
    const run = (slopes: boolean) => {
      const workspace = createWorkspace(network, 10);
      loadRows(workspace, X, y, Array.from({ length: 10 }, (_, b) => b), 10);
      return { loss: forward(network, workspace, 10, slopes), h: workspace.h.map((layer) => Array.from(layer)) };
    };
    expect(run(false)).toEqual(run(true));
  });
});
