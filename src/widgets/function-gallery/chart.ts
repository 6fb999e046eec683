// The gallery's chart: the shared SVG line chart with shaded x-intervals drawn beneath it, kept at the size it is
// laid out (by charts/live-chart.ts, as plain charts are).
import { createLiveSvg } from '../../charts/live-chart.ts';
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

export function createBandedChart(svg: SVGSVGElement, initial: BandedSpec): BandedChart {
  const live = createLiveSvg(svg, initial, renderBandedChart);
  return {
    update: live.update,
    xAtPointer: (event) => {
      const { spec, size } = live.current();
      return xAtOffset(spec.chart, size, event.clientX - svg.getBoundingClientRect().left);
    },
  };
}
