// What the playground shows for a state and a trained model: readouts, the weights table, the boundary's equation,
// the map's text alternative and the loss chart. Pure; accuracy and the model come from the math module.
import { predictProbability } from '../../lib/math/logistic-regression.ts';
import { mapFeatures, type FeatureMap } from '../../lib/math/features.ts';
import { accuracy } from '../../lib/math/metrics.ts';
import { formatFixed, formatFull } from '../../lib/format.ts';
import { lesson2Widgets } from '../../strings/en/lesson2-widgets.ts';
import type { LineChartSpec, Point } from '../../charts/svg-chart.ts';
import type { MapModel } from './map.ts';
import type { LabeledPoint, PlaygroundState } from './model.ts';

const text = lesson2Widgets.playground;
const names = text.featureNames;

/** The feature each weight multiplies, in order. */
export const FEATURE_NAMES: Record<FeatureMap, readonly string[]> = {
  none: [names.x1, names.x2],
  product: [names.x1, names.x2, names.product],
  squares: [names.x1, names.x2, names.x1Squared, names.x2Squared],
};

/** What training has reached: the model and its history (the trainer's state, in original units). */
export interface TrainingSnapshot {
  model: MapModel;
  epoch: number;
  lossHistory: readonly number[];
}

export interface PlaygroundView {
  epoch: string;
  loss: string;
  accuracy: string;
  norm: string;
  /** "w = (1.23, −0.45), b = 0.12" */
  weights: string;
  table: { name: string; value: string }[];
  mapLabel: string;
}

const PLACES = { weight: 3, loss: 4 } as const;
/** The loss chart draws at most this many points, however long training runs. */
export const LOSS_CHART_POINTS = 200;

export function showNumber(value: number, places: number): string {
  const fixed = formatFixed(value, places);
  return Number(fixed) === 0 ? formatFixed(0, places) : fixed;
}

export function showCoordinate(value: number): string {
  return showNumber(value, 2);
}

/** Fraction of points on the right side of p = 0.5, as a percentage; "—" with no points. */
export function trainingAccuracy(model: MapModel, points: readonly LabeledPoint[]): number | null {
  if (points.length === 0) return null;
  const scores = points.map((point) => predictProbability(model.weights, model.bias, mapFeatures(model.feature, point.x1, point.x2)));
  return accuracy(
    scores,
    points.map((point) => point.label),
  );
}

/** "1.2 x₁ − 0.5 x₂ + 0.1", the left side of the boundary's equation, terms with weight 0 left out. */
export function equation(model: MapModel): string {
  const featureNames = FEATURE_NAMES[model.feature];
  const terms = model.weights
    .map((w, j) => ({ w, name: featureNames[j] ?? '' }))
    .filter(({ w }) => Number(showNumber(w, 2)) !== 0)
    .map(({ w, name }, k) => {
      const size = showNumber(Math.abs(w), 2);
      return k === 0 ? `${w < 0 ? '−' : ''}${size} ${name}` : `${w < 0 ? '−' : '+'} ${size} ${name}`;
    });
  const b = showNumber(Math.abs(model.bias), 2);
  if (Number(b) !== 0 || terms.length === 0) terms.push(`${model.bias < 0 ? '−' : terms.length === 0 ? '' : '+'} ${b}`.trim());
  return terms.join(' ');
}

/** The boundary in words, with its equation. */
export function describeBoundary(model: MapModel): string {
  if (model.weights.every((w) => Number(showNumber(w, 2)) === 0)) return text.noBoundary;
  return model.feature === 'none' ? text.boundaryLine(equation(model)) : text.boundaryCurve(equation(model));
}

export function playgroundView(state: PlaygroundState, snapshot: TrainingSnapshot): PlaygroundView {
  const { model, epoch, lossHistory } = snapshot;
  const fraction = trainingAccuracy(model, state.points);
  const shownAccuracy = fraction === null ? '—' : `${formatFixed(100 * fraction, 1)} %`;
  const loss = lossHistory[lossHistory.length - 1];
  const norm = Math.hypot(...model.weights);
  const featureNames = FEATURE_NAMES[model.feature];
  const table = [
    ...model.weights.map((w, j) => ({ name: text.weightName(featureNames[j] ?? ''), value: showNumber(w, PLACES.weight) })),
    { name: text.bias, value: showNumber(model.bias, PLACES.weight) },
  ];
  const ones = state.points.filter((point) => point.label === 1).length;
  return {
    epoch: String(epoch),
    loss: loss === undefined ? '—' : showNumber(loss, PLACES.loss),
    accuracy: shownAccuracy,
    norm: showNumber(norm, PLACES.weight),
    weights: `w = (${model.weights.map((w) => showNumber(w, 2)).join(', ')}), b = ${showNumber(model.bias, 2)}`,
    table,
    mapLabel: text.mapLabel({
      points: state.points.length,
      ones,
      zeros: state.points.length - ones,
      epoch: String(epoch),
      accuracy: shownAccuracy,
      boundary: describeBoundary(model),
    }),
  };
}

/** Evenly spaced samples of the history (always keeping the last), so a long run stays a light chart. */
export function sampleHistory(history: readonly number[], most = LOSS_CHART_POINTS): Point[] {
  if (history.length <= most) return history.map((y, x) => ({ x, y }));
  const points: Point[] = [];
  const last = history.length - 1;
  for (let k = 0; k < most; k++) {
    const x = Math.round((last * k) / (most - 1));
    points.push({ x, y: history[x] as number });
  }
  return points;
}

/** The loss against steps: x from 0 to at least 10 steps, y from 0 to just above the highest loss so far. */
export function lossChartSpec(history: readonly number[]): LineChartSpec {
  const points = sampleHistory(history);
  const highest = points.reduce((top, point) => Math.max(top, point.y), 0);
  return {
    x: { min: 0, max: Math.max(10, history.length - 1), title: text.lossAxis },
    y: { min: 0, max: Math.max(0.1, highest * 1.05) },
    series: [{ label: text.lossLegend, colour: 'accent', points }],
  };
}

/** The loss chart's text alternative. */
export function lossChartLabel(history: readonly number[]): string {
  const first = history[0];
  const last = history[history.length - 1];
  const show = (value: number | undefined): string => (value === undefined ? '—' : showNumber(value, PLACES.loss));
  return text.lossChartLabel(String(Math.max(0, history.length - 1)), show(first), show(last));
}

export function showSetting(value: number): string {
  return formatFull(value);
}
