// The vanishing-gradients lesson's three starting points, shared by the lab and the tests. Each is seeded; the
// accuracies in the notes were measured on this engine after `epochs` full-batch updates; in brackets, the
// range over seeds 1 to 10 (the same seed for weights and data), to show the outcome is not one lucky draw.
import { makeXor } from '../datasets.ts';
import { createNetwork } from './init.ts';
import { createTrainer, type Trainer, type TrainingData } from './trainer.ts';
import type { NetworkConfig, OptimizerName } from './types.ts';

export interface Preset {
  label: string;
  network: NetworkConfig;
  training: { optimizer: OptimizerName; learningRate: number; epochs: number };
  /** makeXor options. */
  data: { n: number; noise: number; seed: number };
}

const xor = { n: 400, noise: 0, seed: 1 };

export const PRESETS = {
  // Stays at chance: accuracy 0.5475 after 1,000 epochs (0.435 to 0.5475); the first layer's gradient starts
  // 4.5·10⁵ times smaller than the output layer's.
  deepSigmoid: {
    label: '9 sigmoid layers',
    network: { inputSize: 2, hiddenLayers: 9, width: 8, activation: 'sigmoid', init: 'uniform', seed: 1 },
    training: { optimizer: 'momentum', learningRate: 0.5, epochs: 1000 },
    data: xor,
  },
  // Same training, one hidden layer: accuracy 0.9925 after 1,000 epochs (0.9825 to 0.9925).
  shallowSigmoid: {
    label: '1 sigmoid layer',
    network: { inputSize: 2, hiddenLayers: 1, width: 8, activation: 'sigmoid', init: 'uniform', seed: 1 },
    training: { optimizer: 'momentum', learningRate: 0.5, epochs: 1000 },
    data: xor,
  },
  // Nine ReLU layers with He initialisation and a sigmoid output; deeper ReLU nets need the smaller step.
  // Accuracy 0.9975 after 1,000 epochs (0.985 to 1).
  deepRelu: {
    label: '9 ReLU layers, He init, sigmoid output',
    network: { inputSize: 2, hiddenLayers: 9, width: 8, activation: 'relu', init: 'he', seed: 1 },
    training: { optimizer: 'momentum', learningRate: 0.02, epochs: 1000 },
    data: xor,
  },
} as const satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESETS;

/** The preset's data, a fresh network and an untrained trainer for it. */
export function presetTrainer(preset: Preset): { data: TrainingData; trainer: Trainer } {
  const data = makeXor(preset.data);
  const trainer = createTrainer(createNetwork(preset.network), data, {
    name: preset.training.optimizer,
    learningRate: preset.training.learningRate,
  });
  return { data, trainer };
}
