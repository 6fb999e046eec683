// The two small networks lesson 3 plays with: one input through a hidden layer and back to one output (to see
// that two linear layers collapse into one), and an LSTM-style forget gate scaling a remembered value.
import { sigmoid, softplus } from './activations.ts';

/** A 1-input, 1-output network with one hidden layer: y = Σ_j v_j f(w_j x + b_j) + c. */
export interface TwoLayerParams {
  /** First-layer weights w_j and biases b_j, one per hidden unit. */
  w: readonly number[];
  b: readonly number[];
  /** Second-layer weights v_j and bias c. */
  v: readonly number[];
  c: number;
}

// y(x) = Σ_j v_j f(w_j x + b_j) + c
export function twoLayerOutput(params: TwoLayerParams, activation: (z: number) => number, x: number): number {
  let y = params.c;
  for (let j = 0; j < params.w.length; j++) {
    y += (params.v[j] ?? 0) * activation((params.w[j] ?? 0) * x + (params.b[j] ?? 0));
  }
  return y;
}

// With no activation, y = Σ v_j (w_j x + b_j) + c = (Σ v_j w_j) x + (Σ v_j b_j + c): one straight line.
export function collapseLinear(params: TwoLayerParams): { slope: number; intercept: number } {
  let slope = 0;
  let intercept = params.c;
  for (let j = 0; j < params.w.length; j++) {
    const v = params.v[j] ?? 0;
    slope += v * (params.w[j] ?? 0);
    intercept += v * (params.b[j] ?? 0);
  }
  return { slope, intercept };
}

// Where hidden unit j switches on or off: w_j x + b_j = 0, so x = -b_j / w_j (units with w_j = 0 never switch,
// and units with v_j = 0 leave no mark on the output). With ReLU these are the only places y can bend.
export function switchPoints(params: TwoLayerParams): number[] {
  const points: number[] = [];
  for (let j = 0; j < params.w.length; j++) {
    const w = params.w[j] ?? 0;
    if (w === 0 || (params.v[j] ?? 0) === 0) continue;
    const x = -(params.b[j] ?? 0) / w;
    points.push(x === 0 ? 0 : x);
  }
  return points.sort((a, b) => a - b);
}

// c_t = σ(g_t) c_{t-1}: an LSTM's forget gate keeps the share σ(g_t) of the memory at each step
// (the input gate, which adds new memory, is left out). Returns c_0 .. c_T for T = gates.length.
export function forgetGateMemory(start: number, gates: readonly number[]): number[] {
  const memory = [start];
  let current = start;
  for (const g of gates) {
    current *= sigmoid(g);
    memory.push(current);
  }
  return memory;
}

// Steps until a constant gate g halves the memory: σ(g)^n = 1/2, so n = ln 2 / -ln σ(g) = ln 2 / softplus(-g).
export function gateHalfLife(g: number): number {
  // -ln σ(g) = softplus(-g) keeps its digits for large g, where 1 - σ(g) and log(σ(g)) would round to 0.
  return Math.LN2 / softplus(-g);
}
