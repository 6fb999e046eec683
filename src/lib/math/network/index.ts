// The network engine's public API: build, convert, differentiate, train, measure.
// Importing the engine through this index brings its WebAssembly kernels (see kernels.ts).
import './kernels-wasm.ts';
export * from './types.ts';
export { activationFunctions, type ActivationFunctions } from './activation-table.ts';
export { cloneNetwork, createFlatNetwork, fromNetworkObject, layerCount, toNetworkObject, validateNetworkObject } from './layout.ts';
export { createNetwork, initializeWeights, layerSizes, MAX_HIDDEN_LAYERS } from './init.ts';
export { backward, createWorkspace, forward, loadRows, type Backend, type Workspace } from './forward-backward.ts';
export { networkGradients, validateBatch } from './gradients.ts';
export { createOptimizer, type Optimizer, type OptimizerOptions } from './optimizers.ts';
export {
  activationRange, histogram, measureActivations, readActivationStats, SATURATION_MARGIN, STATS_STRIDE,
  weightGradientNorms, type ActivationStats, type Histogram,
} from './stats.ts';
export { createTrainer, type Evaluation, type Trainer, type TrainingData, type TrainingOptions } from './trainer.ts';
export { PRESETS, presetTrainer, type Preset, type PresetName } from './presets.ts';
