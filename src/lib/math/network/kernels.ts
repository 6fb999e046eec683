// The engine's dense loops and sigmoid units in WebAssembly (kernels.wat), for a workspace whose arrays live in a
// WebAssembly memory.
// The binary arrives by importing kernels-wasm.ts, which hands it to provideKernels: the network index and the
// lab's worker import it, while a bundle that only runs the odd small forward pass (the saturation widget) leaves
// its 1.1 KB out and runs in JavaScript. Compiled once, synchronously (about 2 KB), the first time a workspace
// asks; where the binary was not provided, or WebAssembly or its SIMD is missing or refused (a
// Content-Security-Policy without 'wasm-unsafe-eval', say), kernelsFor returns null and the engine runs the same
// loops in JavaScript, which give the same bits.

import { sigmoid, sigmoidDerivative } from '../activations.ts';
import { POWERS } from './exp-negative.ts';

/** Byte addresses into the memory the kernels were instantiated on; see kernels.wat for each loop. */
export interface Kernels {
  /** σ and (unless `slope` is 0) σ′ of `count` values, as sigmoidKernel in activation-table.ts. */
  sigmoid(z: number, h: number, slope: number, count: number): void;
  affine(weights: number, biases: number, inputs: number, outputs: number, hIn: number, zOut: number, rows: number): void;
  layerGradients(
    weightGradients: number, biasGradients: number, inputs: number, outputs: number, hIn: number, delta: number, rows: number,
  ): void;
  propagateDelta(weights: number, inputs: number, outputs: number, delta: number, slope: number, deltaPrev: number, rows: number): void;
}

const PAGE_BYTES = 65536;
/** The first bytes of every kernel memory hold the exponential's table (POWERS); a workspace starts after them. */
export const KERNEL_TABLE_BYTES = POWERS.length * Float64Array.BYTES_PER_ELEMENT;
let binary: string | null = null;
let compiled: WebAssembly.Module | null | undefined;

/** Makes the kernels (the binary, in hex) available to the workspaces created from now on. */
export function provideKernels(hex: string): void {
  binary = hex;
  compiled = undefined;
}

function compile(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  if (binary === null) return null;
  try {
    const hex = binary;
    const bytes = Uint8Array.from({ length: hex.length / 2 }, (_, k) => parseInt(hex.slice(2 * k, 2 * k + 2), 16));
    compiled = new WebAssembly.Module(bytes);
  } catch {
    compiled = null;
  }
  return compiled;
}

/**
 * A memory with `bytes` bytes free after the table (from KERNEL_TABLE_BYTES on) and the kernels bound to it, or
 * null where WebAssembly cannot run them.
 */
export function kernelsFor(bytes: number): { memory: WebAssembly.Memory; kernels: Kernels } | null {
  if (typeof WebAssembly !== 'object') return null;
  const module = compile();
  if (module === null) return null;
  try {
    const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil((KERNEL_TABLE_BYTES + bytes) / PAGE_BYTES)) });
    new Float64Array(memory.buffer, 0, POWERS.length).set(POWERS);
    const instance = new WebAssembly.Instance(module, { env: { memory, exp: Math.exp, sigmoid, sigmoidDerivative } });
    return { memory, kernels: instance.exports as unknown as Kernels };
  } catch {
    return null;
  }
}
