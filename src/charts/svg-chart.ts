// A line chart drawn as SVG markup from a plain spec: fixed axes with tidy ticks, series of {x, y} points,
// dots for marked points. Pure (string in, string out), so the build renders the same chart the page updates.
// Colours are CSS custom properties (var(--color-accent) ...), so a theme switch restyles it with no script.
import { formatFixed } from '../lib/format.ts';

export interface Point {
  x: number;
  y: number;
}

/** A colour token from src/styles/tokens.css, without the --color- prefix. */
export type SeriesColour = 'accent' | 'accent-2' | 'accent-3' | 'accent-4' | 'muted' | 'fg' | 'danger';

export interface Series {
  /** What the series is, e.g. "σ(x)"; written as a data attribute for tests and debugging. */
  label: string;
  colour: SeriesColour;
  points: readonly Point[];
  dashed?: boolean;
  /** Line width as a multiple of the normal width. */
  weight?: number;
  /** Draw the points as dots with no line between them (e.g. a marked point). */
  marker?: boolean;
}

export interface Axis {
  min: number;
  max: number;
  title?: string;
}

export interface LineChartSpec {
  x: Axis;
  y: Axis;
  series: readonly Series[];
}

export interface Size {
  width: number;
  height: number;
}

/** Room around the plot for tick labels and the x-axis title, in px. */
export const MARGIN = { top: 10, right: 14, bottom: 44, left: 40 } as const;
const LINE_WIDTH = 2.5;
const MARKER_RADIUS = 6;
const DASH = '6 5';
/** Roughly one tick per this many px, and never more than MAX_TICKS. */
const TICK_SPACING = 64;
const MAX_TICKS = 11;

/** The plot area inside the margins. */
export function plotArea(size: Size): { left: number; top: number; width: number; height: number } {
  return {
    left: MARGIN.left,
    top: MARGIN.top,
    width: Math.max(1, size.width - MARGIN.left - MARGIN.right),
    height: Math.max(1, size.height - MARGIN.top - MARGIN.bottom),
  };
}

/** The x value under a horizontal px offset from the chart's left edge (clamped to the axis). */
export function xAtOffset(spec: LineChartSpec, size: Size, offset: number): number {
  const area = plotArea(size);
  const fraction = Math.min(1, Math.max(0, (offset - area.left) / area.width));
  return spec.x.min + fraction * (spec.x.max - spec.x.min);
}

/** A 1-2-5 tick step giving at most `count` intervals over [min, max]. */
export function tickStep(min: number, max: number, count: number): number {
  const rough = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const nice = [1, 2, 5, 10].find((factor) => factor * power >= rough * (1 - 1e-9)) ?? 10;
  return nice * power;
}

/** Tick values: multiples of the step inside [min, max], with labels written to the step's places. */
export function ticks(min: number, max: number, count: number): { value: number; label: string }[] {
  const step = tickStep(min, max, count);
  const places = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const result: { value: number; label: string }[] = [];
  for (let k = first; k <= last; k++) {
    const value = k * step;
    const label = formatFixed(value, places);
    result.push({ value, label: Number(label) === 0 ? formatFixed(0, places) : label });
  }
  return result;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const round = (value: number): string => (Math.round(value * 10) / 10).toString();

/** The SVG's inner markup for `spec` at `size` px (the caller's <svg> sets viewBox 0 0 width height). */
export function renderChart(spec: LineChartSpec, size: Size): string {
  return chartPieces(spec, size).join('');
}

/** renderChart's markup in pieces, in drawing order: the frame (grid, tick labels, axis title), then one piece per
 *  series. A live chart compares pieces to redraw only those that changed. */
export function chartPieces(spec: LineChartSpec, size: Size): string[] {
  const area = plotArea(size);
  const px = (x: number): number => area.left + ((x - spec.x.min) / (spec.x.max - spec.x.min)) * area.width;
  const py = (y: number): number => area.top + area.height - ((y - spec.y.min) / (spec.y.max - spec.y.min)) * area.height;
  return [frameMarkup(spec, area, px, py), ...spec.series.map((series) => seriesMarkup(series, px, py))];
}

type Area = ReturnType<typeof plotArea>;

function frameMarkup(spec: LineChartSpec, area: Area, px: (x: number) => number, py: (y: number) => number): string {
  const bottom = area.top + area.height;
  const right = area.left + area.width;
  const xTicks = ticks(spec.x.min, spec.x.max, Math.min(MAX_TICKS - 1, Math.floor(area.width / TICK_SPACING)));
  const yTicks = ticks(spec.y.min, spec.y.max, Math.min(MAX_TICKS - 1, Math.max(2, Math.floor(area.height / (TICK_SPACING * 0.6)))));
  const parts: string[] = [];
  parts.push('<g class="chart-grid" aria-hidden="true">');
  for (const tick of xTicks) {
    const x = round(px(tick.value));
    parts.push(`<line x1="${x}" x2="${x}" y1="${area.top}" y2="${bottom}"/>`);
  }
  for (const tick of yTicks) {
    const y = round(py(tick.value));
    parts.push(`<line x1="${area.left}" x2="${right}" y1="${y}" y2="${y}"/>`);
  }
  parts.push('</g><g class="chart-ticks" aria-hidden="true">');
  for (const tick of xTicks) {
    parts.push(`<text x="${round(px(tick.value))}" y="${bottom + 16}" text-anchor="middle">${escape(tick.label)}</text>`);
  }
  for (const tick of yTicks) {
    parts.push(`<text x="${area.left - 6}" y="${round(py(tick.value) + 4)}" text-anchor="end">${escape(tick.label)}</text>`);
  }
  if (spec.x.title !== undefined) {
    parts.push(`<text x="${round(area.left + area.width / 2)}" y="${bottom + 36}" text-anchor="middle" class="chart-title">${escape(spec.x.title)}</text>`);
  }
  parts.push('</g>');
  return parts.join('');
}

function seriesMarkup(series: Series, px: (x: number) => number, py: (y: number) => number): string {
  const colour = `--series: var(--color-${series.colour})`;
  const label = escape(series.label);
  if (series.marker === true) {
    return series.points
      .map(
        (point) =>
          `<circle class="chart-marker" data-series="${label}" cx="${round(px(point.x))}" cy="${round(py(point.y))}" r="${MARKER_RADIUS}" style="${colour}"/>`,
      )
      .join('');
  }
  const d = series.points.map((point, i) => `${i === 0 ? 'M' : 'L'}${round(px(point.x))} ${round(py(point.y))}`).join('');
  const dash = series.dashed === true ? ` stroke-dasharray="${DASH}"` : '';
  return `<path class="chart-line" data-series="${label}" d="${d}" stroke-width="${LINE_WIDTH * (series.weight ?? 1)}"${dash} style="${colour}"/>`;
}
