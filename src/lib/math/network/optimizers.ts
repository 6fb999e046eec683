// Update rules over the flat parameter array: plain gradient descent, momentum, and Adam. Each keeps its
// state in Float64Arrays sized once, so an update allocates nothing.
import type { OptimizerName } from './types.ts';
import { OPTIMIZERS } from './types.ts';

export interface OptimizerOptions {
  name: OptimizerName;
  learningRate: number;
  /** Momentum coefficient μ (default 0.9). */
  momentum?: number;
  /** Adam's decay rates and ε (defaults 0.9, 0.999, 1e-8, as in Kingma & Ba 2015). */
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

export interface Optimizer {
  readonly name: OptimizerName;
  /** Moves params against grads in place. */
  update(params: Float64Array, grads: Float64Array): void;
}

// θ ← θ − η·g
function sgd(learningRate: number): Optimizer {
  return {
    name: 'sgd',
    update(params, grads) {
      for (let k = 0; k < params.length; k++) params[k] = params[k]! - learningRate * grads[k]!;
    },
  };
}

// v ← μ·v − η·g, θ ← θ + v
function momentum(learningRate: number, mu: number, size: number): Optimizer {
  const velocity = new Float64Array(size);
  return {
    name: 'momentum',
    update(params, grads) {
      for (let k = 0; k < params.length; k++) {
        const v = mu * velocity[k]! - learningRate * grads[k]!;
        velocity[k] = v;
        params[k] = params[k]! + v;
      }
    },
  };
}

// m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − η·m̂ / (√v̂ + ε) with m̂, v̂ bias-corrected by 1 − βᵗ
function adam(learningRate: number, beta1: number, beta2: number, epsilon: number, size: number): Optimizer {
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  let t = 0;
  return {
    name: 'adam',
    update(params, grads) {
      t += 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      for (let k = 0; k < params.length; k++) {
        const g = grads[k]!;
        const mk = beta1 * m[k]! + (1 - beta1) * g;
        const vk = beta2 * v[k]! + (1 - beta2) * g * g;
        m[k] = mk;
        v[k] = vk;
        params[k] = params[k]! - (learningRate * (mk / correction1)) / (Math.sqrt(vk / correction2) + epsilon);
      }
    },
  };
}

function checkRate(name: string, value: number, low: number, high: number): void {
  if (!Number.isFinite(value) || value < low || value >= high) throw new Error(`${name} must lie in [${low}, ${high}), got ${value}.`);
}

/** A fresh optimizer for a parameter array of the given size. */
export function createOptimizer(options: OptimizerOptions, size: number): Optimizer {
  const { name, learningRate, momentum: mu = 0.9, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8 } = options;
  if (!OPTIMIZERS.includes(name)) throw new Error(`Unknown optimizer "${String(name)}"; use one of ${OPTIMIZERS.join(', ')}.`);
  if (!Number.isFinite(learningRate) || learningRate <= 0) throw new Error(`learningRate must be a positive number, got ${learningRate}.`);
  if (name === 'sgd') return sgd(learningRate);
  if (name === 'momentum') {
    checkRate('momentum', mu, 0, 1);
    return momentum(learningRate, mu, size);
  }
  checkRate('beta1', beta1, 0, 1);
  checkRate('beta2', beta2, 0, 1);
  if (!Number.isFinite(epsilon) || epsilon <= 0) throw new Error(`epsilon must be a positive number, got ${epsilon}.`);
  return adam(learningRate, beta1, beta2, epsilon, size);
}
