// Keeps an <svg> showing a LineChartSpec at the size it is laid out, redrawing on updates and on resize.
import { renderChart, xAtOffset, type LineChartSpec, type Size } from './svg-chart.ts';

export interface LiveChart {
  update: (spec: LineChartSpec) => void;
  /** The x value under a pointer event's position. */
  xAtPointer: (event: PointerEvent) => number;
  destroy: () => void;
}

function measure(svg: SVGSVGElement): Size {
  const box = svg.getBoundingClientRect();
  return { width: Math.max(1, Math.round(box.width)), height: Math.max(1, Math.round(box.height)) };
}

export function createLiveChart(svg: SVGSVGElement, initial: LineChartSpec): LiveChart {
  let spec = initial;
  let size = measure(svg);
  const draw = (): void => {
    svg.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
    svg.innerHTML = renderChart(spec, size);
  };
  const observer = new ResizeObserver(() => {
    const next = measure(svg);
    if (next.width === size.width && next.height === size.height) return;
    size = next;
    draw();
  });
  observer.observe(svg);
  draw();
  return {
    update: (next) => {
      spec = next;
      draw();
    },
    xAtPointer: (event) => xAtOffset(spec, size, event.clientX - svg.getBoundingClientRect().left),
    destroy: () => observer.disconnect(),
  };
}
