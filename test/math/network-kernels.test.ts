// The engine's WebAssembly kernels (src/lib/math/network/kernels.wat): the committed binary is what the source
// assembles to, the engine really uses it where WebAssembly runs, it gives the same bits as the JavaScript loops
// for every activation, layer shape and batch size (odd ones included), and the engine falls back to JavaScript
// when WebAssembly is missing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { assembleKernels, kernelsModuleSource } from '../../scripts/kernels-assemble.ts';
import {
  backward, createNetwork, createWorkspace, forward, HIDDEN_ACTIVATIONS, loadRows, type Backend, type FlatNetwork,
} from '../../src/lib/math/network/index.ts';
import { createRng } from '../../src/lib/math/random.ts';
import { activateWithSlope } from '../../src/lib/math/network/activation-table.ts';
import { KERNEL_TABLE_BYTES, kernelsFor } from '../../src/lib/math/network/kernels.ts';

const NETWORK_DIR = new URL('../../src/lib/math/network/', import.meta.url);

// One forward and backward pass, then a plain gradient step, repeated: any difference in a bit would grow.
function train(network: FlatNetwork, backend: Backend, X: number[][], y: number[], steps: number) {
  const rows = X.length;
  const workspace = createWorkspace(network, rows, backend);
  loadRows(workspace, X, y, Array.from({ length: rows }, (_, b) => b), rows);
  const losses: number[] = [];
  for (let s = 0; s < steps; s++) {
    losses.push(forward(network, workspace, rows));
    backward(network, workspace, rows);
    for (let p = 0; p < network.params.length; p++) network.params[p] = network.params[p]! - 0.3 * workspace.gradients[p]!;
  }
  return { losses, params: Array.from(network.params), z: workspace.z.map((layer) => Array.from(layer)), gradients: Array.from(workspace.gradients) };
}

