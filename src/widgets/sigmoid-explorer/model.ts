// Sigmoid explorer: state (plotted range, point x, derivative overlay) and the view it implies:
// curves, tangent line, readouts and the chart's text alternative. Pure; numbers come from the math module.
import { sigmoid, sigmoidDerivative } from '../../lib/math/index.ts';
import { formatFull } from '../../lib/format.ts';
import { widgets } from '../../strings/en/widgets.ts';
import { clamp, type Parsed } from '../shared/parse-number.ts';
import { checkedRange, type RangeProblem } from '../shared/range.ts';
import { formatUnit } from '../shared/show-number.ts';
import type { LineChartSpec, Series } from '../../charts/svg-chart.ts';

const text = widgets.sigmoidExplorer;

export interface ExplorerState {
  xMin: number;
  xMax: number;
  /** The marked point; always within [xMin, xMax]. */
  x: number;
  showDerivative: boolean;
}

export const DEFAULT_STATE: ExplorerState = { xMin: -10, xMax: 10, x: 1, showDerivative: false };

/** Range ends must lie in [-RANGE_LIMIT, RANGE_LIMIT]. */
export const RANGE_LIMIT = 1000;
/** The narrowest range allowed, so the slider keeps useful steps. */
export const MIN_WIDTH = 0.1;
/** Samples along each curve. */
export const SAMPLES = 241;
/** Rows in the data table. */
export const TABLE_ROWS = 9;
/** Decimal places for σ(x) and σ'(x) readouts (more where 4 would round a tail to 0 or 1). */
export const PLACES = 4;
/** The y axis shows [Y_MIN, Y_MAX]: all of σ's range. */
export const Y_MIN = 0;
export const Y_MAX = 1;

export type { RangeProblem } from '../shared/range.ts';

export interface Point {
  x: number;
  y: number;
}

export interface ExplorerView {
  x: string;
  sigma: string;
  slope: string;
  step: number;
  curve: Point[];
  derivative: Point[] | null;
  half: Point[];
  tangent: Point[];
  marker: Point;
  table: { x: string; sigma: string; slope: string }[];
  chartLabel: string;
}

/** The largest 1-2-5 step giving at least 200 slider positions across the range (so fewer than 500). */
export function stepFor(xMin: number, xMax: number): number {
  // The 1e-9 slack keeps binary noise (0.1 / 200 = 0.0005000...01) from dropping a step size.
  const rough = ((xMax - xMin) / 200) * (1 + 1e-9);
  const power = 10 ** Math.floor(Math.log10(rough));
  const nice = [5, 2, 1].find((factor) => factor * power <= rough) ?? 1;
  return nice * power;
}

/** Decimal places needed to write multiples of `step` exactly (0.05 -> 2). */
export function placesFor(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/** Rounds to the slider grid and removes binary noise such as 0.30000000000000004. */
export function snap(state: ExplorerState, x: number): number {
  const step = stepFor(state.xMin, state.xMax);
  const snapped = Math.round(x / step) * step;
  const tidy = Number(snapped.toFixed(placesFor(step)));
  return clamp(tidy === 0 ? 0 : tidy, { min: state.xMin, max: state.xMax }, state.x);
}

/** Sets x, clamped into the plotted range (a NaN keeps the old x). */
export function setX(state: ExplorerState, x: number): ExplorerState {
  return { ...state, x: clamp(x, { min: state.xMin, max: state.xMax }, state.x) };
}

/** Moves x by whole slider steps (arrow keys on the chart). */
export function moveX(state: ExplorerState, steps: number): ExplorerState {
  return setX(state, snap(state, state.x + steps * stepFor(state.xMin, state.xMax)));
}

/** A new plotted range, or why not; x is pulled inside it. */
export function setRange(state: ExplorerState, xMin: number, xMax: number): Parsed<ExplorerState, RangeProblem> {
  return checkedRange(xMin, xMax, MIN_WIDTH, () => setX({ ...state, xMin, xMax }, state.x));
}

function sample(xMin: number, xMax: number, count: number, f: (x: number) => number): Point[] {
  return Array.from({ length: count }, (_, i) => {
    const x = i === count - 1 ? xMax : xMin + ((xMax - xMin) * i) / (count - 1);
    return { x, y: f(x) };
  });
}

/** The tangent at x, cut where it leaves the plot (y outside [0, 1] or x outside the range). */
export function tangentSegment(state: ExplorerState): Point[] {
  const { x, xMin, xMax } = state;
  const y = sigmoid(x);
  const slope = sigmoidDerivative(x);
  // A slope that underflowed to 0 gives a flat line across the plot (and avoids 0/0 below).
  const left = slope > 0 ? Math.max(xMin, x - (y - Y_MIN) / slope) : xMin;
  const right = slope > 0 ? Math.min(xMax, x + (Y_MAX - y) / slope) : xMax;
  const at = (u: number): Point => ({ x: u, y: Math.min(Y_MAX, Math.max(Y_MIN, y + slope * (u - x))) });
  return [at(left), at(right)];
}

export function showX(x: number): string {
  return formatFull(x === 0 ? 0 : x);
}

export function explorerView(state: ExplorerState): ExplorerView {
  const { xMin, xMax, x, showDerivative } = state;
  const sigma = formatUnit(sigmoid(x), PLACES);
  const slope = formatUnit(sigmoidDerivative(x), PLACES);
  const table = sample(xMin, xMax, TABLE_ROWS, sigmoid).map((point) => ({
    x: showX(point.x),
    sigma: formatUnit(point.y, PLACES),
    slope: formatUnit(sigmoidDerivative(point.x), PLACES),
  }));
  return {
    x: showX(x),
    sigma,
    slope,
    step: stepFor(xMin, xMax),
    curve: sample(xMin, xMax, SAMPLES, sigmoid),
    derivative: showDerivative ? sample(xMin, xMax, SAMPLES, sigmoidDerivative) : null,
    half: [
      { x: xMin, y: 0.5 },
      { x: xMax, y: 0.5 },
    ],
    tangent: tangentSegment(state),
    marker: { x, y: sigmoid(x) },
    table,
    chartLabel: text.chartLabel({ min: showX(xMin), max: showX(xMax), x: showX(x), sigma, slope, showDerivative }),
  };
}

/** What the chart draws for this state: the 0.5 line, σ'(x) if asked, σ(x), the tangent and the marked point. */
export function chartSpec(state: ExplorerState, view: ExplorerView): LineChartSpec {
  const legend = text.legend;
  const series: Series[] = [{ label: legend.half, colour: 'muted', points: view.half, dashed: true, weight: 0.5 }];
  if (view.derivative !== null) series.push({ label: legend.derivative, colour: 'accent-2', points: view.derivative });
  series.push(
    { label: legend.sigma, colour: 'accent', points: view.curve },
    { label: legend.tangent, colour: 'accent-3', points: view.tangent, weight: 0.7 },
    { label: legend.sigma, colour: 'accent', points: [view.marker], marker: true },
  );
  return { x: { min: state.xMin, max: state.xMax, title: text.axisX }, y: { min: Y_MIN, max: Y_MAX }, series };
}
