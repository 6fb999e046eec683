// networkGradients against central finite differences, known values, large pre-activations and bad input.
import { describe, expect, it } from 'vitest';
import { HIDDEN_ACTIVATIONS, networkGradients, type HiddenActivation, type NetworkObject } from '../../src/lib/math/network/index.ts';
import { createRng, type Rng } from '../../src/lib/math/random.ts';

// A network with N(0, 1.5²/fanIn) weights and N(0.3, 0.5²) biases: nonzero biases so their gradients are tested
// too, leaning positive so a deep narrow ReLU net keeps some units alive.
function randomNetwork(sizes: number[], hiddenActivation: HiddenActivation, rng: Rng): NetworkObject {
  const layers = sizes.slice(1).map((outputs, l) => ({
    weights: Array.from({ length: outputs }, () => Array.from({ length: sizes[l]! }, () => (1.5 * rng.normal()) / Math.sqrt(sizes[l]!))),
    biases: Array.from({ length: outputs }, () => 0.3 + 0.5 * rng.normal()),
  }));
  return { layers, hiddenActivation };
}

// Eight examples with three features; hard and soft labels.
function randomBatch(rng: Rng): { X: number[][]; y: number[] } {
  const X = Array.from({ length: 8 }, () => Array.from({ length: 3 }, () => rng.normal()));
  return { X, y: [0, 1, 1, 0.3, 0, 1, 0.8, 0] };
}

const lossOf = (network: NetworkObject, X: number[][], y: number[]): number => networkGradients(network, X, y).loss;

// (L(θ + h) − L(θ − h)) / 2h for one parameter, restoring it afterwards.
function centralDifference(network: NetworkObject, X: number[][], y: number[], get: () => number, set: (v: number) => void): number {
  const h = 1e-5;
  const original = get();
  set(original + h);
  const plus = lossOf(network, X, y);
  set(original - h);
  const minus = lossOf(network, X, y);
  set(original);
  return (plus - minus) / (2 * h);
}

// Tolerance: with h = 1e-5 the rounding error of a central difference is about ε·|L|/h ≈ 2e-16 · 1 / 1e-5 = 2e-11
// and its truncation error h²/6·|L‴| ≈ 2e-11·|L‴|, so 1e-9 absolute plus 1e-6 relative leaves a wide margin
// while still resolving first-layer gradients of 1e-7 and more to three digits.
const ABSOLUTE = 1e-9;
const RELATIVE = 1e-6;

// Compares every weight and bias gradient with a central difference and checks the first layer's is not vacuous.
function expectMatchesFiniteDifferences(network: NetworkObject, X: number[][], y: number[]): void {
  const result = networkGradients(network, X, y);
  network.layers.forEach((layer, l) => {
    const grads = result.layers[l]!;
    layer.weights.forEach((row, j) => row.forEach((_, i) => {
      const numeric = centralDifference(network, X, y, () => row[i]!, (v) => { row[i] = v; });
      expect(Math.abs(grads.weightGradients[j]![i]! - numeric)).toBeLessThanOrEqual(ABSOLUTE + RELATIVE * Math.abs(numeric));
    }));
    layer.biases.forEach((_, j) => {
      const numeric = centralDifference(network, X, y, () => layer.biases[j]!, (v) => { layer.biases[j] = v; });
      expect(Math.abs(grads.biasGradients[j]! - numeric)).toBeLessThanOrEqual(ABSOLUTE + RELATIVE * Math.abs(numeric));
    });
  });
  const firstLayerLargest = Math.max(...result.layers[0]!.weightGradients.flat().map(Math.abs));
  expect(firstLayerLargest).toBeGreaterThan(100 * ABSOLUTE);
}

describe('networkGradients matches central finite differences', () => {
  HIDDEN_ACTIVATIONS.forEach((activation, a) => {
    for (const depth of [1, 2, 5, 10]) {
      it(`${activation}, ${depth} hidden layer${depth > 1 ? 's' : ''} of width 4`, () => {
        const rng = createRng(100 * a + depth);
        const network = randomNetwork([3, ...Array.from({ length: depth }, () => 4), 1], activation, rng);
        const { X, y } = randomBatch(rng);
        expectMatchesFiniteDifferences(network, X, y);
      });
    }
    it(`${activation}, odd and uneven widths 5, 2, 3`, () => {
      const rng = createRng(100 * a + 50);
      const network = randomNetwork([3, 5, 2, 3, 1], activation, rng);
      const { X, y } = randomBatch(rng);
      expectMatchesFiniteDifferences(network, X, y);
    });
  });
});

