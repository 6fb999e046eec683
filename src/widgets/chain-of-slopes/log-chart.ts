// A line chart with a logarithmic y axis, drawn as SVG markup from a plain spec, for quantities that span
// many powers of ten (products of slopes, gradient norms). Pure (string in, string out) like the linear
// chart in src/charts/svg-chart.ts, whose margins, x ticks and CSS classes it shares.
import { createLiveSvg } from '../../charts/live-chart.ts';
import { plotArea, ticks, type Axis, type Size } from '../../charts/svg-chart.ts';
import { formatFixed } from '../../lib/format.ts';

export interface LogSeries {
  /** What the series is; written as a data attribute for tests and debugging. */
  label: string;
  /** Any CSS colour, e.g. 'var(--color-accent)'. */
  colour: string;
  /** Positive values; 0 (or anything not positive and finite) is drawn on the bottom edge. */
  points: readonly { x: number; y: number }[];
  dashed?: boolean;
  weight?: number;
}

export interface LogChartSpec {
  x: Axis;
  /** The y axis runs from 10^minExponent to 10^maxExponent. */
  y: { minExponent: number; maxExponent: number; title?: string };
  series: readonly LogSeries[];
}

const LINE_WIDTH = 2.5;
const DASH = '6 5';
/** At most this many labelled decades on the y axis. */
const MAX_Y_TICKS = 7;
/** Never let the axis span fewer decades than this, so a flat line still has a scale around it. */
const MIN_DECADES = 2;
/** The widest range any chart shows: beyond 10^±300 a double runs out anyway. */
export const EXPONENT_LIMIT = 300;

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** 10 to a whole power as the page prints it: 10⁻⁶, 10⁰, 10¹². */
export function powerOfTen(exponent: number): string {
  return `10${String(exponent).replace(/./g, (character) => SUPERSCRIPT[character] ?? character)}`;
}

/**
 * A positive number for a reader: plain with `digits` significant digits between 0.001 and 10,000, else
 * m × 10ⁿ. 0 prints as "0"; anything not finite prints as the fallback (never NaN or Infinity on a page).
 */
export function formatScientific(value: number, digits = 3, fallback = '—'): string {
  if (!Number.isFinite(value)) return fallback;
  if (value === 0) return '0';
  const size = Math.abs(value);
  if (size >= 1e-3 && size < 1e4) return Number(value.toPrecision(digits)).toString();
  const [mantissa = '', exponent = '0'] = value.toExponential(digits - 1).split('e');
  const tidy = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  return `${tidy.replace('-', '−')} × ${powerOfTen(Number(exponent))}`;
}

/** The decade range that holds every positive finite value (at least MIN_DECADES wide, within ±EXPONENT_LIMIT). */
export function decadeRange(values: Iterable<number>, fallback: [number, number] = [-2, 0]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (!(value > 0) || !Number.isFinite(value)) continue;
    const exponent = Math.log10(value);
    low = Math.min(low, exponent);
    high = Math.max(high, exponent);
  }
  if (low === Infinity) return fallback;
  // `+ 0` turns the -0 that Math.ceil(-1e-9) gives into 0.
  let min = Math.max(-EXPONENT_LIMIT, Math.floor(low + 1e-9)) + 0;
  let max = Math.min(EXPONENT_LIMIT, Math.ceil(high - 1e-9)) + 0;
  if (max - min < MIN_DECADES) {
    const missing = MIN_DECADES - (max - min);
    min -= Math.floor(missing / 2);
    max += Math.ceil(missing / 2);
  }
  return [min, max];
}

/** Labelled decades: every k-th power of ten in range, k chosen so there are at most MAX_Y_TICKS. */
export function decadeTicks(minExponent: number, maxExponent: number, count = MAX_Y_TICKS): number[] {
  const span = Math.max(1, maxExponent - minExponent);
  const every = [1, 2, 3, 5, 10, 20, 25, 50, 100].find((k) => span / k <= count - 1) ?? Math.ceil(span / (count - 1));
  const result: number[] = [];
  for (let e = Math.ceil(minExponent / every) * every; e <= maxExponent; e += every) result.push(e);
  return result;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const round = (value: number): string => (Math.round(value * 10) / 10).toString();

/** The SVG's inner markup for `spec` at `size` px (the caller's <svg> sets viewBox 0 0 width height). */
export function renderLogChart(spec: LogChartSpec, size: Size): string {
  const area = plotArea(size);
  const { minExponent, maxExponent } = spec.y;
  const xSpan = spec.x.max - spec.x.min || 1;
  const px = (x: number): number => area.left + ((x - spec.x.min) / xSpan) * area.width;
  // Values at or below the bottom (including 0) sit on the bottom edge; above the top, on the top edge.
  const py = (y: number): number => {
    const exponent = y > 0 && Number.isFinite(y) ? Math.log10(y) : minExponent;
    const fraction = (Math.min(maxExponent, Math.max(minExponent, exponent)) - minExponent) / (maxExponent - minExponent || 1);
    return area.top + area.height * (1 - fraction);
  };
  const bottom = area.top + area.height;
  const right = area.left + area.width;
  const xTicks = ticks(spec.x.min, spec.x.max, Math.max(1, Math.min(10, Math.floor(area.width / 64))));
  const yTicks = decadeTicks(minExponent, maxExponent, Math.max(3, Math.min(MAX_Y_TICKS, Math.floor(area.height / 36) + 1)));
  const parts: string[] = ['<g class="chart-grid" aria-hidden="true">'];
  for (const tick of xTicks) {
    const x = round(px(tick.value));
    parts.push(`<line x1="${x}" x2="${x}" y1="${area.top}" y2="${bottom}"/>`);
  }
  for (const exponent of yTicks) {
    const y = round(py(10 ** exponent));
    parts.push(`<line x1="${area.left}" x2="${right}" y1="${y}" y2="${y}"/>`);
  }
  parts.push('</g><g class="chart-ticks" aria-hidden="true">');
  for (const tick of xTicks) {
    parts.push(`<text x="${round(px(tick.value))}" y="${bottom + 16}" text-anchor="middle">${escape(tick.label)}</text>`);
  }
  for (const exponent of yTicks) {
    parts.push(`<text x="${area.left - 6}" y="${round(py(10 ** exponent) + 4)}" text-anchor="end">${powerOfTen(exponent)}</text>`);
  }
  if (spec.x.title !== undefined) {
    parts.push(`<text x="${round(area.left + area.width / 2)}" y="${bottom + 36}" text-anchor="middle" class="chart-title">${escape(spec.x.title)}</text>`);
  }
  parts.push('</g>');
  for (const series of spec.series) {
    if (series.points.length === 0) continue;
    const d = series.points.map((point, i) => `${i === 0 ? 'M' : 'L'}${round(px(point.x))} ${round(py(point.y))}`).join('');
    const dash = series.dashed === true ? ` stroke-dasharray="${DASH}"` : '';
    const width = formatFixed(LINE_WIDTH * (series.weight ?? 1), 2);
    parts.push(
      `<path class="chart-line" data-series="${escape(series.label)}" d="${d}" stroke-width="${width}"${dash} style="--series: ${escape(series.colour)}"/>`,
    );
  }
  return parts.join('');
}

/** Keeps an <svg> showing a log chart at its laid-out size, redrawing on update and on resize. */
export function createLiveLogChart(svg: SVGSVGElement, initial: LogChartSpec): { update: (spec: LogChartSpec) => void; destroy: () => void } {
  const { update, destroy } = createLiveSvg(svg, initial, renderLogChart);
  return { update, destroy };
}
