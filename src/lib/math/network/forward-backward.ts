// Forward and backward passes over a batch, written over flat Float64Arrays held in a workspace that is
// allocated once for a batch size, so a training step allocates nothing. The forward pass stores each hidden
// layer's slope f′(z) next to its activations (one exponential per sigmoid unit serves both), so the backward
// pass multiplies by a stored number instead of evaluating f′ again.
//
// The three dense loops (z = W·h + b, the weight gradients, δ through Wᵀ) and sigmoid units run in WebAssembly
// (the loops with SIMD) when the workspace could be placed in a WebAssembly memory (kernels.ts), and otherwise in
// the JavaScript below and in activation-table.ts, which do the same operations in the same order: either way the
// results are the same bits.
import { sigmoid } from '../activations.ts';
import { binaryCrossEntropyWithLogits } from '../losses.ts';
import { activateWithSlope } from './activation-table.ts';
import { KERNEL_TABLE_BYTES, kernelsFor, type Kernels } from './kernels.ts';
import { layerCount } from './layout.ts';
import type { FlatNetwork } from './types.ts';

/**
 * Buffers for up to `capacity` examples. For a batch of `rows` examples, a layer's values are stored unit by
 * unit: unit j of example b sits at j·rows + b, so every inner loop runs along the batch over adjacent memory.
 */
export interface Workspace {
  readonly capacity: number;
  /** Input features, capacity × sizes[0]. */
  readonly input: Float64Array;
  /** Labels, one per example. */
  readonly labels: Float64Array;
  /** Pre-activations z of each layer (the last is the output logit). */
  readonly z: Float64Array[];
  /** Activations h of each layer (the last is the output probability σ(z)). */
  readonly h: Float64Array[];
  /** f′(z) of each hidden layer, written by forward() for backward(). */
  readonly slope: Float64Array[];
  /** dLoss/dz for the current and the previous layer, swapped as backpropagation moves down. */
  readonly delta: [Float64Array, Float64Array];
  /** dLoss/dparams, laid out like network.params. */
  readonly gradients: Float64Array;
  /**
   * The WebAssembly loops and, beside the other arrays in their memory, the copy of network.params they read
   * (refreshed by every forward and backward call); null when the workspace runs in JavaScript.
   */
  readonly kernels: { readonly run: Kernels; readonly params: Float64Array } | null;
}

export type Backend = 'auto' | 'javascript';

/**
 * Buffers for a batch of up to `capacity` examples. With `backend` 'auto' (the default) they are views on one
 * WebAssembly memory that the kernels work in, where WebAssembly is available; 'javascript' keeps them as plain
 * arrays and runs every loop in JavaScript (the tests compare the two).
 */
export function createWorkspace(network: FlatNetwork, capacity: number, backend: Backend = 'auto'): Workspace {
  if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`Batch capacity must be a positive integer, got ${capacity}.`);
  const widths = network.sizes.slice(1);
  const widest = Math.max(...widths);
  const parameters = network.params.length;
  // Per example: the inputs, a label, z and h of every layer, the hidden layers' slopes, two rows of δ; then the
  // gradients and the kernels' copy of the parameters.
  const perExample = network.sizes[0]! + 1 + 3 * widths.reduce((sum, width) => sum + width, 0) - widths.at(-1)! + 2 * widest;
  const total = capacity * perExample + 2 * parameters;
  const wasm = backend === 'auto' ? kernelsFor(total * Float64Array.BYTES_PER_ELEMENT) : null;
  let at = KERNEL_TABLE_BYTES;
  const take = (length: number): Float64Array => {
    const array = wasm === null ? new Float64Array(length) : new Float64Array(wasm.memory.buffer, at, length);
    at += length * Float64Array.BYTES_PER_ELEMENT;
    return array;
  };
  const input = take(capacity * network.sizes[0]!);
  const labels = take(capacity);
  const z = widths.map((width) => take(capacity * width));
  const h = widths.map((width) => take(capacity * width));
  const slope = widths.slice(0, -1).map((width) => take(capacity * width));
  const delta: [Float64Array, Float64Array] = [take(capacity * widest), take(capacity * widest)];
  const gradients = take(parameters);
  return { capacity, input, labels, z, h, slope, delta, gradients, kernels: wasm === null ? null : { run: wasm.kernels, params: take(parameters) } };
}

