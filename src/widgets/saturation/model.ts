// Saturation: a freshly initialised network's hidden activations on the XOR points, as one histogram per layer,
// with each layer's saturated (or dead) share. State in, view out; the numbers come from the network engine.
import { makeXor } from '../../lib/math/datasets.ts';
import { createNetwork } from '../../lib/math/network/init.ts';
import { createTrainer } from '../../lib/math/network/trainer.ts';
import {
  HIDDEN_ACTIVATIONS, INITIALIZERS, type HiddenActivation, type Initializer,
} from '../../lib/math/network/types.ts';
import { formatFixed } from '../../lib/format.ts';
import { lesson4Widgets } from '../../strings/en/lesson4-widgets.ts';
import { clamp } from '../shared/parse-number.ts';

const text = lesson4Widgets.saturation;

export interface SaturationState {
  activation: HiddenActivation;
  init: Initializer;
  depth: number;
  width: number;
  seed: number;
}

export const BOUNDS = {
  depth: { min: 1, max: 9 },
  width: { min: 2, max: 64 },
  seed: { min: 1, max: 999_999 },
} as const;
/** Bins per histogram. */
export const BINS = 20;
/** N(0, 1) weights into 32 sigmoid units: sums of 32 terms land far from 0 and σ piles up at 0 and 1. */
export const DEFAULT_STATE: SaturationState = { activation: 'sigmoid', init: 'normal', depth: 5, width: 32, seed: 1 };

export interface LayerView {
  title: string;
  /** Share of the layer's activations in each bin. */
  shares: number[];
  low: number;
  high: number;
  lowText: string;
  highText: string;
  /** "24 % saturated" or "13 % of units dead" or the spread, for unbounded activations with no dead units. */
  detail: string;
  label: string;
  /** Whether the end bins are where the slope is nearly 0 (bounded activations). */
  flatEnds: boolean;
}

export interface SaturationView {
  layers: LayerView[];
  /** The tallest bar over all layers, so the histograms share a scale. */
  peak: number;
  summary: string;
  table: { layer: string; mean: string; std: string; saturated: string; dead: string }[];
}

export function normalizeState(state: SaturationState): SaturationState {
  const whole = (value: number, bounds: { min: number; max: number }, fallback: number): number => Math.round(clamp(value, bounds, fallback));
  return {
    activation: HIDDEN_ACTIVATIONS.includes(state.activation) ? state.activation : DEFAULT_STATE.activation,
    init: INITIALIZERS.includes(state.init) ? state.init : DEFAULT_STATE.init,
    depth: whole(state.depth, BOUNDS.depth, DEFAULT_STATE.depth),
    width: whole(state.width, BOUNDS.width, DEFAULT_STATE.width),
    seed: whole(state.seed, BOUNDS.seed, DEFAULT_STATE.seed),
  };
}

const percent = (share: number): string => formatFixed(100 * share, 0);
const showValue = (value: number): string => {
  const tidy = Number(value.toPrecision(2));
  return (tidy === 0 ? 0 : tidy).toString().replace('-', '−');
};

export function saturationView(requested: SaturationState): SaturationView {
  const state = normalizeState(requested);
  const data = makeXor({ n: 400, seed: state.seed });
  const network = createNetwork({ inputSize: 2, hiddenLayers: state.depth, width: state.width, activation: state.activation, init: state.init, seed: state.seed });
  // Before any step the trainer measures the activations of one forward pass over all 400 points.
  const trainer = createTrainer(network, data, { name: 'sgd', learningRate: 0.1 });
  const stats = trainer.activationStats();
  const layers = stats.map((layerStats, l): LayerView => {
    const { counts, edges } = trainer.activationHistogram(l, BINS);
    const total = counts.reduce((sum, count) => sum + count, 0) || 1;
    const shares = counts.map((count) => count / total);
    const low = edges[0]!;
    const high = edges[edges.length - 1]!;
    const tenth = Math.max(1, Math.round(BINS / 10));
    const sum = (from: number, to: number): number => shares.slice(from, to).reduce((a, b) => a + b, 0);
    let detail = text.spread(showValue(layerStats.std));
    if (layerStats.saturated !== null) detail = text.saturated(percent(layerStats.saturated));
    else if (layerStats.dead !== null && layerStats.dead > 0) detail = text.dead(percent(layerStats.dead));
    const lowText = showValue(low);
    const highText = showValue(high);
    return {
      title: text.layer(l),
      shares,
      low,
      high,
      lowText,
      highText,
      detail,
      flatEnds: layerStats.saturated !== null,
      label: text.histogramLabel({
        layer: l + 1,
        low: lowText,
        high: highText,
        shares: text.thirds(percent(sum(0, tenth)), percent(sum(tenth, BINS - tenth)), percent(sum(BINS - tenth, BINS))),
        detail,
      }),
    };
  });
  const saturated = stats.map((layer) => layer.saturated);
  const bounded = saturated.every((share) => share !== null);
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const summary = bounded
    ? text.summary({ saturated: percent(mean(saturated as number[])), worst: percent(Math.max(...(saturated as number[]))), layers: stats.length })
    : text.summaryUnbounded(percent(mean(stats.map((layer) => layer.dead ?? 0))));
  return {
    layers,
    peak: Math.max(1e-9, ...layers.flatMap((layer) => layer.shares)),
    summary,
    table: stats.map((layer, l) => ({
      layer: String(l + 1),
      mean: showValue(layer.mean),
      std: showValue(layer.std),
      saturated: layer.saturated === null ? text.notApplicable : `${percent(layer.saturated)} %`,
      dead: layer.dead === null ? text.notApplicable : `${percent(layer.dead)} %`,
    })),
  };
}

/** One histogram as SVG markup in a width × height box: bars scaled to `peak`, the end bins marked if flat. */
export function histogramMarkup(layer: LayerView, peak: number, width = 200, height = 96): string {
  const bottom = height - 18;
  const barWidth = width / layer.shares.length;
  const bars = layer.shares.map((share, k) => {
    const h = (share / peak) * (bottom - 4);
    const end = layer.flatEnds && (k === 0 || k === layer.shares.length - 1);
    return `<rect class="bar${end ? ' bar-end' : ''}" x="${(k * barWidth + 0.5).toFixed(1)}" y="${(bottom - h).toFixed(1)}" width="${(barWidth - 1).toFixed(1)}" height="${h.toFixed(1)}"/>`;
  });
  return [
    `<line class="axis" x1="0" x2="${width}" y1="${bottom}" y2="${bottom}"/>`,
    ...bars,
    `<text class="tick" x="0" y="${height - 4}" text-anchor="start">${layer.lowText}</text>`,
    `<text class="tick" x="${width}" y="${height - 4}" text-anchor="end">${layer.highText}</text>`,
  ].join('');
}
