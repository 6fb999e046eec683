// Forget gate: the gate input g, the number of time steps and the remembered value c₀; the view follows the memory
// c_t = σ(g) c_(t-1) step by step, with how much is kept per step and how fast it halves. Pure; the numbers come
// from src/lib/math (sigmoid, forgetGateMemory, gateHalfLife).
import { sigmoid } from '../../lib/math/activations.ts';
import { forgetGateMemory, gateHalfLife } from '../../lib/math/tiny-networks.ts';
import { formatFixed, formatFull } from '../../lib/format.ts';
import { lesson3Widgets } from '../../strings/en/lesson3-widgets.ts';
import { clamp } from '../shared/parse-number.ts';
import type { LineChartSpec, Point } from '../../charts/svg-chart.ts';

const text = lesson3Widgets.gate;

export interface GateState {
  /** The gate's input; the gate keeps σ(g) of the memory each step. */
  g: number;
  /** Whole number of steps, STEPS_MIN to STEPS_MAX. */
  steps: number;
  /** The remembered value c₀. */
  start: number;
}

export const DEFAULT_STATE: GateState = { g: 2, steps: 20, start: 1 };
export const G_LIMIT = 6;
export const G_STEP = 0.1;
export const STEPS_MIN = 1;
export const STEPS_MAX = 40;
export const START_LIMIT = 10;
const PLACES = 4;

export function showInput(x: number): string {
  return formatFull(x === 0 ? 0 : x);
}

/** Four places and a typographic minus; never "−0.0000" for a value that rounds to 0. */
export function showMemory(x: number): string {
  const fixed = formatFixed(x, PLACES);
  return (Number(fixed) === 0 ? formatFixed(0, PLACES) : fixed).replace('-', '−');
}

function showHalfLife(steps: number): string {
  return formatFixed(steps, steps < 10 ? 2 : 1);
}

export function setG(state: GateState, g: number): GateState {
  const tidy = Number(g.toFixed(10));
  return { ...state, g: clamp(tidy === 0 ? 0 : tidy, { min: -G_LIMIT, max: G_LIMIT }, state.g) };
}

/** Steps are whole: a fraction rounds to the nearest step, then clamps into range. */
export function setSteps(state: GateState, steps: number): GateState {
  return { ...state, steps: clamp(Math.round(steps), { min: STEPS_MIN, max: STEPS_MAX }, state.steps) };
}

export function setStart(state: GateState, start: number): GateState {
  return { ...state, start: clamp(start, { min: -START_LIMIT, max: START_LIMIT }, state.start) };
}

export interface GateView {
  g: string;
  keep: string;
  last: string;
  halfLife: string;
  memory: Point[];
  table: { step: string; memory: string }[];
  chart: LineChartSpec;
  chartLabel: string;
}

export function gateView(state: GateState): GateView {
  const values = forgetGateMemory(state.start, Array.from({ length: state.steps }, () => state.g));
  const memory = values.map((y, t) => ({ x: t, y }));
  const half = state.start / 2;
  const low = Math.min(0, state.start);
  const high = Math.max(0, state.start);
  const span = high - low || 1;
  const y = { min: low - span * 0.06, max: high + span * 0.06 };
  const keep = formatFixed(sigmoid(state.g), PLACES);
  const last = showMemory(values[values.length - 1] ?? state.start);
  const halfLife = showHalfLife(gateHalfLife(state.g));
  const g = showInput(state.g);
  return {
    g,
    keep,
    last,
    halfLife,
    memory,
    table: memory.map((point) => ({ step: String(point.x), memory: showMemory(point.y) })),
    chart: {
      x: { min: 0, max: state.steps, title: text.axisX },
      y,
      series: [
        { label: text.legend.half, colour: 'muted', points: [{ x: 0, y: half }, { x: state.steps, y: half }], dashed: true, weight: 0.6 },
        { label: text.legend.memory, colour: 'accent', points: memory },
        { label: text.legend.memory, colour: 'accent', points: memory, marker: true },
      ],
    },
    chartLabel: text.chartLabel({ g, keep, steps: String(state.steps), start: showMemory(state.start), last, halfLife }),
  };
}