// z = W·h + b for `rows` examples of one layer. Each output's row of z starts at its bias and adds the inputs in
// order, w₀h₀ first; blocks of 8, 4 and 1 inputs keep their weights in locals, so one pass along the batch does up
// to eight multiply-adds per load and store of z. (The order of the additions is fixed, so any blocking gives the
// same bits.)
function affineJs(
  params: Float64Array, weightOffset: number, biasOffset: number,
  inputs: number, outputs: number, hIn: Float64Array, zOut: Float64Array, rows: number,
): void {
  for (let j = 0; j < outputs; j++) {
    const out = j * rows;
    const end = out + rows;
    const row = weightOffset + j * inputs;
    zOut.fill(params[biasOffset + j]!, out, end);
    let i = 0;
    for (; i + 8 <= inputs; i += 8) {
      const w0 = params[row + i]!, w1 = params[row + i + 1]!, w2 = params[row + i + 2]!, w3 = params[row + i + 3]!;
      const w4 = params[row + i + 4]!, w5 = params[row + i + 5]!, w6 = params[row + i + 6]!, w7 = params[row + i + 7]!;
      // hIn index of input i + q for output slot k: k - out + (i + q)·rows.
      const s0 = i * rows - out;
      const s1 = s0 + rows, s2 = s1 + rows, s3 = s2 + rows, s4 = s3 + rows, s5 = s4 + rows, s6 = s5 + rows, s7 = s6 + rows;
      for (let k = out; k < end; k++) {
        zOut[k] = zOut[k]! + w0 * hIn[s0 + k]! + w1 * hIn[s1 + k]! + w2 * hIn[s2 + k]! + w3 * hIn[s3 + k]!
          + w4 * hIn[s4 + k]! + w5 * hIn[s5 + k]! + w6 * hIn[s6 + k]! + w7 * hIn[s7 + k]!;
      }
    }
    for (; i + 4 <= inputs; i += 4) {
      const w0 = params[row + i]!, w1 = params[row + i + 1]!, w2 = params[row + i + 2]!, w3 = params[row + i + 3]!;
      const s0 = i * rows - out;
      const s1 = s0 + rows, s2 = s1 + rows, s3 = s2 + rows;
      for (let k = out; k < end; k++) {
        zOut[k] = zOut[k]! + w0 * hIn[s0 + k]! + w1 * hIn[s1 + k]! + w2 * hIn[s2 + k]! + w3 * hIn[s3 + k]!;
      }
    }
    for (; i < inputs; i++) {
      const w = params[row + i]!;
      const s = i * rows - out;
      for (let k = out; k < end; k++) zOut[k] = zOut[k]! + w * hIn[s + k]!;
    }
  }
}

// Layer l's three dense loops, in WebAssembly where the workspace has the kernels (whose copy of the parameters
// forward() and backward() refresh first) and in JavaScript otherwise.
function affine(network: FlatNetwork, workspace: Workspace, l: number, hIn: Float64Array, z: Float64Array, rows: number): void {
  const { sizes, weightOffsets, biasOffsets } = network;
  const kernels = workspace.kernels;
  if (kernels === null) {
    affineJs(network.params, weightOffsets[l]!, biasOffsets[l]!, sizes[l]!, sizes[l + 1]!, hIn, z, rows);
    return;
  }
  const params = kernels.params.byteOffset;
  kernels.run.affine(params + 8 * weightOffsets[l]!, params + 8 * biasOffsets[l]!, sizes[l]!, sizes[l + 1]!, hIn.byteOffset, z.byteOffset, rows);
}

// Hidden units: sigmoid in WebAssembly where the workspace has the kernels, everything else in JavaScript.
function activate(
  network: FlatNetwork, workspace: Workspace, z: Float64Array, h: Float64Array, slope: Float64Array | null, count: number,
): void {
  const kernels = workspace.kernels;
  if (kernels !== null && network.hiddenActivation === 'sigmoid') {
    kernels.run.sigmoid(z.byteOffset, h.byteOffset, slope === null ? 0 : slope.byteOffset, count);
  } else {
    activateWithSlope(network.hiddenActivation, z, h, slope, 0, count);
  }
}

function layerGradients(network: FlatNetwork, workspace: Workspace, l: number, hIn: Float64Array, delta: Float64Array, rows: number): void {
  const { sizes, weightOffsets, biasOffsets } = network;
  const kernels = workspace.kernels;
  if (kernels === null) {
    layerGradientsJs(workspace.gradients, weightOffsets[l]!, biasOffsets[l]!, sizes[l]!, sizes[l + 1]!, hIn, delta, rows);
    return;
  }
  const gradients = workspace.gradients.byteOffset;
  kernels.run.layerGradients(
    gradients + 8 * weightOffsets[l]!, gradients + 8 * biasOffsets[l]!, sizes[l]!, sizes[l + 1]!, hIn.byteOffset, delta.byteOffset, rows,
  );
}

