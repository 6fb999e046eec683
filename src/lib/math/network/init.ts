// Building a fresh network from a lab's config: layer sizes from depth and width, weights drawn by the chosen
// initialiser from a seeded stream (layer by layer, row by row), biases zero.
import { createRng, type Rng } from '../random.ts';
import { createFlatNetwork, layerCount } from './layout.ts';
import type { FlatNetwork, Initializer, NetworkConfig } from './types.ts';
import { INITIALIZERS } from './types.ts';

export const MAX_HIDDEN_LAYERS = 12;

// One weight for a layer with fanIn inputs and fanOut outputs.
type WeightSampler = (rng: Rng, fanIn: number, fanOut: number) => number;

const samplers: Record<Initializer, WeightSampler> = {
  // w ~ U(-1, 1)
  uniform: (rng) => rng.between(-1, 1),
  // w ~ N(0, 1)
  normal: (rng) => rng.normal(),
  // Glorot uniform: w ~ U(-a, a), a = √(6 / (fanIn + fanOut))
  xavier: (rng, fanIn, fanOut) => {
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    return rng.between(-limit, limit);
  },
  // He normal: w ~ N(0, 2 / fanIn) (plain, not truncated)
  he: (rng, fanIn) => rng.normal() * Math.sqrt(2 / fanIn),
};

/** Layer sizes [inputSize, width × hiddenLayers, 1]. */
export function layerSizes(config: Pick<NetworkConfig, 'inputSize' | 'hiddenLayers' | 'width'>): number[] {
  const { inputSize, hiddenLayers, width } = config;
  if (!Number.isInteger(inputSize) || inputSize < 1) throw new Error(`inputSize must be a positive integer, got ${inputSize}.`);
  if (!Number.isInteger(hiddenLayers) || hiddenLayers < 1 || hiddenLayers > MAX_HIDDEN_LAYERS) {
    throw new Error(`hiddenLayers must be an integer from 1 to ${MAX_HIDDEN_LAYERS}, got ${hiddenLayers}.`);
  }
  if (!Number.isInteger(width) || width < 1) throw new Error(`width must be a positive integer, got ${width}.`);
  return [inputSize, ...Array.from({ length: hiddenLayers }, () => width), 1];
}

/** Overwrites the network's weights with fresh draws and its biases with zeros. */
export function initializeWeights(network: FlatNetwork, init: Initializer, seed: number): void {
  const sample = samplers[init];
  if (sample === undefined || !INITIALIZERS.includes(init)) throw new Error(`Unknown initialiser "${String(init)}".`);
  if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number, got ${seed}.`);
  const rng = createRng(seed);
  network.params.fill(0);
  for (let l = 0; l < layerCount(network); l++) {
    const fanIn = network.sizes[l]!;
    const fanOut = network.sizes[l + 1]!;
    const offset = network.weightOffsets[l]!;
    for (let k = 0; k < fanIn * fanOut; k++) network.params[offset + k] = sample(rng, fanIn, fanOut);
  }
}

/** A new network from a lab's config. */
export function createNetwork(config: NetworkConfig): FlatNetwork {
  const network = createFlatNetwork(layerSizes(config), config.activation);
  initializeWeights(network, config.init, config.seed);
  return network;
}
