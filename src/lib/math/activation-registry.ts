// The one registry of activation functions: each function with its derivative (taken from the math module,
// never re-written), its formulas in LaTeX and the properties the lesson compares. The comparison table, the
// formulas on the page and the widgets all read from here; test/math/activation-registry.test.ts checks every
// stated property numerically, so the page cannot disagree with the code.
import {
  leakyRelu, leakyReluDerivative, relu, reluDerivative, sigmoid, sigmoidDerivative, silu, siluDerivative, tanh,
  tanhDerivative,
} from './activations.ts';
import { elu, eluDerivative, gelu, geluDerivative } from './activations-extra.ts';
import { softmax } from './softmax.ts';

export const ACTIVATION_IDS = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'silu', 'elu', 'gelu'] as const;
export type ActivationId = (typeof ACTIVATION_IDS)[number];

/** The slope leaky ReLU keeps for negative inputs (PyTorch's default negative_slope). */
export const LEAKY_SLOPE = 0.01;
/** ELU's α, the level it approaches for very negative inputs (PyTorch's default). */
export const ELU_ALPHA = 1;

/** Where SiLU is smallest: x0 = -1 - W(1/e). Source: mpmath, -1.2784645427610737951093587390229801554. */
export const SILU_MIN_AT = -1.2784645427610737;
/** Where SiLU is steepest: the root of x tanh(x/2) = 2. Source: mpmath findroot, 2.3993572805154676678. */
export const SILU_STEEPEST_AT = 2.3993572805154677;
/** Where GELU is smallest: the root of Φ(x) + x φ(x) = 0. Source: mpmath findroot, -0.75179152469356445746. */
export const GELU_MIN_AT = -0.7517915246935645;
/** Where GELU is steepest: GELU'' = φ(x)(2 - x²) vanishes at x = √2. */
export const GELU_STEEPEST_AT = Math.SQRT2;

/** The set of values f takes: from min to max, each end attained or only approached. */
export interface ActivationRange {
  min: number;
  max: number;
  /** True when f(x) = min for some x (SiLU's minimum); false when min is only approached (σ → 0). */
  minAttained: boolean;
  maxAttained: boolean;
}

/** Where the largest slope is reached: at one x, or at every x > 0. */
export type SlopePeak = { at: number } | { at: 'positive' };

/** What evaluating f costs, roughly: a comparison, one exponential, or an error function. */
export type Cost = 'comparison' | 'exp' | 'erf';

/** The places a function is typically found in a network. */
export type Use =
  | 'binary-output'
  | 'multi-label-output'
  | 'gates'
  | 'rnn-hidden'
  | 'hidden-default'
  | 'hidden-no-dead-units'
  | 'modern-cnn'
  | 'transformer';

export interface Activation {
  id: ActivationId;
  /** The usual name, as written in prose and code. */
  name: string;
  /** f(x) */
  value: (x: number) => number;
  /** f'(x); at a kink (ReLU's x = 0) the convention of the math module. */
  derivative: (x: number) => number;
  /** The definition in LaTeX, e.g. \sigma(x) = \frac{1}{1 + e^{-x}}. */
  formula: string;
  /** The derivative in LaTeX. */
  derivativeFormula: string;
  range: ActivationRange;
  /** f(0) = 0 and, for inputs spread evenly about 0 (a standard normal), the outputs average 0. */
  zeroCentred: boolean;
  /** Never decreasing: x < y implies f(x) ≤ f(y). */
  monotone: boolean;
  /** The largest value of f'(x) over all x, and where it is reached. */
  largestSlope: { value: number } & SlopePeak;
  /** lim f'(x) as x → -∞ and as x → +∞: a limit of 0 means the function saturates on that side. */
  slopeLimits: { negative: number; positive: number };
  /** f'(x) is exactly 0 for every x < 0: a unit that only ever sees negative inputs stops learning. */
  flatForNegative: boolean;
  cost: Cost;
  uses: readonly Use[];
}

// ---------------------------------------------------------------------------------------------

const sigmoidEntry: Activation = {
  id: 'sigmoid',
  name: 'sigmoid',
  value: sigmoid,
  derivative: sigmoidDerivative,
  formula: String.raw`\sigma(x) = \frac{1}{1 + e^{-x}}`,
  derivativeFormula: String.raw`\sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr)`,
  range: { min: 0, max: 1, minAttained: false, maxAttained: false },
  zeroCentred: false,
  monotone: true,
  largestSlope: { value: sigmoidDerivative(0), at: 0 },
  slopeLimits: { negative: 0, positive: 0 },
  flatForNegative: false,
  cost: 'exp',
  uses: ['binary-output', 'multi-label-output', 'gates'],
};

const tanhEntry: Activation = {
  id: 'tanh',
  name: 'tanh',
  value: tanh,
  derivative: tanhDerivative,
  formula: String.raw`\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}`,
  derivativeFormula: String.raw`\tanh'(x) = 1 - \tanh^{2}(x)`,
  range: { min: -1, max: 1, minAttained: false, maxAttained: false },
  zeroCentred: true,
  monotone: true,
  largestSlope: { value: tanhDerivative(0), at: 0 },
  slopeLimits: { negative: 0, positive: 0 },
  flatForNegative: false,
  cost: 'exp',
  uses: ['rnn-hidden'],
};

const reluEntry: Activation = {
  id: 'relu',
  name: 'ReLU',
  value: relu,
  derivative: reluDerivative,
  formula: String.raw`\operatorname{ReLU}(x) = \max(0, x)`,
  derivativeFormula: String.raw`\operatorname{ReLU}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x < 0 \end{cases}`,
  range: { min: 0, max: Infinity, minAttained: true, maxAttained: false },
  zeroCentred: false,
  monotone: true,
  largestSlope: { value: 1, at: 'positive' },
  slopeLimits: { negative: 0, positive: 1 },
  flatForNegative: true,
  cost: 'comparison',
  uses: ['hidden-default'],
};