function propagateDelta(
  network: FlatNetwork, workspace: Workspace, l: number, delta: Float64Array, slope: Float64Array, deltaPrev: Float64Array, rows: number,
): void {
  const { sizes, weightOffsets } = network;
  const kernels = workspace.kernels;
  if (kernels === null) {
    propagateDeltaJs(network.params, weightOffsets[l]!, sizes[l]!, sizes[l + 1]!, delta, slope, deltaPrev, rows);
    return;
  }
  const weights = kernels.params.byteOffset + 8 * weightOffsets[l]!;
  kernels.run.propagateDelta(weights, sizes[l]!, sizes[l + 1]!, delta.byteOffset, slope.byteOffset, deltaPrev.byteOffset, rows);
}

/**
 * Runs the first `rows` examples of workspace.input through the network, filling z, h and (unless `slopes` is
 * false, for a pass no backward() follows) each hidden layer's slope, and returns the mean binary cross-entropy
 * against workspace.labels, computed from the logit (stable for any z).
 */
export function forward(network: FlatNetwork, workspace: Workspace, rows: number, slopes = true): number {
  const { sizes } = network;
  const layers = layerCount(network);
  workspace.kernels?.params.set(network.params);
  let hIn = workspace.input;
  for (let l = 0; l < layers; l++) {
    const outputs = sizes[l + 1]!;
    const z = workspace.z[l]!;
    const h = workspace.h[l]!;
    affine(network, workspace, l, hIn, z, rows);
    const count = rows * outputs;
    if (l + 1 < layers) activate(network, workspace, z, h, slopes ? workspace.slope[l]! : null, count);
    else for (let k = 0; k < count; k++) h[k] = sigmoid(z[k]!);
    hIn = h;
  }
  const logits = workspace.z[layers - 1]!;
  const labels = workspace.labels;
  let total = 0;
  for (let b = 0; b < rows; b++) total += binaryCrossEntropyWithLogits(logits[b]!, labels[b]!);
  return total / rows;
}

// dL/dW[j][i] = Σ_b δ[j][b]·h[i][b] and dL/db[j] = Σ_b δ[j][b] for one layer. Each sum runs as two partial sums,
// one over even b and one over odd b, each from 0 in order (an odd last example joins the even one), added at the
// end: the order the WebAssembly kernel's two SIMD lanes use. Blocks of 4 inputs share each load of δ.
function layerGradientsJs(
  gradients: Float64Array, weightOffset: number, biasOffset: number,
  inputs: number, outputs: number, hIn: Float64Array, delta: Float64Array, rows: number,
): void {
  const pairsEnd = rows - (rows % 2);
  const odd = rows % 2 === 1;
  for (let j = 0; j < outputs; j++) {
    const d = j * rows;
    const last = d + pairsEnd; // the odd example, if any
    const row = weightOffset + j * inputs;
    const eLast = odd ? delta[last]! : 0;
    let i = 0;
    for (; i + 4 <= inputs; i += 4) {
      const s0 = i * rows - d;
      const s1 = s0 + rows, s2 = s1 + rows, s3 = s2 + rows;
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
      for (let k = d; k < last; k += 2) {
        const e = delta[k]!, f = delta[k + 1]!;
        a0 += e * hIn[s0 + k]!;
        b0 += f * hIn[s0 + k + 1]!;
        a1 += e * hIn[s1 + k]!;
        b1 += f * hIn[s1 + k + 1]!;
        a2 += e * hIn[s2 + k]!;
        b2 += f * hIn[s2 + k + 1]!;
        a3 += e * hIn[s3 + k]!;
        b3 += f * hIn[s3 + k + 1]!;
      }
      if (odd) {
        a0 += eLast * hIn[s0 + last]!;
        a1 += eLast * hIn[s1 + last]!;
        a2 += eLast * hIn[s2 + last]!;
        a3 += eLast * hIn[s3 + last]!;
      }
      gradients[row + i] = a0 + b0;
      gradients[row + i + 1] = a1 + b1;
      gradients[row + i + 2] = a2 + b2;
      gradients[row + i + 3] = a3 + b3;
    }
    for (; i < inputs; i++) {
      const s = i * rows - d;
      let a = 0, b = 0;
      for (let k = d; k < last; k += 2) {
        a += delta[k]! * hIn[s + k]!;
        b += delta[k + 1]! * hIn[s + k + 1]!;
      }
      if (odd) a += eLast * hIn[s + last]!;
      gradients[row + i] = a + b;
    }
    let a = 0, b = 0;
    for (let k = d; k < last; k += 2) {
      a += delta[k]!;
      b += delta[k + 1]!;
    }
    if (odd) a += eLast;
    gradients[biasOffset + j] = a + b;
  }
}

