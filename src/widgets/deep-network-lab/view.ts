// What the lab shows, from what it has been told: the history of a run (grown delta by delta, in bounded memory),
// the two charts' specs, the readouts and every chart's text alternative. Pure; numbers arrive measured from the
// engine.
import type { LineChartSpec } from '../../charts/svg-chart.ts';
import { formatFixed } from '../../lib/format.ts';
import { lesson4Widgets } from '../../strings/en/lesson4-widgets.ts';
import { decadeRange, formatScientific, type LogChartSpec, type LogSeries } from '../chain-of-slopes/log-chart.ts';
import { createSeries, firstItem, pushItem, seriesItems, type Series } from './series.ts';
import type { Sample, SessionDelta } from './session.ts';

const text = lesson4Widgets.deepNetworkLab;

/** Points per chart line: enough to look smooth, few enough to redraw every frame. */
export const MAX_POINTS = 240;
/** Rows in the loss-and-accuracy table. */
export const TABLE_ROWS = 11;
/** The loss axis never goes above this; larger losses sit on the top edge. */
export const LOSS_CAP = 3;

/** One epoch's value: x is the epoch (from 1). */
export interface EpochPoint {
  x: number;
  y: number;
}

/**
 * A run as the page knows it. Per-epoch series are thinned as they grow (see series.ts), so memory and redraw time
 * stay bounded however long the run; the extremes the axes need are kept exactly, as running values.
 */
export interface LabHistory {
  epoch: number;
  /** Each epoch's mean loss. */
  loss: Series<EpochPoint>;
  /** Per layer (hidden layers from the input side, then the output layer): each epoch's weight-gradient norm. */
  gradientNorms: Series<EpochPoint>[];
  samples: Series<Sample>;
  /** Largest finite loss so far (0 before any). */
  lossMax: number;
  /** Smallest and largest positive finite gradient norm so far, over all layers (null before any). */
  normRange: [number, number] | null;
  current: Sample | null;
  map: Float32Array | null;
}

export function emptyHistory(): LabHistory {
  return {
    epoch: 0, loss: createSeries(), gradientNorms: [], samples: createSeries(), lossMax: 0, normRange: null, current: null, map: null,
  };
}

/** Adds a delta to the history; a delta that does not follow on (a stale message) is ignored. */
export function appendDelta(history: LabHistory, delta: SessionDelta): LabHistory {
  if (delta.fromEpoch !== history.epoch + 1) return history;
  history.epoch = delta.epoch;
  delta.loss.forEach((loss, k) => {
    pushItem(history.loss, { x: delta.fromEpoch + k, y: loss });
    if (Number.isFinite(loss)) history.lossMax = Math.max(history.lossMax, loss);
  });
  delta.gradientNorms.forEach((layer, l) => {
    const target = history.gradientNorms[l] ?? (history.gradientNorms[l] = createSeries());
    layer.forEach((norm, k) => {
      pushItem(target, { x: delta.fromEpoch + k, y: norm });
      if (norm > 0 && Number.isFinite(norm)) {
        const range = history.normRange;
        history.normRange = range === null ? [norm, norm] : [Math.min(range[0], norm), Math.max(range[1], norm)];
      }
    });
  });
  for (const sample of delta.samples) pushItem(history.samples, sample);
  history.current = delta.current;
  if (delta.map !== undefined) history.map = delta.map;
  return history;
}

/** At most `max` items, evenly spaced, always keeping the first and the last. */
export function thin<T>(items: readonly T[], max = MAX_POINTS): T[] {
  if (items.length <= max) return [...items];
  const result: T[] = [];
  const step = (items.length - 1) / (max - 1);
  for (let k = 0; k < max; k++) result.push(items[Math.round(k * step)]!);
  return result;
}

/** The x axis runs to the end of the current run (a multiple of the run length), so a run fills it as it goes. */
export function axisEnd(epoch: number, runLength: number): number {
  return Math.max(runLength, Math.ceil(epoch / runLength) * runLength);
}

/**
 * Whether a worker report ends the run the page is showing as running: it must say training stopped, and answer
 * the latest command (a report still answering an earlier reset or pause must not end a run just started).
 */
export function reportEndsRun(report: { running: boolean; command: number }, running: boolean, latestCommand: number): boolean {
  return running && !report.running && report.command === latestCommand;
}

/** True once the engine's numbers have overflowed (a learning rate far too large). */
export function hasDiverged(history: LabHistory): boolean {
  return history.current !== null && !Number.isFinite(history.current.loss);
}

export const showEpoch = (epoch: number): string => new Intl.NumberFormat('en-US').format(epoch);
export const showLoss = (loss: number): string => (Number.isFinite(loss) ? formatFixed(loss, 4) : text.notYet);
export const showAccuracy = (accuracy: number): string => (Number.isFinite(accuracy) ? formatFixed(accuracy, 4) : text.notYet);

export function lossChartSpec(history: LabHistory, runLength: number): LineChartSpec {
  const top = Math.min(LOSS_CAP, Math.max(1, Math.ceil(history.lossMax * 2) / 2));
  const lossPoints = thin(
    seriesItems(history.loss).flatMap((point) => (Number.isFinite(point.y) ? [{ x: point.x, y: Math.min(top, point.y) }] : [])),
  );
  const accuracyPoints = thin(seriesItems(history.samples).map((sample) => ({ x: sample.epoch, y: sample.accuracy })));
  const end = axisEnd(history.epoch, runLength);
  return {
    x: { min: 0, max: end, title: text.lossChart.axisX },
    y: { min: 0, max: top },
    series: [
      { label: text.lossChart.legend.chance, colour: 'muted', points: [{ x: 0, y: 0.5 }, { x: end, y: 0.5 }], dashed: true, weight: 0.6 },
      { label: text.lossChart.legend.loss, colour: 'accent-2', points: lossPoints },
      { label: text.lossChart.legend.accuracy, colour: 'accent', points: accuracyPoints },
    ],
  };
}

