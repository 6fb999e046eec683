// Why cross-entropy: for one example (x, y) and p = σ(w·x), both losses and both slopes as functions of w, with
// a verdict on how hard each would push gradient descent at the current w. Pure; the formulas live in the math
// module (loss-comparison.ts).
import { sigmoid } from '../../lib/math/activations.ts';
import {
  crossEntropyInW,
  crossEntropySlopeInW,
  squaredErrorInW,
  squaredErrorSlopeInW,
} from '../../lib/math/loss-comparison.ts';
import { formatFixed, formatFull } from '../../lib/format.ts';
import { lesson2Widgets } from '../../strings/en/lesson2-widgets.ts';
import { clamp, type Bounds } from '../shared/parse-number.ts';
import type { LineChartSpec, Point, Series } from '../../charts/svg-chart.ts';

const text = lesson2Widgets.whyCrossEntropy;

export interface LossState {
  /** The weight, also the plotted point. */
  w: number;
  /** The example's one input. */
  x: number;
  y: 0 | 1;
}

export const DEFAULT_STATE: LossState = { w: -4, x: 1, y: 1 };
export const BOUNDS: { w: Bounds; x: Bounds } = { w: { min: -8, max: 8 }, x: { min: -3, max: 3 } };
export const W_STEP = 0.05;
/** The loss plot's top; cross-entropy is cut where it climbs past it. */
export const LOSS_TOP = 5;
const SAMPLES = 321;
const PLACES = 4;

export function setW(state: LossState, w: number): LossState {
  return { ...state, w: clamp(w, BOUNDS.w, state.w) };
}

export function setX(state: LossState, x: number): LossState {
  return { ...state, x: clamp(x, BOUNDS.x, state.x) };
}

export function setY(state: LossState, y: string): LossState {
  return y === '0' || y === '1' ? { ...state, y: y === '1' ? 1 : 0 } : state;
}

export function show(value: number): string {
  const fixed = formatFixed(value, PLACES);
  return Number(fixed) === 0 ? formatFixed(0, PLACES) : fixed;
}

/** Splits a polyline into the runs that stay at or below `top`, cutting each run exactly where it crosses. */
export function clipAbove(points: readonly Point[], top: number): Point[][] {
  const runs: Point[][] = [];
  let run: Point[] = [];
  points.forEach((point, i) => {
    const previous = points[i - 1];
    if (previous !== undefined && (previous.y <= top) !== (point.y <= top)) {
      const t = (top - previous.y) / (point.y - previous.y);
      run.push({ x: previous.x + t * (point.x - previous.x), y: top });
      if (point.y > top) {
        runs.push(run);
        run = [];
      }
    }
    if (point.y <= top) run.push(point);
  });
  if (run.length > 0) runs.push(run);
  return runs.filter((r) => r.length > 1);
}

export interface LossView {
  w: string;
  x: string;
  p: string;
  bce: string;
  bceSlope: string;
  se: string;
  seSlope: string;
  verdict: string;
  /** Whether cross-entropy runs off the top of the loss plot. */
  clipped: boolean;
  lossLabel: string;
  slopeLabel: string;
}

// "Confidently wrong": the model gives the true class less than this probability.
const WRONG_BELOW = 0.2;
const RIGHT_ABOVE = 0.8;

function verdict(state: LossState, p: number, bceSlope: number, seSlope: number): string {
  const { verdict: says } = text;
  if (state.x === 0) return says.flatInput;
  const pTrue = state.y === 1 ? p : 1 - p;
  const shownP = formatFixed(p, 3);
  if (pTrue < WRONG_BELOW) return says.wrong(shownP, String(state.y), show(bceSlope), show(seSlope));
  if (pTrue > RIGHT_ABOVE) return says.right(shownP, String(state.y));
  const ratio = Math.abs(bceSlope / seSlope);
  return Number.isFinite(ratio) ? says.middle(formatFixed(ratio, 1)) : says.flatInput;
}

function sampleW(f: (w: number) => number): Point[] {
  return Array.from({ length: SAMPLES }, (_, i) => {
    const w = BOUNDS.w.min + ((BOUNDS.w.max - BOUNDS.w.min) * i) / (SAMPLES - 1);
    return { x: w, y: f(w) };
  });
}

export function lossView(state: LossState): LossView {
  const { w, x, y } = state;
  const p = sigmoid(w * x);
  const bceSlope = crossEntropySlopeInW(w, x, y);
  const seSlope = squaredErrorSlopeInW(w, x, y);
  const shown = {
    w: formatFull(w),
    x: formatFull(x),
    bce: show(crossEntropyInW(w, x, y)),
    se: show(squaredErrorInW(w, x, y)),
    bceSlope: show(bceSlope),
    seSlope: show(seSlope),
  };
  const highest = Math.max(crossEntropyInW(BOUNDS.w.min, x, y), crossEntropyInW(BOUNDS.w.max, x, y));
  return {
    ...shown,
    p: formatFixed(p, PLACES),
    verdict: verdict(state, p, bceSlope, seSlope),
    clipped: highest > LOSS_TOP,
    lossLabel: text.lossLabel({ ...shown, y: String(y) }),
    slopeLabel: text.slopeLabel(shown),
  };
}

export interface LossCharts {
  loss: LineChartSpec;
  slope: LineChartSpec;
}

/** Both losses against w (cross-entropy cut at LOSS_TOP), and both slopes, each with the current w marked. */
export function chartSpecs(state: LossState): LossCharts {
  const { x, y, w } = state;
  const { legend } = text;
  const bceRuns = clipAbove(sampleW((v) => crossEntropyInW(v, x, y)), LOSS_TOP);
  const loss: Series[] = [
    { label: legend.se, colour: 'accent-2', points: sampleW((v) => squaredErrorInW(v, x, y)) },
    ...bceRuns.map((points): Series => ({ label: legend.bce, colour: 'accent', points })),
    { label: legend.se, colour: 'accent-2', points: [{ x: w, y: squaredErrorInW(w, x, y) }], marker: true },
  ];
  const bceHere = crossEntropyInW(w, x, y);
  if (bceHere <= LOSS_TOP) loss.push({ label: legend.bce, colour: 'accent', points: [{ x: w, y: bceHere }], marker: true });
  // Slopes of BCE lie in [−|x|, |x|]; a floor keeps the axis readable when x is near 0.
  const reach = Math.max(Math.abs(x), 0.25) * 1.1;
  const slope: Series[] = [
    { label: legend.zero, colour: 'muted', points: [{ x: BOUNDS.w.min, y: 0 }, { x: BOUNDS.w.max, y: 0 }], weight: 0.4 },
    { label: legend.se, colour: 'accent-2', points: sampleW((v) => squaredErrorSlopeInW(v, x, y)) },
    { label: legend.bce, colour: 'accent', points: sampleW((v) => crossEntropySlopeInW(v, x, y)) },
    { label: legend.se, colour: 'accent-2', points: [{ x: w, y: squaredErrorSlopeInW(w, x, y) }], marker: true },
    { label: legend.bce, colour: 'accent', points: [{ x: w, y: crossEntropySlopeInW(w, x, y) }], marker: true },
  ];
  const axis = { ...BOUNDS.w, title: text.axisX };
  return {
    loss: { x: axis, y: { min: 0, max: LOSS_TOP }, series: loss },
    slope: { x: axis, y: { min: -reach, max: reach }, series: slope },
  };
}