// δ_prev[i][b] = (Σ_j W[j][i]·δ[j][b]) · f′(z_prev[i][b]) for one layer, with f′ as forward() stored it. The sum
// starts at 0 and adds the outputs in order, in blocks of 8, 4 and 1 as in affine.
function propagateDeltaJs(
  params: Float64Array, weightOffset: number, inputs: number, outputs: number,
  delta: Float64Array, slope: Float64Array, deltaPrev: Float64Array, rows: number,
): void {
  for (let i = 0; i < inputs; i++) {
    const to = i * rows;
    const end = to + rows;
    deltaPrev.fill(0, to, end);
    let j = 0;
    for (; j + 8 <= outputs; j += 8) {
      const at = weightOffset + j * inputs + i;
      const w0 = params[at]!, w1 = params[at + inputs]!, w2 = params[at + 2 * inputs]!, w3 = params[at + 3 * inputs]!;
      const w4 = params[at + 4 * inputs]!, w5 = params[at + 5 * inputs]!, w6 = params[at + 6 * inputs]!, w7 = params[at + 7 * inputs]!;
      const s0 = j * rows - to;
      const s1 = s0 + rows, s2 = s1 + rows, s3 = s2 + rows, s4 = s3 + rows, s5 = s4 + rows, s6 = s5 + rows, s7 = s6 + rows;
      for (let k = to; k < end; k++) {
        deltaPrev[k] = deltaPrev[k]! + w0 * delta[s0 + k]! + w1 * delta[s1 + k]! + w2 * delta[s2 + k]! + w3 * delta[s3 + k]!
          + w4 * delta[s4 + k]! + w5 * delta[s5 + k]! + w6 * delta[s6 + k]! + w7 * delta[s7 + k]!;
      }
    }
    for (; j + 4 <= outputs; j += 4) {
      const at = weightOffset + j * inputs + i;
      const w0 = params[at]!, w1 = params[at + inputs]!, w2 = params[at + 2 * inputs]!, w3 = params[at + 3 * inputs]!;
      const s0 = j * rows - to;
      const s1 = s0 + rows, s2 = s1 + rows, s3 = s2 + rows;
      for (let k = to; k < end; k++) {
        deltaPrev[k] = deltaPrev[k]! + w0 * delta[s0 + k]! + w1 * delta[s1 + k]! + w2 * delta[s2 + k]! + w3 * delta[s3 + k]!;
      }
    }
    for (; j < outputs; j++) {
      const w = params[weightOffset + j * inputs + i]!;
      const s = j * rows - to;
      for (let k = to; k < end; k++) deltaPrev[k] = deltaPrev[k]! + w * delta[s + k]!;
    }
    for (let k = to; k < end; k++) deltaPrev[k] = deltaPrev[k]! * slope[k]!;
  }
}

/**
 * Backpropagation after forward() (with slopes) on the same rows: fills workspace.gradients with the gradient of
 * the mean loss. Output: δ = (σ(z) − y) / rows; hidden: δ_prev = (Wᵀδ) ⊙ f′(z_prev).
 */
export function backward(network: FlatNetwork, workspace: Workspace, rows: number): void {
  const layers = layerCount(network);
  workspace.kernels?.params.set(network.params);
  let delta = workspace.delta[0];
  let deltaPrev = workspace.delta[1];
  const probabilities = workspace.h[layers - 1]!;
  const labels = workspace.labels;
  for (let b = 0; b < rows; b++) delta[b] = (probabilities[b]! - labels[b]!) / rows;
  for (let l = layers - 1; l >= 0; l--) {
    const hIn = l === 0 ? workspace.input : workspace.h[l - 1]!;
    layerGradients(network, workspace, l, hIn, delta, rows);
    if (l === 0) break;
    propagateDelta(network, workspace, l, delta, workspace.slope[l - 1]!, deltaPrev, rows);
    const used = delta;
    delta = deltaPrev;
    deltaPrev = used;
  }
}

/**
 * Copies examples X[indices[from + k]] and their labels into row k of the workspace, for k < count
 * (feature i of row k at i·count + k).
 */
export function loadRows(
  workspace: Workspace, X: ArrayLike<ArrayLike<number>>, y: ArrayLike<number>, indices: ArrayLike<number>, count: number, from = 0,
): void {
  const inputs = workspace.input.length / workspace.capacity;
  for (let k = 0; k < count; k++) {
    const index = indices[from + k]!;
    const row = X[index]!;
    for (let i = 0; i < inputs; i++) workspace.input[i * count + k] = row[i]!;
    workspace.labels[k] = y[index]!;
  }
}
