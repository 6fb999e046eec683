// Linear collapse: the weights of a 1-input network with two hidden units and the activation between its layers;
// the view draws its output beside the same weights with no activation (one straight line), marks where ReLU-like
// units switch, and writes the formula. Pure; the numbers come from src/lib/math/tiny-networks.ts.
import { getActivation, isActivationId, type ActivationId } from '../../lib/math/activation-registry.ts';
import { collapseLinear, switchPoints, twoLayerOutput, type TwoLayerParams } from '../../lib/math/tiny-networks.ts';
import { formatFixed, formatFull } from '../../lib/format.ts';
import { lesson3Widgets } from '../../strings/en/lesson3-widgets.ts';
import { clamp } from '../shared/parse-number.ts';
import type { LineChartSpec, Point, Series } from '../../charts/svg-chart.ts';

const text = lesson3Widgets.collapse;

export const PARAMS = ['w1', 'b1', 'w2', 'b2', 'v1', 'v2', 'c'] as const;
export type ParamName = (typeof PARAMS)[number];
export const LAYER_1: readonly ParamName[] = ['w1', 'b1', 'w2', 'b2'];
export const LAYER_2: readonly ParamName[] = ['v1', 'v2', 'c'];

/** 'none' is the identity: no activation between the layers. */
export type Choice = ActivationId | 'none';
/** The activations offered, besides none: the piecewise-linear ones bend, the others curve. */
export const CHOICES: readonly Choice[] = ['none', 'relu', 'leaky-relu', 'tanh', 'sigmoid'];

export interface CollapseState {
  params: Record<ParamName, number>;
  activation: Choice;
}

/** relu(x) − 2 relu(x − 1): a tent with bends at 0 and 1; with no activation, the line y = −x + 2. */
export const DEFAULT_STATE: CollapseState = {
  params: { w1: 1, b1: 0, w2: 1, b2: -1, v1: 1, v2: -2, c: 0 },
  activation: 'relu',
};

export const PARAM_LIMIT = 3;
export const PARAM_STEP = 0.1;
export const X_MIN = -3;
export const X_MAX = 3;
export const SAMPLES = 241;
export const TABLE_ROWS = 7;
const PLACES = 2;

/** Functions with a kink at 0: there the output can only bend at the units' switch points. */
const PIECEWISE_LINEAR = new Set<Choice>(['relu', 'leaky-relu']);

export function isChoice(value: string): value is Choice {
  return value === 'none' || (isActivationId(value) && CHOICES.includes(value));
}

export function showParam(x: number): string {
  return formatFull(x === 0 ? 0 : x);
}

export function setParam(state: CollapseState, name: ParamName, value: number): CollapseState {
  const tidy = Number(value.toFixed(10));
  const next = clamp(tidy === 0 ? 0 : tidy, { min: -PARAM_LIMIT, max: PARAM_LIMIT }, state.params[name]);
  return { ...state, params: { ...state.params, [name]: next } };
}

export function setActivation(state: CollapseState, activation: Choice): CollapseState {
  return { ...state, activation };
}

export function networkParams(state: CollapseState): TwoLayerParams {
  const p = state.params;
  return { w: [p.w1, p.w2], b: [p.b1, p.b2], v: [p.v1, p.v2], c: p.c };
}

function activationFunction(choice: Choice): (z: number) => number {
  return choice === 'none' ? (z) => z : getActivation(choice).value;
}

export function activationName(choice: Choice): string {
  return choice === 'none' ? text.none : getActivation(choice).name;
}

function sample(f: (x: number) => number): Point[] {
  return Array.from({ length: SAMPLES }, (_, i) => {
    const x = i === SAMPLES - 1 ? X_MAX : X_MIN + ((X_MAX - X_MIN) * i) / (SAMPLES - 1);
    return { x, y: f(x) };
  });
}

/** A number for the formula and readouts: two places, a typographic minus, never "−0.00". */
export function show(x: number): string {
  const fixed = formatFixed(x, PLACES);
  return (Number(fixed) === 0 ? formatFixed(0, PLACES) : fixed).replace('-', '−');
}

/** A term after the first: "+ 1.00" or "− 2.00". */
export function signed(x: number): string {
  const shown = show(x);
  return shown.startsWith('−') ? `− ${shown.slice(1)}` : `+ ${shown}`;
}

export interface CollapseView {
  network: Point[];
  linear: Point[];
  bends: Point[];
  formula: string;
  collapsed: string;
  shape: string;
  chart: LineChartSpec;
  chartLabel: string;
  table: { x: string; network: string; linear: string }[];
  values: Record<ParamName, string>;
}

export function collapseView(state: CollapseState): CollapseView {
  const params = networkParams(state);
  const f = activationFunction(state.activation);
  const name = activationName(state.activation);
  const network = sample((x) => twoLayerOutput(params, f, x));
  const { slope, intercept } = collapseLinear(params);
  const linear = [{ x: X_MIN, y: slope * X_MIN + intercept }, { x: X_MAX, y: slope * X_MAX + intercept }];
  const kinks = PIECEWISE_LINEAR.has(state.activation) ? switchPoints(params).filter((x) => x > X_MIN && x < X_MAX) : [];
  // Two units switching at one x give one bend.
  const distinct = kinks.filter((x, i) => i === 0 || x !== kinks[i - 1]);
  const bends = distinct.map((x) => ({ x, y: twoLayerOutput(params, f, x) }));

  let shape: string;
  if (state.activation === 'none') shape = text.sameLine;
  else if (PIECEWISE_LINEAR.has(state.activation)) shape = bends.length === 0 ? text.noBends(name) : text.bendsAt(name, distinct.map(show).join(text.and));
  else shape = text.smooth(name);

  const ys = [...network, ...linear].map((point) => point.y);
  const low = Math.min(-1, ...ys);
  const high = Math.max(1, ...ys);
  const margin = (high - low) * 0.06;
  const series: Series[] = [
    { label: text.legend.linear, colour: 'accent-2', points: linear, dashed: true },
    { label: text.legend.network(name), colour: 'accent', points: network },
    { label: text.legend.bends, colour: 'accent', points: bends, marker: true },
  ];
  const p = state.params;
  const fName = state.activation === 'none' ? '' : getActivation(state.activation).name;
  const collapsed = text.collapsed(show(slope), signed(intercept));
  const tableXs = Array.from({ length: TABLE_ROWS }, (_, i) => X_MIN + ((X_MAX - X_MIN) * i) / (TABLE_ROWS - 1));
  return {
    network,
    linear,
    bends,
    formula: text.formula({ v1: show(p.v1), w1: show(p.w1), b1: signed(p.b1), v2: signed(p.v2), w2: show(p.w2), b2: signed(p.b2), c: signed(p.c), f: fName }),
    collapsed,
    shape,
    chart: { x: { min: X_MIN, max: X_MAX, title: text.axisX }, y: { min: low - margin, max: high + margin }, series },
    chartLabel: text.chartLabel({ range: `${show(X_MIN)} to ${show(X_MAX)}`, activation: name, shape, linear: collapsed }),
    table: tableXs.map((x) => ({ x: show(x), network: show(twoLayerOutput(params, f, x)), linear: show(slope * x + intercept) })),
    values: Object.fromEntries(PARAMS.map((key) => [key, showParam(p[key])])) as Record<ParamName, string>,
  };
}
