// Function gallery: which activation functions and slopes are plotted on shared axes, over which range, where the
// cursor is and whose saturated regions (|f'| < 0.01) are shaded; and the view that implies: curves, bands,
// readouts and the text alternative. Pure; every number comes from the activation registry.
import { activations, getActivation, type ActivationId } from '../../lib/math/activation-registry.ts';
import { formatFixed, formatFull } from '../../lib/format.ts';
import { lesson3Widgets } from '../../strings/en/lesson3-widgets.ts';
import { clamp, type Parsed } from '../shared/parse-number.ts';
import { checkedRange, type RangeProblem } from '../shared/range.ts';
import type { LineChartSpec, Point, Series, SeriesColour } from '../../charts/svg-chart.ts';

const text = lesson3Widgets.gallery;
const symbols = lesson3Widgets.symbols;

export interface GalleryState {
  /** Functions whose curve f(x) is plotted. */
  curves: readonly ActivationId[];
  /** Functions whose slope f'(x) is plotted. */
  slopes: readonly ActivationId[];
  xMin: number;
  xMax: number;
  /** The readout's x; always within [xMin, xMax]. */
  cursor: number;
  /** Whose saturated regions are shaded, or null for none. */
  shade: ActivationId | null;
}

export const DEFAULT_STATE: GalleryState = {
  curves: ['sigmoid', 'tanh', 'relu', 'silu'],
  slopes: [],
  xMin: -6,
  xMax: 6,
  cursor: 1,
  shade: 'sigmoid',
};

/** |f'(x)| below this counts as saturated. */
export const SATURATION_SLOPE = 0.01;
/** Range ends must lie in [-RANGE_LIMIT, RANGE_LIMIT]. */
export const RANGE_LIMIT = 1000;
export const MIN_WIDTH = 0.1;
export const SAMPLES = 241;
/** Samples used to find saturated intervals before their ends are refined. */
const BAND_SAMPLES = 481;
export const PLACES = 4;

/** One colour per function, shared by its curve (solid) and its slope (dashed). */
export const COLOURS: Record<ActivationId, SeriesColour> = {
  sigmoid: 'accent',
  tanh: 'accent-2',
  relu: 'accent-3',
  'leaky-relu': 'danger',
  silu: 'accent-4',
  elu: 'fg',
  gelu: 'muted',
};

export type { RangeProblem } from '../shared/range.ts';

/** A shaded interval of x. */
export interface Band {
  from: number;
  to: number;
}

export interface ReadoutRow {
  id: ActivationId;
  name: string;
  value: string;
  slope: string;
  saturated: string;
}

export interface LegendItem {
  id: ActivationId;
  colour: SeriesColour;
  dashed: boolean;
  label: string;
}

export interface GalleryView {
  cursor: string;
  step: number;
  rows: ReadoutRow[];
  legend: LegendItem[];
  bands: Band[];
  /** The shaded regions in words, or why nothing is shaded. */
  shadeText: string;
  chart: LineChartSpec;
  chartLabel: string;
  empty: boolean;
}

/** A number for the readout: fixed places, never "-0.0000". */
export function showNumber(x: number): string {
  if (!Number.isFinite(x)) return text.notFinite;
  const fixed = formatFixed(x, PLACES);
  return Number(fixed) === 0 ? formatFixed(0, PLACES) : fixed;
}

/** A range end or cursor as typed: shortest digits, no "-0". */
export function showX(x: number): string {
  return formatFull(x === 0 ? 0 : x);
}

/** The largest 1-2-5 step giving at least 200 positions across the range. */
export function stepFor(xMin: number, xMax: number): number {
  const rough = ((xMax - xMin) / 200) * (1 + 1e-9);
  const power = 10 ** Math.floor(Math.log10(rough));
  const nice = [5, 2, 1].find((factor) => factor * power <= rough) ?? 1;
  return nice * power;
}

