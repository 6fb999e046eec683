// Chain of slopes: the factor f′(z)·w that each layer multiplies a gradient by on its way back, and their running
// product over the layers, for sigmoid, tanh and ReLU side by side. Pure; the slopes come from the math module.
import { reluDerivative, sigmoidDerivative, tanhDerivative } from '../../lib/math/activations.ts';
import { formatFull } from '../../lib/format.ts';
import { lesson4Widgets } from '../../strings/en/lesson4-widgets.ts';
import { describeNumberProblem } from '../shared/messages.ts';
import { clamp, parseToken, type Parsed } from '../shared/parse-number.ts';
import { decadeRange, formatScientific, type LogChartSpec, type LogSeries } from './log-chart.ts';

const text = lesson4Widgets.chainOfSlopes;

export interface ChainState {
  /** Layers the gradient passes back through, 1 to MAX_DEPTH. */
  depth: number;
  /** The pre-activation z of every layer not given in layerZs. */
  z: number;
  /** The weight w each layer multiplies by (one unit per layer, so the factor is f′(z)·w). */
  weight: number;
  /** Optional z of the first layers, counted back from the output; the rest use z. */
  layerZs: readonly number[];
}

export const MAX_DEPTH = 20;
export const Z_LIMIT = 10;
export const WEIGHT_MIN = 0.1;
export const WEIGHT_MAX = 5;
/** z = 1 shows all three behaviours at once: σ′ and tanh′ below 1, ReLU′ exactly 1. */
export const DEFAULT_STATE: ChainState = { depth: 10, z: 1, weight: 1, layerZs: [] };

export type ActivationName = 'sigmoid' | 'tanh' | 'relu';
export const ACTIVATIONS: readonly ActivationName[] = ['sigmoid', 'tanh', 'relu'];

const slopes: Record<ActivationName, (z: number) => number> = {
  sigmoid: sigmoidDerivative,
  tanh: tanhDerivative,
  relu: reluDerivative,
};

const colours: Record<ActivationName, string> = {
  sigmoid: 'var(--color-accent)',
  tanh: 'var(--color-accent-3)',
  relu: 'var(--color-accent-2)',
};

export interface Chain {
  name: ActivationName;
  /** factors[k] = f′(z_k)·w for layer k + 1 (counted back from the output). */
  factors: number[];
  /** products[k] = the gradient's size after k layers; products[0] = 1. */
  products: number[];
  final: number;
}

export interface ChainView {
  zs: number[];
  chains: Chain[];
  /** The sigmoid's best case (w/4)^k, k = 0..depth. */
  bound: number[];
  /** How many typed values are left unused because the chain is shorter. */
  unusedZs: number;
  chart: LogChartSpec;
  chartLabel: string;
  readouts: Record<ActivationName, string>;
  boundText: string;
  table: { layer: string; z: string; factors: Record<ActivationName, string> }[];
}

export function setDepth(state: ChainState, depth: number): ChainState {
  return { ...state, depth: Math.round(clamp(depth, { min: 1, max: MAX_DEPTH }, state.depth)) };
}

export function setZ(state: ChainState, z: number): ChainState {
  return { ...state, z: clamp(z, { min: -Z_LIMIT, max: Z_LIMIT }, state.z) };
}

export function setWeight(state: ChainState, weight: number): ChainState {
  return { ...state, weight: clamp(weight, { min: WEIGHT_MIN, max: WEIGHT_MAX }, state.weight) };
}

/** Reads a list of pre-activations such as "1, -2 0.5": each finite and within ±Z_LIMIT, at most MAX_DEPTH. */
export function parseLayerZs(raw: string): Parsed<number[], string> {
  const tokens = raw.replace(/[[\]]/g, ' ').split(/[\s,;]+/).filter((token) => token !== '');
  if (tokens.length > MAX_DEPTH) return { ok: false, problem: text.problems.tooMany(tokens.length, MAX_DEPTH) };
  const values: number[] = [];
  for (const [index, token] of tokens.entries()) {
    const parsed = parseToken(token);
    if (!parsed.ok) return { ok: false, problem: text.problems.item(index + 1, describeNumberProblem(parsed.problem, text.zName, formatFull)) };
    if (Math.abs(parsed.value) > Z_LIMIT) return { ok: false, problem: text.problems.itemRange(index + 1, formatFull(Z_LIMIT)) };
    values.push(parsed.value);
  }
  return { ok: true, value: values };
}

/** The pre-activation of each layer, counted back from the output. */
export function layerZs(state: ChainState): number[] {
  return Array.from({ length: state.depth }, (_, k) => state.layerZs[k] ?? state.z);
}

/** The factors f′(z)·w and their running products for one activation. */
export function chainFor(name: ActivationName, zs: readonly number[], weight: number): Chain {
  const factors = zs.map((z) => slopes[name](z) * weight);
  const products = [1];
  for (const factor of factors) products.push(products[products.length - 1]! * factor);
  return { name, factors, products, final: products[products.length - 1]! };
}

/** A product for a reader; a ReLU chain that hit z ≤ 0 is exactly 0 and says so. */
export function describeProduct(value: number): string {
  return value === 0 ? text.zeroProduct : formatScientific(value);
}

export function chainView(state: ChainState): ChainView {
  const zs = layerZs(state);
  const chains = ACTIVATIONS.map((name) => chainFor(name, zs, state.weight));
  const bound = Array.from({ length: state.depth + 1 }, (_, k) => (state.weight / 4) ** k);
  const [minExponent, maxExponent] = decadeRange([...chains.flatMap((chain) => chain.products), ...bound]);
  const series: LogSeries[] = [
    { label: text.legend.bound, colour: 'var(--color-muted)', points: bound.map((y, x) => ({ x, y })), dashed: true, weight: 0.7 },
    ...chains.map((chain) => ({ label: text.names[chain.name], colour: colours[chain.name], points: chain.products.map((y, x) => ({ x, y })) })),
  ];
  const readouts = Object.fromEntries(chains.map((chain) => [chain.name, describeProduct(chain.final)])) as Record<ActivationName, string>;
  const [sigmoidChain, tanhChain, reluChain] = chains as [Chain, Chain, Chain];
  const boundText = formatScientific(bound[bound.length - 1]!);
  return {
    zs,
    chains,
    bound,
    unusedZs: Math.max(0, state.layerZs.length - state.depth),
    chart: { x: { min: 0, max: state.depth, title: text.axisX }, y: { minExponent, maxExponent }, series },
    chartLabel: text.chartLabel({
      depth: state.depth,
      sigmoid: readouts.sigmoid,
      tanh: readouts.tanh,
      relu: readouts.relu,
      bound: boundText,
      reluCut: reluChain.final === 0,
      sigmoidBelowTanh: sigmoidChain.final < tanhChain.final,
    }),
    readouts,
    boundText,
    table: zs.map((z, k) => ({
      layer: String(k + 1),
      z: formatFull(z),
      factors: Object.fromEntries(chains.map((chain) => [chain.name, formatScientific(chain.factors[k]!)])) as Record<ActivationName, string>,
    })),
  };
}
