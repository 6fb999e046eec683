// Where each layer's weights and biases live in the flat parameter array, and copying between the flat form
// and the plain network object.
import type { FlatNetwork, HiddenActivation, NetworkObject } from './types.ts';
import { HIDDEN_ACTIVATIONS } from './types.ts';

/** An empty (all-zero) flat network for layer sizes [input, hidden..., 1]. */
export function createFlatNetwork(sizes: readonly number[], hiddenActivation: HiddenActivation): FlatNetwork {
  if (sizes.length < 2) throw new Error('A network needs at least an input size and an output size.');
  for (const size of sizes) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`Layer sizes must be positive integers, got ${size}.`);
  }
  if (sizes[sizes.length - 1] !== 1) throw new Error('The output layer must have exactly one unit.');
  if (!HIDDEN_ACTIVATIONS.includes(hiddenActivation)) {
    throw new Error(`Unknown hidden activation "${String(hiddenActivation)}".`);
  }
  const weightOffsets: number[] = [];
  const biasOffsets: number[] = [];
  let offset = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const inputs = sizes[l]!;
    const outputs = sizes[l + 1]!;
    weightOffsets.push(offset);
    offset += inputs * outputs;
    biasOffsets.push(offset);
    offset += outputs;
  }
  return { sizes: [...sizes], hiddenActivation, params: new Float64Array(offset), weightOffsets, biasOffsets };
}

/** A deep copy, so a trainer can change one without touching the other. */
export function cloneNetwork(network: FlatNetwork): FlatNetwork {
  return { ...network, sizes: [...network.sizes], params: Float64Array.from(network.params) };
}

/** Number of weight layers (hidden layers plus the output layer). */
export function layerCount(network: FlatNetwork): number {
  return network.sizes.length - 1;
}

/** Reads layer l's weights (rows = outputs) and biases out of a flat array laid out like network.params. */
export function unflattenLayer(
  network: FlatNetwork,
  values: Float64Array,
  l: number,
): { weights: number[][]; biases: number[] } {
  const inputs = network.sizes[l]!;
  const outputs = network.sizes[l + 1]!;
  const weightOffset = network.weightOffsets[l]!;
  const biasOffset = network.biasOffsets[l]!;
  const weights: number[][] = [];
  for (let j = 0; j < outputs; j++) {
    const start = weightOffset + j * inputs;
    weights.push(Array.from(values.subarray(start, start + inputs)));
  }
  return { weights, biases: Array.from(values.subarray(biasOffset, biasOffset + outputs)) };
}

/** The flat network as a plain object of nested arrays. */
export function toNetworkObject(network: FlatNetwork): NetworkObject {
  const layers = [];
  for (let l = 0; l < layerCount(network); l++) layers.push(unflattenLayer(network, network.params, l));
  return { layers, hiddenActivation: network.hiddenActivation };
}

/** Checks a plain network's shapes and values, throwing an Error that names the first problem. */
export function validateNetworkObject(network: NetworkObject): void {
  if (typeof network !== 'object' || network === null || !Array.isArray(network.layers)) {
    throw new Error('A network must be an object with a layers array.');
  }
  if (!HIDDEN_ACTIVATIONS.includes(network.hiddenActivation)) {
    throw new Error(`Unknown hidden activation "${String(network.hiddenActivation)}"; use one of ${HIDDEN_ACTIVATIONS.join(', ')}.`);
  }
  if (network.layers.length === 0) throw new Error('A network needs at least one layer.');
  let inputs = -1;
  network.layers.forEach((layer, l) => {
    const { weights, biases } = layer;
    if (!Array.isArray(weights) || !Array.isArray(biases)) throw new Error(`Layer ${l} needs weights and biases arrays.`);
    if (weights.length === 0) throw new Error(`Layer ${l} has no units.`);
    if (biases.length !== weights.length) {
      throw new Error(`Layer ${l} has ${weights.length} weight rows but ${biases.length} biases.`);
    }
    const columns = Array.isArray(weights[0]) ? weights[0].length : 0;
    if (columns === 0) throw new Error(`Layer ${l} has weight rows with no columns.`);
    if (inputs !== -1 && columns !== inputs) {
      throw new Error(`Layer ${l} takes ${columns} inputs but layer ${l - 1} has ${inputs} outputs.`);
    }
    weights.forEach((row, j) => {
      if (!Array.isArray(row) || row.length !== columns) {
        throw new Error(`Layer ${l}, weight row ${j} has ${Array.isArray(row) ? row.length : 'no'} columns, expected ${columns}.`);
      }
      if (!row.every(Number.isFinite)) throw new Error(`Layer ${l}, weight row ${j} has a non-finite value.`);
    });
    if (!biases.every(Number.isFinite)) throw new Error(`Layer ${l} has a non-finite bias.`);
    inputs = weights.length;
  });
  if (inputs !== 1) throw new Error(`The last layer must have exactly one output unit, got ${inputs}.`);
}

/** The plain network in flat form (validated first). */
export function fromNetworkObject(network: NetworkObject): FlatNetwork {
  validateNetworkObject(network);
  const sizes = [network.layers[0]!.weights[0]!.length, ...network.layers.map((layer) => layer.biases.length)];
  const flat = createFlatNetwork(sizes, network.hiddenActivation);
  network.layers.forEach((layer, l) => {
    const inputs = sizes[l]!;
    layer.weights.forEach((row, j) => flat.params.set(row, flat.weightOffsets[l]! + j * inputs));
    flat.params.set(layer.biases, flat.biasOffsets[l]!);
  });
  return flat;
}
