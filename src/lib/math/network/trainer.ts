// The lab's training loop: full-batch or mini-batch updates of a flat network with a chosen optimizer. After
// every update it keeps each layer's weight-gradient norm and the batch's activations, for stats on demand. The
// per-epoch history grows until the caller takes it (takeHistory), so a long run holds only what is not yet read.
import { createRng } from '../random.ts';
import { backward, createWorkspace, forward, loadRows, type Workspace } from './forward-backward.ts';
import { validateBatch } from './gradients.ts';
import { layerCount, toNetworkObject } from './layout.ts';
import { createOptimizer, type OptimizerOptions } from './optimizers.ts';
import {
  activationRange, histogram, measureActivations, readActivationStats, STATS_STRIDE, weightGradientNorms,
  type ActivationStats, type Histogram,
} from './stats.ts';
import type { FlatNetwork, NetworkObject } from './types.ts';

export interface TrainingOptions extends OptimizerOptions {
  /** Examples per update; leave out (or use ≥ the data size) for full-batch gradient descent. */
  batchSize?: number;
  /** Seed of the mini-batch shuffle (default 1). */
  shuffleSeed?: number;
}

export interface TrainingData {
  X: number[][];
  y: number[];
}

export interface Evaluation {
  loss: number;
  accuracy: number;
}

export interface Trainer {
  /** The network being trained, changed in place by step(). */
  readonly network: FlatNetwork;
  /** Where the dense loops run: the WebAssembly kernels, or JavaScript where WebAssembly is unavailable. */
  readonly engine: 'webassembly' | 'javascript';
  readonly epoch: number;
  /**
   * Per epoch since the last takeHistory() (from the start if it was never called): mean loss over the epoch's
   * batches (before each update) and each layer's last gradient norm. loss[k] belongs to epoch fromEpoch + k.
   */
  readonly history: { readonly fromEpoch: number; loss: readonly number[]; gradientNorms: readonly (readonly number[])[] };
  /** Returns the history so far and starts an empty one at the next epoch. */
  takeHistory(): { fromEpoch: number; loss: number[]; gradientNorms: number[][] };
  /** Runs `epochs` passes over the data (default 1). */
  step(epochs?: number): void;
  /** Mean loss and accuracy (threshold 0.5) on the whole training set with the current weights. */
  evaluate(): Evaluation;
  /** ‖∂L/∂W‖₂ of every layer (hidden layers, then the output) at the latest update; zeros before any. */
  gradientNorms(): number[];
  /** The gradient the latest update used, laid out like network.params (a copy). */
  gradients(): Float64Array;
  /** Stats of each hidden layer's activations on the latest batch (before any step: on the first batch). */
  activationStats(): ActivationStats[];
  /** Histogram of hidden layer `layer`'s activations on the same batch as activationStats. */
  activationHistogram(layer: number, bins: number): Histogram;
  /** σ(network) at each point, e.g. for a decision map. */
  predict(points: readonly (readonly number[])[]): Float64Array;
  toNetworkObject(): NetworkObject;
}

