// One feature: a small seeded study-hours data set, a model p = σ(w·hours + b) set by hand, its loss against the
// best fit, and the chart and table they imply. Pure; every number comes from the math module.
import { makeStudyHours } from '../../lib/math/datasets.ts';
import { fitLogisticRegression, meanLogisticLoss, predictProbability } from '../../lib/math/logistic-regression.ts';
import { accuracy } from '../../lib/math/metrics.ts';
import { formatFixed } from '../../lib/format.ts';
import { lesson2Widgets } from '../../strings/en/lesson2-widgets.ts';
import { clamp, type Bounds } from '../shared/parse-number.ts';
import type { LineChartSpec, Point, Series } from '../../charts/svg-chart.ts';

const text = lesson2Widgets.oneFeature;

export interface OneFeatureState {
  /** Weight on hours studied. */
  w: number;
  /** Bias: the log-odds of passing at 0 hours. */
  b: number;
}

export const DEFAULT_STATE: OneFeatureState = { w: 1, b: -2 };
export const BOUNDS: { w: Bounds; b: Bounds } = { w: { min: -4, max: 4 }, b: { min: -20, max: 20 } };
/** Slider steps. */
export const STEP = { w: 0.01, b: 0.05 } as const;
/** 20 students, seed 6: a set whose classes overlap, so the best fit is finite (checked by a test). */
export const DATA = makeStudyHours({ n: 20, seed: 6 });
export const HOURS = DATA.X.map((row) => row[0] as number);
export const FIT = fitLogisticRegression(DATA.X, DATA.y);
/** The plotted hours. */
export const X_RANGE = { min: 0, max: 8 } as const;
const SAMPLES = 161;
const PLACES = { weight: 2, loss: 4, hours: 2, p: 3 } as const;

export interface OneFeatureView {
  w: string;
  b: string;
  loss: string;
  best: string;
  /** Text under the readouts: how far from the best fit, or that this is it. */
  gap: string;
  accuracy: string;
  boundary: string;
  /** Hours where p = 0.5 (−b/w), or null when w = 0. */
  boundaryHours: number | null;
  table: { hours: string; outcome: string; p: string }[];
  chartLabel: string;
}

export function setW(state: OneFeatureState, w: number): OneFeatureState {
  return { ...state, w: clamp(w, BOUNDS.w, state.w) };
}

export function setB(state: OneFeatureState, b: number): OneFeatureState {
  return { ...state, b: clamp(b, BOUNDS.b, state.b) };
}

/** The best fit, as a state. */
export function fitted(): OneFeatureState {
  return { w: clamp(FIT.weights[0] as number, BOUNDS.w, 0), b: clamp(FIT.bias, BOUNDS.b, 0) };
}

export function showWeight(value: number): string {
  const fixed = formatFixed(value, PLACES.weight);
  return Number(fixed) === 0 ? formatFixed(0, PLACES.weight) : fixed;
}

export function showHours(hours: number): string {
  return formatFixed(hours, PLACES.hours);
}

function probabilities(state: OneFeatureState): number[] {
  return DATA.X.map((x) => predictProbability([state.w], state.b, x));
}

// Beyond this many hours the crossing is only "far off the chart"; its digits would say nothing.
const FAR_HOURS = 1000;

function describeBoundary(hours: number | null): string {
  if (hours === null) return text.noBoundary;
  if (Math.abs(hours) > FAR_HOURS) return text.farOffChart;
  const shown = showHours(hours);
  return hours < X_RANGE.min || hours > X_RANGE.max ? text.offChart(shown) : text.hours(shown);
}

export function oneFeatureView(state: OneFeatureState): OneFeatureView {
  const loss = meanLogisticLoss([state.w], state.b, DATA.X, DATA.y);
  const gap = loss - FIT.loss;
  // A w so small that −b/w overflows has, as far as the chart can tell, no crossing at all.
  const crossing = -state.b / state.w;
  const boundaryHours = state.w === 0 || !Number.isFinite(crossing) ? null : crossing;
  const p = probabilities(state);
  const w = showWeight(state.w);
  const b = showWeight(state.b);
  const shownLoss = formatFixed(loss, PLACES.loss);
  const boundary = describeBoundary(boundaryHours);
  const passed = DATA.y.filter((label) => label === 1).length;
  return {
    w,
    b,
    loss: shownLoss,
    best: formatFixed(FIT.loss, PLACES.loss),
    gap: gap < 5e-5 ? text.atBest : text.gap(formatFixed(gap, PLACES.loss)),
    accuracy: `${formatFixed(accuracy(p, DATA.y) * 100, 0)} %`,
    boundary,
    boundaryHours,
    table: HOURS.map((hours, i) => ({
      hours: showHours(hours),
      outcome: text.outcome[DATA.y[i] === 1 ? 1 : 0],
      p: formatFixed(p[i] as number, PLACES.p),
    })),
    chartLabel: text.chartLabel({ w, b, boundary, loss: shownLoss, passed, failed: DATA.y.length - passed }),
  };
}

function curve(state: OneFeatureState): Point[] {
  return Array.from({ length: SAMPLES }, (_, i) => {
    const hours = X_RANGE.min + ((X_RANGE.max - X_RANGE.min) * i) / (SAMPLES - 1);
    return { x: hours, y: predictProbability([state.w], state.b, [hours]) };
  });
}

/** The 0.5 line, the curve, the decision point when on the chart, then the students as dots at 0 and 1. */
export function chartSpec(state: OneFeatureState, view: OneFeatureView): LineChartSpec {
  const { legend } = text;
  const series: Series[] = [
    { label: legend.half, colour: 'muted', points: [{ x: X_RANGE.min, y: 0.5 }, { x: X_RANGE.max, y: 0.5 }], dashed: true, weight: 0.5 },
  ];
  const at = view.boundaryHours;
  if (at !== null && at >= X_RANGE.min && at <= X_RANGE.max) {
    series.push({ label: legend.boundary, colour: 'accent-3', points: [{ x: at, y: 0 }, { x: at, y: 1 }], dashed: true, weight: 0.7 });
  }
  series.push({ label: legend.curve, colour: 'accent', points: curve(state) });
  const dots = (label: number): Point[] => HOURS.filter((_, i) => DATA.y[i] === label).map((hours) => ({ x: hours, y: label }));
  series.push(
    { label: legend.failed, colour: 'accent-2', points: dots(0), marker: true },
    { label: legend.passed, colour: 'accent', points: dots(1), marker: true },
  );
  return { x: { ...X_RANGE, title: text.axisX }, y: { min: 0, max: 1 }, series };
}
