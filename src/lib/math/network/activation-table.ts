// The hidden activations by name, taken from the math module, with the limits the activation statistics measure
// saturation against, and the fused kernels the forward pass runs: each writes h = f(z) and the slope f′(z) that
// backpropagation will need in one pass. Sigmoid and tanh share one exponential between value and slope (the same
// formulas as the math module, with expNegative for e^x); the others call the math module's functions, and
// test/math/network-fused.test.ts holds every kernel to them within 1e-12.
import {
  leakyRelu, leakyReluDerivative, relu, reluDerivative, sigmoid, sigmoidDerivative, silu, siluDerivative, tanh,
  tanhDerivative,
} from '../activations.ts';
import { expNegative } from './exp-negative.ts';
import type { HiddenActivation } from './types.ts';

export interface ActivationFunctions {
  /** h = f(z) */
  value: (z: number) => number;
  /** f′(z), as a function of the pre-activation z */
  derivative: (z: number) => number;
  /** The two horizontal asymptotes of a squashing function, or null if it has none. */
  limits: readonly [number, number] | null;
}

// Below this, e^-z would overflow in 1/(1 + e^-z); the same threshold the math module's sigmoid switches at.
const SUBNORMAL_EXP_BELOW = -708;
// tanh′ squares e^-|z| once e^-2|z| would be subnormal (|z| > 354), as the math module does; beyond 350 the fused
// kernel simply calls it.
const TANH_FUSED_UP_TO = 350;

/**
 * σ and σ′ with one exponential, e = e^-|z|: σ(z) = 1/(1 + e) for z ≥ 0 and e/(1 + e) for z < 0, σ′(z) = e/(1 + e)².
 * e comes from expNegative (within 1 ulp of Math.exp), so both agree with the math module's sigmoid and
 * sigmoidDerivative to a few units in the last place (relative 1e-15).
 */
function sigmoidKernel(z: Float64Array, h: Float64Array, slope: Float64Array | null, from: number, end: number): void {
  for (let k = from; k < end; k++) {
    const x = z[k]!;
    if (!(x >= SUBNORMAL_EXP_BELOW)) {
      // Far tail and NaN: the math module's own functions (a bit slower, never on a trained network's hot path).
      h[k] = sigmoid(x);
      if (slope !== null) slope[k] = sigmoidDerivative(x);
      continue;
    }
    const e = expNegative(-Math.abs(x));
    const onePlus = 1 + e;
    h[k] = x >= 0 ? 1 / onePlus : e / onePlus;
    // (1 + e)² as 1 + e(2 + e): rounds near 1 only once, as in the math module.
    if (slope !== null) slope[k] = e / (1 + e * (2 + e));
  }
}

// tanh from Math.tanh, tanh′ = 4e/(1 + e)² with e = e^-2|z|: one (cheaper) exp instead of the two tanhDerivative takes.
function tanhKernel(z: Float64Array, h: Float64Array, slope: Float64Array | null, from: number, end: number): void {
  for (let k = from; k < end; k++) {
    const x = z[k]!;
    h[k] = Math.tanh(x);
    if (slope === null) continue;
    const size = Math.abs(x);
    if (!(size <= TANH_FUSED_UP_TO)) {
      slope[k] = tanhDerivative(x);
      continue;
    }
    const e = expNegative(-2 * size);
    slope[k] = (4 * e) / (1 + e * (2 + e));
  }
}

function reluKernel(z: Float64Array, h: Float64Array, slope: Float64Array | null, from: number, end: number): void {
  for (let k = from; k < end; k++) {
    const x = z[k]!;
    if (x > 0) {
      h[k] = x;
      if (slope !== null) slope[k] = 1;
    } else {
      // relu and its derivative: 0 for z ≤ 0 (and for -0), NaN for NaN.
      h[k] = relu(x);
      if (slope !== null) slope[k] = reluDerivative(x);
    }
  }
}

function leakyReluKernel(z: Float64Array, h: Float64Array, slope: Float64Array | null, from: number, end: number): void {
  for (let k = from; k < end; k++) {
    const x = z[k]!;
    h[k] = leakyRelu(x);
    if (slope !== null) slope[k] = leakyReluDerivative(x);
  }
}

// SiLU's value and slope share no work worth fusing at the edges the math module guards; both come from it.
function siluKernel(z: Float64Array, h: Float64Array, slope: Float64Array | null, from: number, end: number): void {
  for (let k = from; k < end; k++) {
    const x = z[k]!;
    h[k] = silu(x);
    if (slope !== null) slope[k] = siluDerivative(x);
  }
}

/**
 * h[k] = f(z[k]) and, unless slope is null, slope[k] = f′(z[k]), for from ≤ k < from + count. One loop per
 * function, so each loop sees one function and inlines it.
 */
export function activateWithSlope(
  name: HiddenActivation, z: Float64Array, h: Float64Array, slope: Float64Array | null, from: number, count: number,
): void {
  const end = from + count;
  switch (name) {
    case 'sigmoid': return sigmoidKernel(z, h, slope, from, end);
    case 'tanh': return tanhKernel(z, h, slope, from, end);
    case 'relu': return reluKernel(z, h, slope, from, end);
    case 'leakyRelu': return leakyReluKernel(z, h, slope, from, end);
    case 'silu': return siluKernel(z, h, slope, from, end);
  }
}

export const activationFunctions: Record<HiddenActivation, ActivationFunctions> = {
  sigmoid: { value: (z) => sigmoid(z), derivative: (z) => sigmoidDerivative(z), limits: [0, 1] },
  tanh: { value: (z) => tanh(z), derivative: (z) => tanhDerivative(z), limits: [-1, 1] },
  relu: { value: (z) => relu(z), derivative: (z) => reluDerivative(z), limits: null },
  leakyRelu: { value: (z) => leakyRelu(z), derivative: (z) => leakyReluDerivative(z), limits: null },
  silu: { value: (z) => silu(z), derivative: (z) => siluDerivative(z), limits: null },
};