/** Layer colours run from the second accent (first hidden layer) to the first (output layer). */
export function layerColour(index: number, count: number): string {
  const towardsOutput = count <= 1 ? 100 : Math.round((index / (count - 1)) * 100);
  return `color-mix(in oklab, var(--color-accent) ${towardsOutput}%, var(--color-accent-2))`;
}

export function normChartSpec(history: LabHistory, runLength: number): LogChartSpec {
  const count = history.gradientNorms.length;
  const series: LogSeries[] = history.gradientNorms.map((layer, l) => ({
    label: text.normChart.layerName(l, count),
    colour: layerColour(l, count),
    points: thin(seriesItems(layer)),
    // The two ends of the chain are the ones to compare: drawn heavier.
    weight: l === 0 || l === count - 1 ? 1 : 0.55,
  }));
  // The output layer last, so it is drawn on top; the first layer just under it.
  const ordered = count > 1 ? [...series.slice(1, -1), series[0]!, series[count - 1]!] : series;
  const [minExponent, maxExponent] = decadeRange(history.normRange ?? [], [-8, 0]);
  return { x: { min: 0, max: axisEnd(history.epoch, runLength), title: text.normChart.axisX }, y: { minExponent, maxExponent }, series: ordered };
}

/** Each layer's gradient norm at epoch 1, or null before any epoch. */
export function firstNorms(history: LabHistory): number[] | null {
  if (history.epoch === 0 || history.gradientNorms.length === 0) return null;
  return history.gradientNorms.map((layer) => firstItem(layer)?.y ?? Number.NaN);
}

/** The latest gradient norm of each layer, or null before any epoch. */
export function latestNorms(history: LabHistory): number[] | null {
  if (history.epoch === 0 || history.gradientNorms.length === 0) return null;
  return history.gradientNorms.map((layer) => layer.latest?.y ?? Number.NaN);
}

/** "4.5 × 10⁵ times smaller" (or larger): the first hidden layer's norm against the output layer's. */
export function describeShrinkage(norms: readonly number[] | null): string {
  if (norms === null || norms.length < 2) return text.notYet;
  const first = norms[0]!;
  const last = norms[norms.length - 1]!;
  if (!(first > 0) || !(last > 0) || !Number.isFinite(first) || !Number.isFinite(last)) return text.notYet;
  return first <= last ? text.shrinkage(formatScientific(last / first, 2)) : text.growth(formatScientific(first / last, 2));
}

export interface LabReadouts {
  epoch: string;
  loss: string;
  accuracy: string;
  /** First hidden layer against the output layer at epoch 1, and at the latest epoch. */
  shrinkageStart: string;
  shrinkage: string;
}

export function labReadouts(history: LabHistory): LabReadouts {
  return {
    epoch: showEpoch(history.epoch),
    loss: history.current === null ? text.notYet : showLoss(history.current.loss),
    accuracy: history.current === null ? text.notYet : showAccuracy(history.current.accuracy),
    shrinkageStart: describeShrinkage(firstNorms(history)),
    shrinkage: describeShrinkage(latestNorms(history)),
  };
}

export function lossChartLabel(history: LabHistory): string {
  const current = history.current;
  if (current === null) return text.lossChart.untrained(text.notYet, text.notYet);
  const first = firstItem(history.loss)?.y;
  if (history.epoch === 0 || first === undefined) return text.lossChart.untrained(showLoss(current.loss), showAccuracy(current.accuracy));
  const learning = Number.isFinite(first) && Number.isFinite(current.loss) && current.loss < first * 0.8;
  return text.lossChart.label({
    epoch: showEpoch(history.epoch),
    loss: showLoss(current.loss),
    accuracy: showAccuracy(current.accuracy),
    firstLoss: showLoss(first),
    trend: learning ? text.lossChart.trends.learning : text.lossChart.trends.stuck,
  });
}

export function normChartLabel(history: LabHistory): string {
  const norms = latestNorms(history);
  if (norms === null) return text.normChart.untrained;
  return text.normChart.label({
    epoch: showEpoch(history.epoch),
    layers: norms.length,
    first: formatScientific(norms[0]!),
    last: formatScientific(norms[norms.length - 1]!),
    shrinkage: describeShrinkage(norms),
  });
}

/** Up to TABLE_ROWS samples, evenly spaced, always with the first and the latest. */
export function sampleTable(history: LabHistory): { epoch: string; loss: string; accuracy: string }[] {
  return thin(seriesItems(history.samples), TABLE_ROWS).map((sample) => ({
    epoch: showEpoch(sample.epoch),
    loss: showLoss(sample.loss),
    accuracy: showAccuracy(sample.accuracy),
  }));
}

export function normTable(history: LabHistory): { layer: string; first: string; now: string; relative: string }[] {
  const norms = latestNorms(history);
  if (norms === null) return [];
  const output = norms[norms.length - 1]!;
  return norms.map((now, l) => ({
    layer: text.normChart.layerName(l, norms.length),
    first: formatScientific(firstItem(history.gradientNorms[l]!)?.y ?? Number.NaN),
    now: formatScientific(now),
    relative: output > 0 ? formatScientific(now / output) : text.notYet,
  }));
}
