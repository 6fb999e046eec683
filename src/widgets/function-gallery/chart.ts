// The gallery's chart: the shared SVG line chart with shaded x-intervals drawn beneath it, kept at the size it is
// laid out (as charts/live-chart.ts does for plain charts).
import { plotArea, renderChart, xAtOffset, type LineChartSpec, type Size } from '../../charts/svg-chart.ts';
import type { Band } from './model.ts';

export interface BandedSpec {
  chart: LineChartSpec;
  bands: readonly Band[];
}

const round = (value: number): string => (Math.round(value * 10) / 10).toString();

/** The SVG's inner markup: one rect per band over the full plot height, then the chart itself. */
export function renderBandedChart(spec: BandedSpec, size: Size): string {
  const area = plotArea(size);
  const { min, max } = spec.chart.x;
  const px = (x: number): number => area.left + ((x - min) / (max - min)) * area.width;
  const rects = spec.bands.map((band) => {
    const left = px(Math.max(min, band.from));
    const width = Math.max(1, px(Math.min(max, band.to)) - left);
    return `<rect class="chart-band" x="${round(left)}" y="${area.top}" width="${round(width)}" height="${area.height}"/>`;
  });
  return `<g class="chart-bands" aria-hidden="true">${rects.join('')}</g>${renderChart(spec.chart, size)}`;
}

export interface BandedChart {
  update: (spec: BandedSpec) => void;
  xAtPointer: (event: PointerEvent) => number;
}

function measure(svg: SVGSVGElement): Size {
  const box = svg.getBoundingClientRect();
  return { width: Math.max(1, Math.round(box.width)), height: Math.max(1, Math.round(box.height)) };
}

export function createBandedChart(svg: SVGSVGElement, initial: BandedSpec): BandedChart {
  let spec = initial;
  let size = measure(svg);
  const draw = (): void => {
    svg.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
    svg.innerHTML = renderBandedChart(spec, size);
  };
  new ResizeObserver(() => {
    const next = measure(svg);
    if (next.width === size.width && next.height === size.height) return;
    size = next;
    draw();
  }).observe(svg);
  draw();
  return {
    update: (next) => {
      spec = next;
      draw();
    },
    xAtPointer: (event) => xAtOffset(spec.chart, size, event.clientX - svg.getBoundingClientRect().left),
  };
}