describe('networkGradients known values', () => {
  it('an all-zero network outputs 1/2 and has loss ln 2 for any labels', () => {
    // BCE(1/2, y) = −y ln ½ − (1 − y) ln ½ = ln 2.
    const network: NetworkObject = {
      hiddenActivation: 'tanh',
      layers: [
        { weights: [[0, 0], [0, 0]], biases: [0, 0] },
        { weights: [[0, 0]], biases: [0] },
      ],
    };
    const y = [0, 1, 0.25];
    const result = networkGradients(network, [[1, 2], [-3, 4], [0.5, 0.5]], y);
    expect(result.outputs).toEqual([0.5, 0.5, 0.5]);
    expect(result.loss).toBeCloseTo(Math.LN2, 15);
    // dL/db_out = mean(σ(z) − y) = mean(0.5 − y).
    expect(result.layers[1]!.biasGradients[0]).toBeCloseTo(0.5 - (0 + 1 + 0.25) / 3, 15);
    // tanh(0) = 0 feeds the output, so its weights get no gradient, and zero output weights pass none back.
    expect(result.layers.flatMap((layer) => layer.weightGradients.flat())).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('one sigmoid unit per layer matches the chain rule written out by hand', () => {
    // z1 = w1·x + b1, h = σ(z1), z2 = w2·h + b2; dL/dz2 = σ(z2) − y, dL/dw1 = (σ(z2) − y)·w2·σ′(z1)·x.
    const [w1, b1, w2, b2, x, y] = [0.7, -0.2, -1.3, 0.4, 1.5, 1];
    const sigma = (z: number): number => 1 / (1 + Math.exp(-z));
    const h = sigma(w1 * x + b1);
    const p = sigma(w2 * h + b2);
    const result = networkGradients(
      { hiddenActivation: 'sigmoid', layers: [{ weights: [[w1]], biases: [b1] }, { weights: [[w2]], biases: [b2] }] },
      [[x]], [y],
    );
    expect(result.loss).toBeCloseTo(-Math.log(p), 14);
    expect(result.layers[1]!.weightGradients[0]![0]).toBeCloseTo((p - y) * h, 14);
    expect(result.layers[0]!.weightGradients[0]![0]).toBeCloseTo((p - y) * w2 * h * (1 - h) * x, 14);
    expect(result.layers[0]!.biasGradients[0]).toBeCloseTo((p - y) * w2 * h * (1 - h), 14);
  });

  it('with no hidden layer it is logistic regression: dL/dw = mean((σ(w·x + b) − y)·x)', () => {
    const X = [[1, 2], [-1, 0.5], [3, -2]];
    const y = [1, 0, 0.5];
    const [w, b] = [[0.3, -0.6], 0.1];
    const p = X.map((x) => 1 / (1 + Math.exp(-(w[0]! * x[0]! + w[1]! * x[1]! + b))));
    const result = networkGradients({ hiddenActivation: 'relu', layers: [{ weights: [w], biases: [b] }] }, X, y);
    result.outputs.forEach((output, k) => expect(output).toBeCloseTo(p[k]!, 15));
    for (const i of [0, 1]) {
      const expected = X.reduce((sum, x, k) => sum + (p[k]! - y[k]!) * x[i]!, 0) / X.length;
      expect(result.layers[0]!.weightGradients[0]![i]).toBeCloseTo(expected, 15);
    }
  });

  it('the loss is the mean over the batch, so repeating every example changes nothing', () => {
    const rng = createRng(7);
    const network = randomNetwork([3, 4, 4, 1], 'silu', rng);
    const { X, y } = randomBatch(rng);
    const once = networkGradients(network, X, y);
    const twice = networkGradients(network, [...X, ...X], [...y, ...y]);
    expect(twice.loss).toBeCloseTo(once.loss, 14);
    expect(twice.layers[0]!.weightGradients[1]![2]).toBeCloseTo(once.layers[0]!.weightGradients[1]![2]!, 14);
  });
});

describe('networkGradients with huge pre-activations', () => {
  it('a confidently wrong output logit of 1000 gives loss 1000 and output bias gradient 1', () => {
    // BCE(σ(z), 0) = softplus(z) = z + log1p(e^−z), which is 1000 to double precision.
    const network: NetworkObject = {
      hiddenActivation: 'relu',
      layers: [{ weights: [[1]], biases: [0] }, { weights: [[1]], biases: [0] }],
    };
    const result = networkGradients(network, [[1000]], [0]);
    expect(result.loss).toBe(1000);
    expect(result.outputs).toEqual([1]);
    expect(result.layers[1]!.biasGradients[0]).toBe(1);
    expect(result.layers[0]!.weightGradients[0]![0]).toBe(1000);
  });

  for (const activation of HIDDEN_ACTIVATIONS) {
    it(`${activation}: weights of ±500 keep the loss and every gradient finite`, () => {
      const rng = createRng(11);
      const big = randomNetwork([3, 4, 4, 4, 1], activation, rng);
      for (const layer of big.layers) for (const row of layer.weights) row.forEach((w, i) => { row[i] = 500 * Math.sign(w); });
      const { X, y } = randomBatch(rng);
      const result = networkGradients(big, X, y);
      expect(Number.isFinite(result.loss)).toBe(true);
      expect(result.loss).toBeGreaterThan(0);
      for (const layer of result.layers) {
        expect([...layer.weightGradients.flat(), ...layer.biasGradients].every(Number.isFinite)).toBe(true);
      }
      expect(result.outputs.every((p) => p >= 0 && p <= 1)).toBe(true);
    });
  }
});

describe('networkGradients rejects bad input with a clear error', () => {
  const network = (): NetworkObject => ({
    hiddenActivation: 'tanh',
    layers: [{ weights: [[1, 2], [3, 4]], biases: [0, 0] }, { weights: [[1, 1]], biases: [0] }],
  });
  const cases: Array<[string, () => unknown, RegExp]> = [
    ['an empty batch', () => networkGradients(network(), [], []), /empty/],
    ['rows of the wrong width', () => networkGradients(network(), [[1, 2, 3]], [1]), /3 features.*takes 2/],
    ['more labels than rows', () => networkGradients(network(), [[1, 2]], [1, 0]), /1 rows but y has 2/],
    ['a NaN feature', () => networkGradients(network(), [[1, Number.NaN]], [1]), /non-finite/],
    ['an infinite feature', () => networkGradients(network(), [[Infinity, 1]], [1]), /non-finite/],
    ['a label above 1', () => networkGradients(network(), [[1, 2]], [2]), /\[0, 1\]/],
    ['a negative label', () => networkGradients(network(), [[1, 2]], [-0.1]), /\[0, 1\]/],
    ['a NaN label', () => networkGradients(network(), [[1, 2]], [Number.NaN]), /\[0, 1\]/],
    ['layers that do not chain', () => {
      const bad = network();
      bad.layers[1]!.weights = [[1, 1, 1]];
      return networkGradients(bad, [[1, 2]], [1]);
    }, /takes 3 inputs but layer 0 has 2 outputs/],
    ['biases that do not match the rows', () => {
      const bad = network();
      bad.layers[0]!.biases = [0];
      return networkGradients(bad, [[1, 2]], [1]);
    }, /2 weight rows but 1 biases/],
    ['a ragged weight matrix', () => {
      const bad = network();
      bad.layers[0]!.weights = [[1, 2], [3]];
      return networkGradients(bad, [[1, 2]], [1]);
    }, /row 1 has 1 columns, expected 2/],
    ['two output units', () => {
      const bad = network();
      bad.layers[1] = { weights: [[1, 1], [1, 1]], biases: [0, 0] };
      return networkGradients(bad, [[1, 2]], [1]);
    }, /exactly one output unit/],
    ['a non-finite weight', () => {
      const bad = network();
      bad.layers[0]!.weights[0]![0] = Number.NaN;
      return networkGradients(bad, [[1, 2]], [1]);
    }, /non-finite/],
    ['an unknown activation', () => networkGradients({ ...network(), hiddenActivation: 'gelu' as HiddenActivation }, [[1, 2]], [1]), /Unknown hidden activation/],
    ['no layers', () => networkGradients({ hiddenActivation: 'relu', layers: [] }, [[1, 2]], [1]), /at least one layer/],
  ];
  for (const [name, call, message] of cases) {
    it(`throws on ${name}`, () => expect(call).toThrow(message));
  }
});