function placesFor(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

// ---------------------------------------------------------------------------------------------
// State changes: each returns a new state; none can produce a NaN or an x outside the range.

export function setCursor(state: GalleryState, x: number): GalleryState {
  return { ...state, cursor: clamp(x, { min: state.xMin, max: state.xMax }, state.cursor) };
}

/** Snaps x to the step grid (no 0.30000000000000004) and sets the cursor there. */
export function snapCursor(state: GalleryState, x: number): GalleryState {
  const step = stepFor(state.xMin, state.xMax);
  const snapped = Number((Math.round(x / step) * step).toFixed(placesFor(step)));
  return setCursor(state, snapped === 0 ? 0 : snapped);
}

export function moveCursor(state: GalleryState, steps: number): GalleryState {
  return snapCursor(state, state.cursor + steps * stepFor(state.xMin, state.xMax));
}

export function setRange(state: GalleryState, xMin: number, xMax: number): Parsed<GalleryState, RangeProblem> {
  return checkedRange(xMin, xMax, MIN_WIDTH, () => setCursor({ ...state, xMin, xMax }, state.cursor));
}

/** Shows or hides one function's curve (kind 'curves') or slope (kind 'slopes'), keeping the registry's order. */
export function toggle(state: GalleryState, kind: 'curves' | 'slopes', id: ActivationId, on: boolean): GalleryState {
  const chosen = new Set(state[kind]);
  if (on) chosen.add(id);
  else chosen.delete(id);
  return { ...state, [kind]: activations.map((entry) => entry.id).filter((each) => chosen.has(each)) };
}

export function setShade(state: GalleryState, shade: ActivationId | null): GalleryState {
  return { ...state, shade };
}

// ---------------------------------------------------------------------------------------------
// The view.

function sample(xMin: number, xMax: number, f: (x: number) => number): Point[] {
  return Array.from({ length: SAMPLES }, (_, i) => {
    const x = i === SAMPLES - 1 ? xMax : xMin + ((xMax - xMin) * i) / (SAMPLES - 1);
    return { x, y: f(x) };
  });
}

const isSaturated = (slope: (x: number) => number, x: number): boolean => Math.abs(slope(x)) < SATURATION_SLOPE;

/** The x between a and b where the saturated test flips, by bisection (a's side is `atA`). */
function boundary(slope: (x: number) => number, a: number, b: number, atA: boolean): number {
  let lo = a;
  let hi = b;
  for (let i = 0; i < 60 && hi - lo > 1e-12 * Math.max(1, Math.abs(lo)); i++) {
    const mid = (lo + hi) / 2;
    if (isSaturated(slope, mid) === atA) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The intervals of [xMin, xMax] where |f'(x)| < 0.01, ends refined by bisection. */
export function saturatedBands(id: ActivationId, xMin: number, xMax: number): Band[] {
  const slope = getActivation(id).derivative;
  const xs = Array.from({ length: BAND_SAMPLES }, (_, i) => (i === BAND_SAMPLES - 1 ? xMax : xMin + ((xMax - xMin) * i) / (BAND_SAMPLES - 1)));
  const bands: Band[] = [];
  let start: number | null = isSaturated(slope, xMin) ? xMin : null;
  for (let i = 1; i < xs.length; i++) {
    const a = xs[i - 1] as number;
    const b = xs[i] as number;
    const now = isSaturated(slope, b);
    if (start === null && now) start = boundary(slope, a, b, false);
    else if (start !== null && !now) {
      bands.push({ from: start, to: boundary(slope, a, b, true) });
      start = null;
    }
  }
  if (start !== null) bands.push({ from: start, to: xMax });
  // A single saturated point (ReLU's slope is 0 exactly at x = 0) is no region to shade.
  return bands.filter((band) => band.to - band.from > 1e-9 * (xMax - xMin));
}

/** Tidy y limits holding every plotted value, 0 and a little margin; [-1, 1] when nothing is plotted. */
export function yLimits(series: readonly Point[][]): { min: number; max: number } {
  const ys = series.flat().map((point) => point.y);
  if (ys.length === 0) return { min: -1, max: 1 };
  const low = Math.min(0, ...ys);
  const high = Math.max(0, ...ys);
  const margin = Math.max((high - low) * 0.06, 0.05);
  return { min: low - margin, max: high + margin };
}

function describeBands(bands: readonly Band[]): string {
  return bands.map((band) => text.band(showBandEnd(band.from), showBandEnd(band.to))).join(', ');
}

function showBandEnd(x: number): string {
  return formatFixed(x, 2).replace(/^-(?=0\.00$)/, '').replace('-', '−');
}

export function galleryView(state: GalleryState): GalleryView {
  const { xMin, xMax, cursor, curves, slopes, shade } = state;
  const series: Series[] = [];
  const plotted: Point[][] = [];
  for (const id of slopes) {
    const points = sample(xMin, xMax, getActivation(id).derivative);
    plotted.push(points);
    series.push({ label: text.slopeName(getActivation(id).name), colour: COLOURS[id], points, dashed: true });
  }
  for (const id of curves) {
    const points = sample(xMin, xMax, getActivation(id).value);
    plotted.push(points);
    series.push({ label: getActivation(id).name, colour: COLOURS[id], points });
  }
  const y = yLimits(plotted);
  series.unshift({ label: text.cursorLabel, colour: 'muted', points: [{ x: cursor, y: y.min }, { x: cursor, y: y.max }], weight: 0.5, dashed: true });
  for (const id of slopes) series.push({ label: text.slopeName(getActivation(id).name), colour: COLOURS[id], points: [{ x: cursor, y: getActivation(id).derivative(cursor) }], marker: true });
  for (const id of curves) series.push({ label: getActivation(id).name, colour: COLOURS[id], points: [{ x: cursor, y: getActivation(id).value(cursor) }], marker: true });

  const shown = activations.filter((entry) => curves.includes(entry.id) || slopes.includes(entry.id));
  const rows = shown.map((entry) => {
    const slope = entry.derivative(cursor);
    return {
      id: entry.id,
      name: entry.name,
      value: showNumber(entry.value(cursor)),
      slope: showNumber(slope),
      saturated: Math.abs(slope) < SATURATION_SLOPE ? text.yes : text.no,
    };
  });
  const legend: LegendItem[] = [
    ...curves.map((id) => ({ id, colour: COLOURS[id], dashed: false, label: getActivation(id).name })),
    ...slopes.map((id) => ({ id, colour: COLOURS[id], dashed: true, label: text.slopeName(getActivation(id).name) })),
  ];
  const bands = shade === null ? [] : saturatedBands(shade, xMin, xMax);
  const shadeText =
    shade === null ? text.shadeNone : bands.length === 0 ? text.shadeNowhere(symbols[shade]) : text.shadeWhere(symbols[shade], describeBands(bands));
  const names = legend.map((item) => item.label);
  const cursorText = showX(cursor);
  const readouts = rows.map((row) => text.readoutPhrase(row.name, row.value, row.slope)).join('; ');
  return {
    cursor: cursorText,
    step: stepFor(xMin, xMax),
    rows,
    legend,
    bands,
    shadeText,
    chart: { x: { min: xMin, max: xMax, title: text.axisX }, y, series },
    chartLabel: text.chartLabel({ names, min: showX(xMin), max: showX(xMax), cursor: cursorText, readouts, shade: shadeText }),
    empty: names.length === 0,
  };
}
