// The hidden activations by name, taken from the math module (never re-derived here), with the limits the
// activation statistics measure saturation against.
import {
  leakyRelu, leakyReluDerivative, relu, reluDerivative, sigmoid, sigmoidDerivative, silu, siluDerivative, tanh,
  tanhDerivative,
} from '../activations.ts';
import type { HiddenActivation } from './types.ts';

export interface ActivationFunctions {
  /** h = f(z) */
  value: (z: number) => number;
  /** f′(z), as a function of the pre-activation z */
  derivative: (z: number) => number;
  /** The two horizontal asymptotes of a squashing function, or null if it has none. */
  limits: readonly [number, number] | null;
}

/** h[k] = f(z[k]) for k < count; one loop per function, so each call site sees one function and inlines it. */
export function activate(name: HiddenActivation, z: Float64Array, h: Float64Array, count: number): void {
  switch (name) {
    case 'sigmoid': for (let k = 0; k < count; k++) h[k] = sigmoid(z[k]!); return;
    case 'tanh': for (let k = 0; k < count; k++) h[k] = tanh(z[k]!); return;
    case 'relu': for (let k = 0; k < count; k++) h[k] = relu(z[k]!); return;
    case 'leakyRelu': for (let k = 0; k < count; k++) h[k] = leakyRelu(z[k]!); return;
    case 'silu': for (let k = 0; k < count; k++) h[k] = silu(z[k]!); return;
  }
}

/** delta[k] ·= f′(z[k]) for from ≤ k < from + count, one loop per function as in activate. */
export function multiplyByDerivative(name: HiddenActivation, z: Float64Array, delta: Float64Array, from: number, count: number): void {
  const end = from + count;
  switch (name) {
    case 'sigmoid': for (let k = from; k < end; k++) delta[k]! *= sigmoidDerivative(z[k]!); return;
    case 'tanh': for (let k = from; k < end; k++) delta[k]! *= tanhDerivative(z[k]!); return;
    case 'relu': for (let k = from; k < end; k++) delta[k]! *= reluDerivative(z[k]!); return;
    case 'leakyRelu': for (let k = from; k < end; k++) delta[k]! *= leakyReluDerivative(z[k]!); return;
    case 'silu': for (let k = from; k < end; k++) delta[k]! *= siluDerivative(z[k]!); return;
  }
}

export const activationFunctions: Record<HiddenActivation, ActivationFunctions> = {
  sigmoid: { value: (z) => sigmoid(z), derivative: (z) => sigmoidDerivative(z), limits: [0, 1] },
  tanh: { value: (z) => tanh(z), derivative: (z) => tanhDerivative(z), limits: [-1, 1] },
  relu: { value: (z) => relu(z), derivative: (z) => reluDerivative(z), limits: null },
  leakyRelu: { value: (z) => leakyRelu(z), derivative: (z) => leakyReluDerivative(z), limits: null },
  silu: { value: (z) => silu(z), derivative: (z) => siluDerivative(z), limits: null },
};