/** A trainer for the network on the data; the network is trained in place (clone it to keep the original). */
export function createTrainer(network: FlatNetwork, data: TrainingData, options: TrainingOptions): Trainer {
  validateBatch(data.X, data.y, network.sizes[0]!);
  const X = data.X.map((row) => [...row]);
  const y = [...data.y];
  const n = X.length;
  const batchSize = Math.min(options.batchSize ?? n, n);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batchSize must be a positive integer, got ${options.batchSize}.`);
  const layers = layerCount(network);
  const hiddenLayers = layers - 1;
  const optimizer = createOptimizer(options, network.params.length);
  const workspace = createWorkspace(network, batchSize);
  const identity = Int32Array.from({ length: n }, (_, k) => k);
  const order = identity.slice();
  const rng = createRng(options.shuffleSeed ?? 1);
  const fullBatch = batchSize === n;
  if (fullBatch) loadRows(workspace, X, y, order, n);

  const norms = new Float64Array(layers);
  const stats = new Float64Array(hiddenLayers * STATS_STRIDE);
  // Rows of the batch whose activations the workspace holds (0 before any forward pass).
  let latestRows = 0;
  let lossHistory: number[] = [];
  let normHistory: number[][] = Array.from({ length: layers }, () => []);
  let historyFrom = 1;
  let epoch = 0;
  let predictWorkspace: Workspace | null = null;
  let evaluationWorkspace: Workspace | null = null;

  // One update on rows order[start .. start + rows); returns the batch's mean loss before the update.
  const update = (start: number, rows: number): number => {
    if (!fullBatch) loadRows(workspace, X, y, order, rows, start);
    const loss = forward(network, workspace, rows);
    backward(network, workspace, rows);
    weightGradientNorms(network, workspace.gradients, norms);
    latestRows = rows;
    optimizer.update(network.params, workspace.gradients);
    return loss;
  };

  // Fisher–Yates shuffle of the visiting order, from the seeded stream.
  const shuffle = (): void => {
    for (let k = n - 1; k > 0; k--) {
      const other = rng.integer(k + 1);
      const kept = order[k]!;
      order[k] = order[other]!;
      order[other] = kept;
    }
  };

  const runEpoch = (): void => {
    if (!fullBatch) shuffle();
    let total = 0;
    for (let start = 0; start < n; start += batchSize) {
      const rows = Math.min(batchSize, n - start);
      total += update(start, rows) * rows;
    }
    epoch += 1;
    lossHistory.push(total / n);
    for (let l = 0; l < layers; l++) normHistory[l]!.push(norms[l]!);
  };

  // Before the first step, fills the workspace with a forward pass over the first batch so stats have data.
  const ensureActivations = (): void => {
    if (latestRows > 0) return;
    if (!fullBatch) loadRows(workspace, X, y, order, batchSize);
    forward(network, workspace, batchSize);
    latestRows = batchSize;
  };

  const predict = (points: readonly (readonly number[])[]): Float64Array => {
    if (points.length === 0) return new Float64Array(0);
    validateBatch(points, points.map(() => 0), network.sizes[0]!);
    if (predictWorkspace === null || predictWorkspace.capacity < points.length) {
      predictWorkspace = createWorkspace(network, points.length);
    }
    loadRows(predictWorkspace, points, predictWorkspace.labels, Int32Array.from(points, (_, k) => k), points.length);
    forward(network, predictWorkspace, points.length, false);
    return predictWorkspace.h[layers - 1]!.slice(0, points.length);
  };

  const evaluate = (): Evaluation => {
    if (evaluationWorkspace === null) {
      evaluationWorkspace = createWorkspace(network, n);
      loadRows(evaluationWorkspace, X, y, identity, n);
    }
    const loss = forward(network, evaluationWorkspace, n, false);
    const probabilities = evaluationWorkspace.h[layers - 1]!;
    let correct = 0;
    for (let b = 0; b < n; b++) if (probabilities[b]! >= 0.5 === y[b]! >= 0.5) correct++;
    return { loss, accuracy: correct / n };
  };

  return {
    network,
    engine: workspace.kernels === null ? 'javascript' : 'webassembly',
    get epoch() {
      return epoch;
    },
    get history() {
      return { fromEpoch: historyFrom, loss: lossHistory, gradientNorms: normHistory };
    },
    takeHistory() {
      const taken = { fromEpoch: historyFrom, loss: lossHistory, gradientNorms: normHistory };
      lossHistory = [];
      normHistory = Array.from({ length: layers }, () => []);
      historyFrom = epoch + 1;
      return taken;
    },
    step(epochs = 1) {
      if (!Number.isInteger(epochs) || epochs < 0) throw new Error(`epochs must be a whole number ≥ 0, got ${epochs}.`);
      for (let e = 0; e < epochs; e++) runEpoch();
    },
    evaluate,
    gradientNorms: () => Array.from(norms),
    gradients: () => workspace.gradients.slice(),
    // Measured when asked, from the activations the latest batch left in the workspace.
    activationStats() {
      ensureActivations();
      for (let l = 0; l < hiddenLayers; l++) {
        measureActivations(workspace.h[l]!, latestRows, network.sizes[l + 1]!, network.hiddenActivation, stats, l * STATS_STRIDE);
      }
      return Array.from({ length: hiddenLayers }, (_, l) => readActivationStats(stats, l * STATS_STRIDE));
    },
    activationHistogram(layer, bins) {
      if (!Number.isInteger(layer) || layer < 0 || layer >= hiddenLayers) {
        throw new Error(`layer must be a hidden layer index from 0 to ${hiddenLayers - 1}, got ${layer}.`);
      }
      ensureActivations();
      const values = workspace.h[layer]!;
      const count = latestRows * network.sizes[layer + 1]!;
      const [low, high] = activationRange(network.hiddenActivation, values, count);
      return histogram(values, bins, low, high, count);
    },
    predict,
    toNetworkObject: () => toNetworkObject(network),
  };
}
