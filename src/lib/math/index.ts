// The public math API of S-Curve: every widget and code cell imports from here ('s-curve/math').
export * from './activations.ts';
export * from './softmax.ts';
export * from './losses.ts';
export * from './naive.ts';
export * from './random.ts';
export * from './datasets.ts';
export * from './logistic-regression.ts';
export * from './gradient-descent.ts';
export * from './metrics.ts';
// The network engine's everyday names; its lower-level pieces stay under './network/index.ts'.
export {
  createNetwork,
  createTrainer,
  networkGradients,
  PRESETS,
  presetTrainer,
  toNetworkObject,
  type NetworkObject,
  type Preset,
  type PresetName,
  type Trainer,
} from './network/index.ts';
export * from './features.ts';
export * from './loss-comparison.ts';
export * from './activations-extra.ts';
export * from './activation-registry.ts';
export * from './tiny-networks.ts';
