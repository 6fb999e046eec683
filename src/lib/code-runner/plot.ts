// What plot(...) accepts from a cell, checked and copied into a plain payload that crosses from the worker to
// the page, and the text alternative the page shows with the chart: a one-line summary and a sample of points.
import { site } from '../../strings/en/site.ts';

export interface PlotSeries {
  label: string;
  /** null where the cell gave NaN or ±Infinity: drawn as a gap. */
  y: (number | null)[];
  dashed: boolean;
}

export interface PlotPayload {
  title: string | undefined;
  x: number[];
  series: PlotSeries[];
}

export const PLOT_LIMITS = { points: 5000, series: 8, charts: 4, titleLength: 120, labelLength: 80 } as const;

export type PlotCheck = { ok: true; plot: PlotPayload } | { ok: false; message: string };

const text = site.code.plot;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Numbers of an array or typed array, or undefined if `value` is neither or holds a non-number. */
function numbers(value: unknown): number[] | undefined {
  const list: unknown = ArrayBuffer.isView(value) && !(value instanceof DataView) ? Array.from(value as unknown as ArrayLike<unknown>) : value;
  if (!Array.isArray(list)) return undefined;
  const result: number[] = [];
  for (const item of list) {
    if (typeof item !== 'number') return undefined;
    result.push(item);
  }
  return result;
}

function clip(label: string, length: number): string {
  return label.length > length ? `${label.slice(0, length - 1)}…` : label;
}

function checkSeries(value: unknown, index: number, length: number): PlotSeries | string {
  if (!isRecord(value)) return text.noSeries;
  const { label, y, dashed } = value;
  if (typeof label !== 'string' || label.trim() === '') return text.label(index);
  const values = numbers(y);
  if (!values) return text.yNotNumbers(index);
  if (values.length !== length) return text.yLength(index, values.length, length);
  return {
    label: clip(label, PLOT_LIMITS.labelLength),
    y: values.map((v) => (Number.isFinite(v) ? v : null)),
    dashed: dashed === true,
  };
}

/** Checks a plot() argument; the message names what is wrong, in the reader's terms. */
export function checkPlot(spec: unknown): PlotCheck {
  if (!isRecord(spec)) return { ok: false, message: text.notObject };
  const x = numbers(spec['x']);
  if (!x || x.some((v) => !Number.isFinite(v))) return { ok: false, message: text.xNotNumbers };
  if (x.length < 1 || x.length > PLOT_LIMITS.points) return { ok: false, message: text.xLength(PLOT_LIMITS.points) };
  const list = spec['series'];
  if (!Array.isArray(list) || list.length === 0) return { ok: false, message: text.noSeries };
  if (list.length > PLOT_LIMITS.series) return { ok: false, message: text.tooManySeries(PLOT_LIMITS.series) };
  const series: PlotSeries[] = [];
  for (const [index, item] of list.entries()) {
    const checked = checkSeries(item, index, x.length);
    if (typeof checked === 'string') return { ok: false, message: checked };
    series.push(checked);
  }
  const title = spec['title'];
  if (title !== undefined && typeof title !== 'string') return { ok: false, message: text.title };
  return { ok: true, plot: { title: title === undefined ? undefined : clip(title, PLOT_LIMITS.titleLength), x, series } };
}

/** A number for the text alternative: four significant digits, the way a reader would copy it down. */
export function formatPlotNumber(value: number | null): string {
  if (value === null) return text.gap;
  if (value === 0) return '0';
  return String(Number(value.toPrecision(4)));
}

/** Up to `rows` indices spread evenly over `length`, always including the first and the last. */
export function sampleIndices(length: number, rows: number): number[] {
  if (length <= rows) return Array.from({ length }, (_, i) => i);
  const step = (length - 1) / (rows - 1);
  return Array.from({ length: rows }, (_, i) => Math.round(i * step));
}

/** The rows of the data table under a chart: x, then each series' y, formatted. */
export function plotSample(plot: PlotPayload, rows = 11): { header: string[]; rows: string[][] } {
  return {
    header: ['x', ...plot.series.map((s) => s.label)],
    rows: sampleIndices(plot.x.length, rows).map((i) => [
      formatPlotNumber(plot.x[i] ?? null),
      ...plot.series.map((s) => formatPlotNumber(s.y[i] ?? null)),
    ]),
  };
}

/** One sentence saying what the chart shows. */
export function plotSummary(plot: PlotPayload): string {
  const labels = plot.series.map((s) => (s.dashed ? text.dashed(s.label) : s.label)).join(', ');
  const from = formatPlotNumber(Math.min(...plot.x));
  const to = formatPlotNumber(Math.max(...plot.x));
  return text.summary(plot.title, labels, from, to, plot.x.length);
}