describe('the WebAssembly kernels', () => {
  it('kernels-wasm.ts holds exactly what kernels.wat assembles to (run npm run kernels after editing the .wat)', async () => {
    const wat = readFileSync(fileURLToPath(new URL('kernels.wat', NETWORK_DIR)), 'utf8');
    const committed = readFileSync(fileURLToPath(new URL('kernels-wasm.ts', NETWORK_DIR)), 'utf8');
    expect(committed).toBe(kernelsModuleSource(await assembleKernels(wat)));
  });

  it('are what a workspace runs on where WebAssembly is available, and not when JavaScript is asked for', () => {
    const network = createNetwork({ inputSize: 2, width: 8, hiddenLayers: 3, activation: 'sigmoid', init: 'uniform', seed: 1 });
    expect(createWorkspace(network, 10).kernels).not.toBeNull();
    expect(createWorkspace(network, 10, 'javascript').kernels).toBeNull();
  });

  it('the sigmoid kernel gives the bits of the JavaScript one everywhere: tails, the exp table edges, ±0, NaN', () => {
    const z = Float64Array.from([
      0, -0, 1e-300, -1e-300, 5e-324, 0.5, -0.5, 1, -1, 20, -20, 36.7, -36.7, 707.9, -707.9, 708, -708, 708.1, -708.1,
      745, -745, 800, -800, 1e308, -1e308, Infinity, -Infinity, Number.NaN,
      ...Array.from({ length: 64 }, (_, j) => -(j + 0.5) * (Math.LN2 / 64)),
      ...fc.sample(fc.double({ min: -60, max: 60, noNaN: true }), 3000),
      ...fc.sample(fc.double({ noNaN: true }), 1000),
    ]);
    const n = z.length;
    const wasm = kernelsFor(3 * n * 8)!;
    const memory = (offset: number) => new Float64Array(wasm.memory.buffer, KERNEL_TABLE_BYTES + offset * n * 8, n);
    memory(0).set(z);
    wasm.kernels.sigmoid(KERNEL_TABLE_BYTES, KERNEL_TABLE_BYTES + n * 8, KERNEL_TABLE_BYTES + 2 * n * 8, n);
    const h = new Float64Array(n);
    const slope = new Float64Array(n);
    activateWithSlope('sigmoid', z, h, slope, 0, n);
    const same = (a: Float64Array, b: Float64Array) => a.every((v, k) => Object.is(v, b[k]));
    expect(same(memory(1), h)).toBe(true);
    expect(same(memory(2), slope)).toBe(true);
    // Without a slope array (address 0) only h is written.
    memory(1).fill(7);
    memory(2).fill(7);
    wasm.kernels.sigmoid(KERNEL_TABLE_BYTES, KERNEL_TABLE_BYTES + n * 8, 0, n);
    expect(same(memory(1), h)).toBe(true);
    expect(memory(2).every((v) => v === 7)).toBe(true);
  });

  it('give the same bits as the JavaScript loops for any activation, shape and batch size', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HIDDEN_ACTIVATIONS),
        fc.integer({ min: 1, max: 6 }), // inputs: below, at and above a block of 4
        fc.integer({ min: 1, max: 13 }), // width
        fc.integer({ min: 1, max: 10 }), // hidden layers
        fc.integer({ min: 1, max: 41 }), // rows, odd and even
        fc.integer({ min: 1, max: 1000 }), // seed
        (activation, inputSize, width, hiddenLayers, rows, seed) => {
          const config = { inputSize, width, hiddenLayers, activation, init: 'normal' as const, seed };
          const rng = createRng(seed);
          const X = Array.from({ length: rows }, () => Array.from({ length: inputSize }, () => 2 * rng.normal()));
          const y = Array.from({ length: rows }, () => (rng.uniform() < 0.5 ? 0 : 1));
          const wasm = train(createNetwork(config), 'auto', X, y, 3);
          const js = train(createNetwork(config), 'javascript', X, y, 3);
          // toEqual would let 0 and -0 pass as equal; Object.is per value does not.
          const same = (a: number[], b: number[]) => a.length === b.length && a.every((v, k) => Object.is(v, b[k]));
          return same(wasm.losses, js.losses) && same(wasm.params, js.params) && same(wasm.gradients, js.gradients)
            && wasm.z.every((layer, l) => same(layer, js.z[l]!));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('without WebAssembly', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('an engine imported without kernels-wasm.ts (as the saturation widget is) runs in JavaScript', async () => {
    vi.resetModules();
    const { createWorkspace: create } = await import('../../src/lib/math/network/forward-backward.ts');
    const { createNetwork: build } = await import('../../src/lib/math/network/init.ts');
    const network = build({ inputSize: 2, width: 4, hiddenLayers: 2, activation: 'relu', init: 'he', seed: 2 });
    expect(create(network, 5).kernels).toBeNull();
  });

  it('a workspace runs in JavaScript and trains to the same numbers', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    vi.resetModules();
    const engine = await import('../../src/lib/math/network/index.ts');
    const config = { inputSize: 2, width: 5, hiddenLayers: 4, activation: 'tanh' as const, init: 'xavier' as const, seed: 9 };
    const X = Array.from({ length: 9 }, (_, b) => [Math.sin(b), Math.cos(2 * b)]);
    const y = X.map((_, b) => b % 2);
    const network = engine.createNetwork(config);
    const workspace = engine.createWorkspace(network, X.length);
    expect(workspace.kernels).toBeNull();
    engine.loadRows(workspace, X, y, X.map((_, b) => b), X.length);
    const loss = engine.forward(network, workspace, X.length);
    engine.backward(network, workspace, X.length);
    vi.unstubAllGlobals();
    const reference = train(createNetwork(config), 'auto', X, y, 1);
    expect(Object.is(loss, reference.losses[0])).toBe(true);
    expect(Array.from(workspace.gradients)).toEqual(reference.gradients);
  });
});
