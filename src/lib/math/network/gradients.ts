// networkGradients: loss, outputs and exact backpropagated gradients for a plain network object on a batch,
// with every shape and value checked first. The independent autodiff checker calls this.
import { backward, createWorkspace, forward, loadRows } from './forward-backward.ts';
import { fromNetworkObject, layerCount, unflattenLayer } from './layout.ts';
import type { NetworkGradients, NetworkObject } from './types.ts';

/** Checks a batch against an input size: non-empty, rectangular, finite, labels in [0, 1]. */
export function validateBatch(X: readonly (readonly number[])[], y: readonly number[], inputSize: number): void {
  if (!Array.isArray(X) || !Array.isArray(y)) throw new Error('X and y must be arrays.');
  if (X.length === 0) throw new Error('The batch is empty: X needs at least one row.');
  if (y.length !== X.length) throw new Error(`X has ${X.length} rows but y has ${y.length} labels.`);
  X.forEach((row, b) => {
    if (!Array.isArray(row) || row.length !== inputSize) {
      throw new Error(`Row ${b} of X has ${Array.isArray(row) ? row.length : 'no'} features, the network takes ${inputSize}.`);
    }
    if (!row.every(Number.isFinite)) throw new Error(`Row ${b} of X has a non-finite value.`);
  });
  y.forEach((label, b) => {
    if (!Number.isFinite(label) || label < 0 || label > 1) throw new Error(`Label ${b} is ${label}; labels must lie in [0, 1].`);
  });
}

/** Mean binary cross-entropy of the network on (X, y), its sigmoid outputs, and the gradient of every weight and bias. */
export function networkGradients(network: NetworkObject, X: number[][], y: number[]): NetworkGradients {
  const flat = fromNetworkObject(network);
  validateBatch(X, y, flat.sizes[0]!);
  const rows = X.length;
  const workspace = createWorkspace(flat, rows);
  loadRows(workspace, X, y, Array.from({ length: rows }, (_, b) => b), rows);
  const loss = forward(flat, workspace, rows);
  backward(flat, workspace, rows);
  const layers = [];
  for (let l = 0; l < layerCount(flat); l++) {
    const { weights, biases } = unflattenLayer(flat, workspace.gradients, l);
    layers.push({ weightGradients: weights, biasGradients: biases });
  }
  return { loss, outputs: Array.from(workspace.h[layerCount(flat) - 1]!.subarray(0, rows)), layers };
}