const leakyReluEntry: Activation = {
  id: 'leaky-relu',
  name: 'leaky ReLU',
  value: (x) => leakyRelu(x, LEAKY_SLOPE),
  derivative: (x) => leakyReluDerivative(x, LEAKY_SLOPE),
  formula: String.raw`\operatorname{LeakyReLU}(x) = \begin{cases} x & x > 0 \\ ${LEAKY_SLOPE}\,x & x \le 0 \end{cases}`,
  derivativeFormula: String.raw`\operatorname{LeakyReLU}'(x) = \begin{cases} 1 & x > 0 \\ ${LEAKY_SLOPE} & x < 0 \end{cases}`,
  range: { min: -Infinity, max: Infinity, minAttained: false, maxAttained: false },
  zeroCentred: false,
  monotone: true,
  largestSlope: { value: 1, at: 'positive' },
  slopeLimits: { negative: LEAKY_SLOPE, positive: 1 },
  flatForNegative: false,
  cost: 'comparison',
  uses: ['hidden-no-dead-units'],
};

const siluEntry: Activation = {
  id: 'silu',
  name: 'SiLU',
  value: silu,
  derivative: siluDerivative,
  formula: String.raw`\operatorname{SiLU}(x) = x\,\sigma(x) = \frac{x}{1 + e^{-x}}`,
  derivativeFormula: String.raw`\operatorname{SiLU}'(x) = \sigma(x)\,\bigl(1 + x\,(1 - \sigma(x))\bigr)`,
  range: { min: silu(SILU_MIN_AT), max: Infinity, minAttained: true, maxAttained: false },
  zeroCentred: false,
  monotone: false,
  largestSlope: { value: siluDerivative(SILU_STEEPEST_AT), at: SILU_STEEPEST_AT },
  slopeLimits: { negative: 0, positive: 1 },
  flatForNegative: false,
  cost: 'exp',
  uses: ['modern-cnn'],
};

const eluEntry: Activation = {
  id: 'elu',
  name: 'ELU',
  value: (x) => elu(x, ELU_ALPHA),
  derivative: (x) => eluDerivative(x, ELU_ALPHA),
  formula: String.raw`\operatorname{ELU}(x) = \begin{cases} x & x > 0 \\ e^{x} - 1 & x \le 0 \end{cases}`,
  derivativeFormula: String.raw`\operatorname{ELU}'(x) = \begin{cases} 1 & x > 0 \\ e^{x} & x \le 0 \end{cases}`,
  range: { min: -ELU_ALPHA, max: Infinity, minAttained: false, maxAttained: false },
  zeroCentred: false,
  monotone: true,
  largestSlope: { value: 1, at: 'positive' },
  slopeLimits: { negative: 0, positive: 1 },
  flatForNegative: false,
  cost: 'exp',
  uses: ['hidden-no-dead-units'],
};

const geluEntry: Activation = {
  id: 'gelu',
  name: 'GELU',
  value: gelu,
  derivative: geluDerivative,
  formula: String.raw`\operatorname{GELU}(x) = x\,\Phi(x)`,
  derivativeFormula: String.raw`\operatorname{GELU}'(x) = \Phi(x) + x\,\varphi(x)`,
  range: { min: gelu(GELU_MIN_AT), max: Infinity, minAttained: true, maxAttained: false },
  zeroCentred: false,
  monotone: false,
  largestSlope: { value: geluDerivative(GELU_STEEPEST_AT), at: GELU_STEEPEST_AT },
  slopeLimits: { negative: 0, positive: 1 },
  flatForNegative: false,
  cost: 'erf',
  uses: ['transformer'],
};

/** Every activation, in the order the lesson introduces them. */
export const activations: readonly Activation[] = [
  sigmoidEntry, tanhEntry, reluEntry, leakyReluEntry, siluEntry, eluEntry, geluEntry,
];

const byId = new Map<ActivationId, Activation>(activations.map((entry) => [entry.id, entry]));

export function isActivationId(text: string): text is ActivationId {
  return (ACTIVATION_IDS as readonly string[]).includes(text);
}

export function getActivation(id: ActivationId): Activation {
  const entry = byId.get(id);
  if (entry === undefined) throw new RangeError(`no activation ${id}`);
  return entry;
}

/** The sides on which f saturates (its slope tends to 0). */
export function saturatingSides(entry: Activation): { negative: boolean; positive: boolean } {
  return { negative: entry.slopeLimits.negative === 0, positive: entry.slopeLimits.positive === 0 };
}

// ---------------------------------------------------------------------------------------------
// Beside the element-wise functions: the two ways to turn a vector of logits into probabilities.

/** Independent sigmoids, one per logit: each is its own yes/no probability; they need not sum to 1. */
export function sigmoidVector(logits: readonly number[]): number[] {
  return logits.map(sigmoid);
}

/** softmax(v, T): one distribution over the classes, summing to 1 (re-exported for one import). */
export { softmax };

/** The kind of question an output layer answers. */
export type Task = 'binary' | 'multi-class' | 'multi-label' | 'regression';

/** What goes on the last layer for each task; hidden layers use ReLU or a relative whatever the task. */
export const outputActivation: Record<Task, 'sigmoid' | 'softmax' | 'identity'> = {
  binary: 'sigmoid',
  'multi-class': 'softmax',
  'multi-label': 'sigmoid',
  regression: 'identity',
};
