// Keeps an <svg> showing a chart at the size it is laid out, redrawing on updates and on resize. A redraw replaces
// only the pieces whose markup changed (for a line chart, chartPieces: the frame, then each series), so moving a
// marked point leaves the grid, the tick labels and the unchanged curves as they are: no new nodes to style or lay out.
import { chartPieces, xAtOffset, type LineChartSpec, type Size } from './svg-chart.ts';

export interface LiveChart {
  update: (spec: LineChartSpec) => void;
  /** The x value under a pointer event's position. */
  xAtPointer: (event: PointerEvent) => number;
  destroy: () => void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One piece of the chart as drawn: its markup and the nodes parsed from it. */
interface Drawn {
  markup: string;
  nodes: ChildNode[];
}

function measure(svg: SVGSVGElement): Size {
  const box = svg.getBoundingClientRect();
  return { width: Math.max(1, Math.round(box.width)), height: Math.max(1, Math.round(box.height)) };
}

/** The nodes of a piece of SVG markup, parsed in the SVG namespace. */
function parse(markup: string): ChildNode[] {
  const holder = document.createElementNS(SVG_NS, 'svg');
  holder.innerHTML = markup;
  return [...holder.childNodes];
}

export interface LiveSvg<S> {
  update: (spec: S) => void;
  /** The spec and size last drawn. */
  current: () => { spec: S; size: Size };
  destroy: () => void;
}

/**
 * Keeps an <svg> showing `render(spec, size)` at its laid-out size, for any kind of chart spec. `render` returns the
 * chart's markup in pieces; a piece whose markup is unchanged keeps its nodes. A renderer that returns one string
 * is one piece.
 */
export function createLiveSvg<S>(
  svg: SVGSVGElement,
  initial: S,
  render: (spec: S, size: Size) => string | readonly string[],
): LiveSvg<S> {
  let spec = initial;
  let size = measure(svg);
  // Null until the first draw, which replaces whatever the page was built with.
  let drawn: Drawn[] | null = null;

  const draw = (): void => {
    const viewBox = `0 0 ${size.width} ${size.height}`;
    if (svg.getAttribute('viewBox') !== viewBox) svg.setAttribute('viewBox', viewBox);
    const rendered = render(spec, size);
    const pieces = typeof rendered === 'string' ? [rendered] : rendered;
    if (drawn === null || drawn.length !== pieces.length) {
      drawn = pieces.map((markup) => ({ markup, nodes: parse(markup) }));
      svg.replaceChildren(...drawn.flatMap((piece) => piece.nodes));
      return;
    }
    pieces.forEach((markup, i) => {
      const old = drawn![i]!;
      if (old.markup === markup) return;
      const nodes = parse(markup);
      // Where the piece goes: before its old first node, or before the next piece's nodes, or at the end.
      const anchor = old.nodes[0] ?? drawn!.slice(i + 1).find((piece) => piece.nodes.length > 0)?.nodes[0] ?? null;
      for (const node of nodes) svg.insertBefore(node, anchor);
      for (const node of old.nodes) node.remove();
      drawn![i] = { markup, nodes };
    });
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
  const live = createLiveSvg(svg, initial, chartPieces);
  return {
    update: live.update,
    xAtPointer: (event) => {
      const { spec, size } = live.current();
      return xAtOffset(spec, size, event.clientX - svg.getBoundingClientRect().left);
    },
    destroy: live.destroy,
  };
}
