// Keeps an <svg> showing a chart at the size it is laid out, redrawing on updates and on resize.
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

export interface LiveSvg<S> {
  update: (spec: S) => void;
  /** The spec and size last drawn. */
  current: () => { spec: S; size: Size };
  destroy: () => void;
}

/** Keeps an <svg> showing `render(spec, size)` at its laid-out size, for any kind of chart spec. */
export function createLiveSvg<S>(svg: SVGSVGElement, initial: S, render: (spec: S, size: Size) => string): LiveSvg<S> {
  let spec = initial;
  let size = measure(svg);
  const draw = (): void => {
    svg.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
    svg.innerHTML = render(spec, size);
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
    current: () => ({ spec, size }),
    destroy: () => observer.disconnect(),
  };
}

export function createLiveChart(svg: SVGSVGElement, initial: LineChartSpec): LiveChart {
  const live = createLiveSvg(svg, initial, renderChart);
  return {
    update: live.update,
    xAtPointer: (event) => {
      const { spec, size } = live.current();
      return xAtOffset(spec, size, event.clientX - svg.getBoundingClientRect().left);
    },
    destroy: live.destroy,
  };
}
