// Threshold and metrics: seeded patients scored by a fitted logistic regression; a threshold gives the confusion
// matrix and its rates, and a point on the ROC curve. Pure; every number comes from the math module.
import { makeBlobs, type Dataset } from '../../lib/math/datasets.ts';
import { fitLogisticRegression, predictProbability } from '../../lib/math/logistic-regression.ts';
import { confusionMatrix, rocAuc, rocCurve, type ConfusionMatrix, type RocPoint } from '../../lib/math/metrics.ts';
import { formatFixed, formatFull } from '../../lib/format.ts';
import { lesson2Widgets } from '../../strings/en/lesson2-widgets.ts';
import { clamp } from '../shared/parse-number.ts';
import type { LineChartSpec } from '../../charts/svg-chart.ts';

const text = lesson2Widgets.thresholdMetrics;

export type PatientSet = 'balanced' | 'imbalanced';
export const PATIENT_SETS: readonly PatientSet[] = ['balanced', 'imbalanced'];

export interface MetricsState {
  /** Predict ill when p ≥ threshold. */
  threshold: number;
  patients: PatientSet;
}

export const DEFAULT_STATE: MetricsState = { threshold: 0.5, patients: 'balanced' };
export const THRESHOLD_BOUNDS = { min: 0, max: 1 } as const;
export const THRESHOLD_STEP = 0.01;
/** Seed and spread of the two blobs of patients: they overlap, so no threshold is perfect. */
const BLOBS = { separation: 2, noise: 1, seed: 7 } as const;
/** Of the imbalanced set: all 180 healthy and the first 20 ill of 360 generated, 10 % ill. */
const IMBALANCED = { generated: 360, ill: 20 } as const;
const PLACES = 3;

/** The patients of a set: two features per patient, label 1 = ill. */
export function patients(set: PatientSet): Dataset {
  if (set === 'balanced') return makeBlobs({ n: 200, ...BLOBS });
  const all = makeBlobs({ n: IMBALANCED.generated, ...BLOBS });
  const keep = (() => {
    let ill = 0;
    return all.y.map((label) => label === 0 || ill++ < IMBALANCED.ill);
  })();
  return { X: all.X.filter((_, i) => keep[i]), y: all.y.filter((_, i) => keep[i]) };
}

export interface Scored {
  scores: number[];
  labels: number[];
  roc: RocPoint[];
  auc: number;
}

/** Each patient's probability of being ill under the best-fit model of that set, and the ROC over all thresholds. */
function score(set: PatientSet): Scored {
  const { X, y } = patients(set);
  const fit = fitLogisticRegression(X, y);
  const scores = X.map((x) => predictProbability(fit.weights, fit.bias, x));
  return { scores, labels: y, roc: rocCurve(scores, y), auc: rocAuc(scores, y) };
}

const cache = new Map<PatientSet, Scored>();
export function scored(set: PatientSet): Scored {
  let result = cache.get(set);
  if (result === undefined) {
    result = score(set);
    cache.set(set, result);
  }
  return result;
}

export function setThreshold(state: MetricsState, threshold: number): MetricsState {
  return { ...state, threshold: clamp(threshold, THRESHOLD_BOUNDS, state.threshold) };
}

export function setPatients(state: MetricsState, value: string): MetricsState {
  return (PATIENT_SETS as readonly string[]).includes(value) ? { ...state, patients: value as PatientSet } : state;
}

export interface MetricsView {
  t: string;
  matrix: ConfusionMatrix;
  precision: string;
  recall: string;
  accuracy: string;
  f1: string;
  fpr: string;
  auc: string;
  /** The ROC point for this threshold. */
  point: { fpr: number; tpr: number };
  /** Accuracy of always answering "healthy", as a sentence. */
  baseline: string;
  chartLabel: string;
  sliderValue: string;
}

export function showThreshold(t: number): string {
  return formatFull(t);
}

const rate = (value: number): string => formatFixed(value, PLACES);

export function metricsView(state: MetricsState): MetricsView {
  const { scores, labels, auc } = scored(state.patients);
  const matrix = confusionMatrix(scores, labels, state.threshold);
  const negatives = matrix.fp + matrix.tn;
  const fprValue = negatives === 0 ? 0 : matrix.fp / negatives;
  const t = showThreshold(state.threshold);
  // The module defines precision as 1 when nothing is called positive; say so rather than show a bare 1.
  const precision = matrix.tp + matrix.fp === 0 ? `${rate(1)} (${text.noPositiveCalls})` : rate(matrix.precision);
  const recall = rate(matrix.recall);
  const shownAuc = rate(auc);
  return {
    t,
    matrix,
    precision,
    recall,
    accuracy: rate(matrix.accuracy),
    f1: rate(matrix.f1),
    fpr: rate(fprValue),
    auc: shownAuc,
    point: { fpr: fprValue, tpr: matrix.recall },
    baseline: text.baseline(formatFixed((100 * negatives) / labels.length, 0)),
    chartLabel: text.chartLabel({ auc: shownAuc, fpr: rate(fprValue), tpr: recall, t }),
    sliderValue: text.sliderValue(t, precision, recall),
  };
}

/** The chance diagonal, the ROC curve as a line, and the dot for the current threshold. */
export function chartSpec(state: MetricsState, view: MetricsView): LineChartSpec {
  const { roc } = scored(state.patients);
  const { legend } = text;
  return {
    x: { min: 0, max: 1, title: text.axisX },
    y: { min: 0, max: 1 },
    series: [
      { label: legend.chance, colour: 'muted', points: [{ x: 0, y: 0 }, { x: 1, y: 1 }], dashed: true, weight: 0.5 },
      { label: legend.roc, colour: 'accent', points: roc.map((point) => ({ x: point.fpr, y: point.tpr })) },
      { label: legend.point, colour: 'accent-2', points: [{ x: view.point.fpr, y: view.point.tpr }], marker: true },
    ],
  };
}
