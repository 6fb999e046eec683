// Shapes shared by the network engine: the names a lab can choose, the plain network object that
// networkGradients reads, and the flat Float64Array form the trainer works on.

export type HiddenActivation = 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'silu';
export type Initializer = 'uniform' | 'normal' | 'xavier' | 'he';
export type OptimizerName = 'sgd' | 'momentum' | 'adam';

export const HIDDEN_ACTIVATIONS: readonly HiddenActivation[] = ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'silu'];
export const INITIALIZERS: readonly Initializer[] = ['uniform', 'normal', 'xavier', 'he'];
export const OPTIMIZERS: readonly OptimizerName[] = ['sgd', 'momentum', 'adam'];

/** One fully connected layer: z = W·h + b, with W's rows the outputs and its columns the inputs. */
export interface LayerObject {
  weights: number[][];
  biases: number[];
}

/** A network as plain arrays; the last layer is the single sigmoid output unit. */
export interface NetworkObject {
  layers: LayerObject[];
  hiddenActivation: HiddenActivation;
}

/** What a lab chooses: input size, hidden depth and width, activation, initialiser and seed. */
export interface NetworkConfig {
  inputSize: number;
  /** Number of hidden layers, 1 to 12. */
  hiddenLayers: number;
  width: number;
  activation: HiddenActivation;
  init: Initializer;
  seed: number;
}

/**
 * The same network in one Float64Array: layer l stores its weights row-major (rows = outputs) at
 * weightOffsets[l], then its biases at biasOffsets[l]. sizes = [input, hidden..., 1].
 */
export interface FlatNetwork {
  readonly sizes: readonly number[];
  readonly hiddenActivation: HiddenActivation;
  readonly params: Float64Array;
  readonly weightOffsets: readonly number[];
  readonly biasOffsets: readonly number[];
}

/** Gradients of the mean loss, in the same layout as the network object. */
export interface NetworkGradients {
  loss: number;
  outputs: number[];
  layers: Array<{ weightGradients: number[][]; biasGradients: number[] }>;
}
