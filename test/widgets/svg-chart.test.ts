// The SVG chart renderer: tidy ticks, pixel mapping both ways, and markup that carries each series with its
// theme colour and no NaN coordinates.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MARGIN, chartPieces, plotArea, renderChart, tickStep, ticks, xAtOffset, type LineChartSpec } from '../../src/charts/svg-chart.ts';

const spec: LineChartSpec = {
  x: { min: -10, max: 10, title: 'x' },
  y: { min: 0, max: 1 },
  series: [
    { label: 'half', colour: 'muted', points: [{ x: -10, y: 0.5 }, { x: 10, y: 0.5 }], dashed: true },
    { label: 'curve', colour: 'accent', points: [{ x: -10, y: 0 }, { x: 0, y: 0.5 }, { x: 10, y: 1 }] },
    { label: 'dot', colour: 'accent', points: [{ x: 0, y: 0.5 }], marker: true },
  ],
};
const size = { width: 600, height: 400 };

describe('ticks', () => {
  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect(tickStep(-10, 10, 8)).toBe(5);
    expect(tickStep(0, 1, 5)).toBeCloseTo(0.2, 12);
    expect(tickStep(-1000, 1000, 10)).toBe(200);
  });

  it('labels -10 to 10 as -10, -5, 0, 5, 10', () => {
    expect(ticks(-10, 10, 8).map((tick) => tick.label)).toEqual(['-10', '-5', '0', '5', '10']);
  });

  it('labels 0 to 1 with one decimal and never writes -0', () => {
    expect(ticks(0, 1, 5).map((tick) => tick.label)).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
    expect(ticks(-1, 1, 4).map((tick) => tick.label)).toContain('0.0');
    expect(ticks(-1, 1, 4).map((tick) => tick.label)).not.toContain('-0.0');
  });

  it('keeps every tick inside the axis and at most count + 1 of them', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.double({ min: 0.1, max: 2000, noNaN: true }), fc.integer({ min: 1, max: 10 }), (min, width, count) => {
        const max = min + width;
        const found = ticks(min, max, count);
        expect(found.length).toBeGreaterThanOrEqual(1);
        expect(found.length).toBeLessThanOrEqual(count + 1);
        // An end within a billionth of a step of a multiple gets that tick (rounding must not drop the 0 of
        // [1e-10, 0.1]); with one interval the step can exceed the width, so the slack is measured in steps.
        const slack = 1e-9 * Math.max(width, tickStep(min, max, count));
        for (const tick of found) {
          expect(tick.value).toBeGreaterThanOrEqual(min - slack);
          expect(tick.value).toBeLessThanOrEqual(max + slack);
        }
      }),
      // A case a random run found, kept so every run checks it.
      { examples: [[1.0000000010000004e-10, 0.10000000010000001, 1]] },
    );
  });
});

describe('pixels', () => {
  it('maps the plot edges to the axis ends and clamps outside them', () => {
    const area = plotArea(size);
    expect(xAtOffset(spec, size, area.left)).toBe(-10);
    expect(xAtOffset(spec, size, area.left + area.width)).toBe(10);
    expect(xAtOffset(spec, size, area.left + area.width / 2)).toBe(0);
    expect(xAtOffset(spec, size, -50)).toBe(-10);
    expect(xAtOffset(spec, size, 5000)).toBe(10);
  });

  it('leaves the margins for labels', () => {
    expect(plotArea(size)).toEqual({
      left: MARGIN.left,
      top: MARGIN.top,
      width: size.width - MARGIN.left - MARGIN.right,
      height: size.height - MARGIN.top - MARGIN.bottom,
    });
  });
});

describe('renderChart', () => {
  const svg = renderChart(spec, size);

  it('draws each line with its colour token, dashed where asked, and the marked point as a dot', () => {
    expect(svg).toMatch(/<path class="chart-line" data-series="half"[^>]*stroke-dasharray="6 5" style="--series: var\(--color-muted\)"/);
    expect(svg).toMatch(/<path class="chart-line" data-series="curve"[^>]*style="--series: var\(--color-accent\)"/);
    const area = plotArea(size);
    expect(svg).toContain(`<circle class="chart-marker" data-series="dot" cx="${area.left + area.width / 2}" cy="${area.top + area.height / 2}"`);
  });

  it('puts σ = 1 at the top of the plot and σ = 0 at the bottom', () => {
    const area = plotArea(size);
    expect(svg).toContain(`d="M${area.left} ${area.top + area.height}L${area.left + area.width / 2} ${area.top + area.height / 2}L${area.left + area.width} ${area.top}"`);
  });

  it('writes tick labels and the axis title, escaped', () => {
    expect(svg).toContain('>-10</text>');
    expect(svg).toContain('>1.0</text>');
    expect(renderChart({ ...spec, x: { ...spec.x, title: '<x & y>' } }, size)).toContain('&lt;x &amp; y&gt;');
  });

  it('never writes NaN or Infinity for any size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 3000 }), (width, height) => {
        expect(renderChart(spec, { width, height })).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });
});

describe('chartPieces', () => {
  it('is the chart in order: the frame, then one piece per series', () => {
    const pieces = chartPieces(spec, size);
    expect(pieces).toHaveLength(1 + spec.series.length);
    expect(pieces.join('')).toBe(renderChart(spec, size));
    expect(pieces[0]).toMatch(/^<g class="chart-grid"[\s\S]*<g class="chart-ticks"[\s\S]*<\/g>$/);
    expect(pieces[1]).toMatch(/^<path [^>]*data-series="half"[^>]*\/>$/);
    expect(pieces[3]).toMatch(/^<circle [^>]*data-series="dot"[^>]*\/>$/);
  });

  it('changes only the moved series when one point moves, so a live chart redraws just that piece', () => {
    const moved = { ...spec, series: spec.series.map((series) => (series.marker === true ? { ...series, points: [{ x: 5, y: 0.9 }] } : series)) };
    const before = chartPieces(spec, size);
    const after = chartPieces(moved, size);
    expect(after.map((piece, i) => piece === before[i])).toEqual([true, true, true, false]);
  });

  it('gives a marker series with no points an empty piece', () => {
    const empty = { ...spec, series: [{ label: 'none', colour: 'accent' as const, points: [], marker: true }] };
    expect(chartPieces(empty, size)[1]).toBe('');
  });
});
