// Forward and backward passes over a batch, written over flat Float64Arrays held in a workspace that is
// allocated once for a batch size, so a training step allocates nothing.
import { sigmoid } from '../activations.ts';
import { binaryCrossEntropyWithLogits } from '../losses.ts';
import { activate, multiplyByDerivative } from './activation-table.ts';
import { layerCount } from './layout.ts';
import type { FlatNetwork, HiddenActivation } from './types.ts';

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
  /** dLoss/dz for the current and the previous layer, swapped as backpropagation moves down. */
  readonly delta: [Float64Array, Float64Array];
  /** dLoss/dparams, laid out like network.params. */
  readonly gradients: Float64Array;
}

export function createWorkspace(network: FlatNetwork, capacity: number): Workspace {
  if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`Batch capacity must be a positive integer, got ${capacity}.`);
  const widths = network.sizes.slice(1);
  const widest = Math.max(...widths);
  return {
    capacity,
    input: new Float64Array(capacity * network.sizes[0]!),
    labels: new Float64Array(capacity),
    z: widths.map((width) => new Float64Array(capacity * width)),
    h: widths.map((width) => new Float64Array(capacity * width)),
    delta: [new Float64Array(capacity * widest), new Float64Array(capacity * widest)],
    gradients: new Float64Array(network.params.length),
  };
}

// z = W·h + b for `rows` examples of one layer.
function affine(
  params: Float64Array, weightOffset: number, biasOffset: number,
  inputs: number, outputs: number, hIn: Float64Array, zOut: Float64Array, rows: number,
): void {
  for (let j = 0; j < outputs; j++) {
    const out = j * rows;
    zOut.fill(params[biasOffset + j]!, out, out + rows);
    let i = 0;
    // Two inputs per pass along the batch: half the loads and stores of z (about 10% faster here).
    for (; i + 1 < inputs; i += 2) {
      const w0 = params[weightOffset + j * inputs + i]!;
      const w1 = params[weightOffset + j * inputs + i + 1]!;
      const from0 = i * rows;
      const from1 = from0 + rows;
      for (let b = 0; b < rows; b++) zOut[out + b] = zOut[out + b]! + w0 * hIn[from0 + b]! + w1 * hIn[from1 + b]!;
    }
    if (i < inputs) {
      const w = params[weightOffset + j * inputs + i]!;
      const from = i * rows;
      for (let b = 0; b < rows; b++) zOut[out + b]! += w * hIn[from + b]!;
    }
  }
}

/**
 * Runs the first `rows` examples of workspace.input through the network, filling z and h, and returns the
 * mean binary cross-entropy against workspace.labels, computed from the logit (stable for any z).
 */
export function forward(network: FlatNetwork, workspace: Workspace, rows: number): number {
  const { sizes, params, weightOffsets, biasOffsets } = network;
  const layers = layerCount(network);
  let hIn = workspace.input;
  for (let l = 0; l < layers; l++) {
    const outputs = sizes[l + 1]!;
    const z = workspace.z[l]!;
    const h = workspace.h[l]!;
    affine(params, weightOffsets[l]!, biasOffsets[l]!, sizes[l]!, outputs, hIn, z, rows);
    const count = rows * outputs;
    if (l + 1 < layers) activate(network.hiddenActivation, z, h, count);
    else for (let k = 0; k < count; k++) h[k] = sigmoid(z[k]!);
    hIn = h;
  }
  const logits = workspace.z[layers - 1]!;
  let total = 0;
  for (let b = 0; b < rows; b++) total += binaryCrossEntropyWithLogits(logits[b]!, workspace.labels[b]!);
  return total / rows;
}

// dL/dW[j][i] = Σ_b δ[j][b]·h[i][b] and dL/db[j] = Σ_b δ[j][b] for one layer.
function layerGradients(
  gradients: Float64Array, weightOffset: number, biasOffset: number,
  inputs: number, outputs: number, hIn: Float64Array, delta: Float64Array, rows: number,
): void {
  for (let j = 0; j < outputs; j++) {
    const d = j * rows;
    const row = weightOffset + j * inputs;
    let i = 0;
    // Two weights at once: each δ is loaded once for both, and the two sums are independent add chains.
    for (; i + 1 < inputs; i += 2) {
      const from0 = i * rows;
      const from1 = from0 + rows;
      let sum0 = 0;
      let sum1 = 0;
      for (let b = 0; b < rows; b++) {
        const e = delta[d + b]!;
        sum0 += e * hIn[from0 + b]!;
        sum1 += e * hIn[from1 + b]!;
      }
      gradients[row + i] = sum0;
      gradients[row + i + 1] = sum1;
    }
    if (i < inputs) {
      const from = i * rows;
      let sum = 0;
      for (let b = 0; b < rows; b++) sum += delta[d + b]! * hIn[from + b]!;
      gradients[row + i] = sum;
    }
    let sum = 0;
    for (let b = 0; b < rows; b++) sum += delta[d + b]!;
    gradients[biasOffset + j] = sum;
  }
}

// δ_prev[i][b] = (Σ_j W[j][i]·δ[j][b]) · f′(z_prev[i][b]) for one layer.
function propagateDelta(
  params: Float64Array, weightOffset: number, inputs: number, outputs: number,
  delta: Float64Array, zPrev: Float64Array, activation: HiddenActivation, deltaPrev: Float64Array, rows: number,
): void {
  for (let i = 0; i < inputs; i++) {
    const to = i * rows;
    deltaPrev.fill(0, to, to + rows);
    let j = 0;
    // Two outputs per pass along the batch, as in affine.
    for (; j + 1 < outputs; j += 2) {
      const w0 = params[weightOffset + j * inputs + i]!;
      const w1 = params[weightOffset + (j + 1) * inputs + i]!;
      const from0 = j * rows;
      const from1 = from0 + rows;
      for (let b = 0; b < rows; b++) deltaPrev[to + b] = deltaPrev[to + b]! + w0 * delta[from0 + b]! + w1 * delta[from1 + b]!;
    }
    if (j < outputs) {
      const w = params[weightOffset + j * inputs + i]!;
      const from = j * rows;
      for (let b = 0; b < rows; b++) deltaPrev[to + b]! += w * delta[from + b]!;
    }
    multiplyByDerivative(activation, zPrev, deltaPrev, to, rows);
  }
}

/**
 * Backpropagation after forward() on the same rows: fills workspace.gradients with the gradient of the mean
 * loss. Output: δ = (σ(z) − y) / rows; hidden: δ_prev = (Wᵀδ) ⊙ f′(z_prev).
 */
export function backward(network: FlatNetwork, workspace: Workspace, rows: number): void {
  const { sizes, params, weightOffsets, biasOffsets } = network;
  const layers = layerCount(network);
  let delta = workspace.delta[0];
  let deltaPrev = workspace.delta[1];
  const probabilities = workspace.h[layers - 1]!;
  for (let b = 0; b < rows; b++) delta[b] = (probabilities[b]! - workspace.labels[b]!) / rows;
  for (let l = layers - 1; l >= 0; l--) {
    const inputs = sizes[l]!;
    const outputs = sizes[l + 1]!;
    const hIn = l === 0 ? workspace.input : workspace.h[l - 1]!;
    layerGradients(workspace.gradients, weightOffsets[l]!, biasOffsets[l]!, inputs, outputs, hIn, delta, rows);
    if (l === 0) break;
    propagateDelta(params, weightOffsets[l]!, inputs, outputs, delta, workspace.z[l - 1]!, network.hiddenActivation, deltaPrev, rows);
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
