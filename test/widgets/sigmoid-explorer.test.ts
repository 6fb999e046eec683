// Sigmoid explorer model: state bounds, range validation, slider steps, and the view (curves, tangent,
// readouts, text alternative) checked against the math module.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sigmoid, sigmoidDerivative } from '../../src/lib/math/index.ts';
import { formatUnit } from '../../src/widgets/shared/show-number.ts';
import {
  DEFAULT_STATE,
  MIN_WIDTH,
  RANGE_LIMIT,
  SAMPLES,
  TABLE_ROWS,
  chartSpec,
  explorerView,
  moveX,
  placesFor,
  setRange,
  setX,
  snap,
  stepFor,
  tangentSegment,
  type ExplorerState,
} from '../../src/widgets/sigmoid-explorer/model.ts';

const end = fc.double({ min: -RANGE_LIMIT, max: RANGE_LIMIT, noNaN: true });
/** Any state the widget can reach: a valid range and x inside it. */
const states = fc
  .tuple(end, end, fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean())
  .filter(([a, b]) => Math.abs(a - b) >= MIN_WIDTH)
  .map(([a, b, t, showDerivative]): ExplorerState => {
    const xMin = Math.min(a, b);
    const xMax = Math.max(a, b);
    return { xMin, xMax, x: Math.min(xMax, xMin + t * (xMax - xMin)), showDerivative };
  });

function finitePoints(points: readonly { x: number; y: number }[]): boolean {
  return points.every((point) => Number.isFinite(point.x) && Number.isFinite(point.y));
}

describe('state', () => {
  it('starts at x = 1 on -10 to 10 without the derivative', () => {
    expect(DEFAULT_STATE).toEqual({ xMin: -10, xMax: 10, x: 1, showDerivative: false });
  });

  it('clamps x into the plotted range and ignores NaN', () => {
    expect(setX(DEFAULT_STATE, 50).x).toBe(10);
    expect(setX(DEFAULT_STATE, -50).x).toBe(-10);
    expect(setX(DEFAULT_STATE, Number.NaN).x).toBe(1);
  });

  it('rejects a range whose start is not below its end, keeping nothing half-changed', () => {
    expect(setRange(DEFAULT_STATE, 5, 5)).toEqual({ ok: false, problem: { kind: 'order' } });
    expect(setRange(DEFAULT_STATE, 5, -5)).toEqual({ ok: false, problem: { kind: 'order' } });
    expect(setRange(DEFAULT_STATE, Number.NaN, 5)).toEqual({ ok: false, problem: { kind: 'order' } });
  });

  it('rejects a range narrower than MIN_WIDTH', () => {
    expect(setRange(DEFAULT_STATE, 0, MIN_WIDTH / 2)).toEqual({ ok: false, problem: { kind: 'too-narrow', width: MIN_WIDTH } });
  });

  it('pulls x inside a new range', () => {
    const next = setRange(DEFAULT_STATE, 2, 6);
    expect(next).toEqual({ ok: true, value: { ...DEFAULT_STATE, xMin: 2, xMax: 6, x: 2 } });
  });
});

describe('steps', () => {
  it.each([
    [-10, 10, 0.1],
    [-1000, 1000, 10],
    [0, 1, 0.005],
    [-3, 4, 0.02],
  ])('a range %d to %d moves in steps of %d', (min, max, step) => {
    expect(stepFor(min, max)).toBeCloseTo(step, 12);
  });

  it('gives at least 200 and at most 500 slider positions for any range', () => {
    fc.assert(
      fc.property(states, ({ xMin, xMax }) => {
        const positions = (xMax - xMin) / stepFor(xMin, xMax);
        expect(positions).toBeGreaterThanOrEqual(200 * (1 - 1e-9));
        expect(positions).toBeLessThan(500);
      }),
    );
  });

  it('writes places enough for the step', () => {
    expect(placesFor(0.1)).toBe(1);
    expect(placesFor(0.05)).toBe(2);
    expect(placesFor(10)).toBe(0);
  });

  it('snaps to the grid without binary noise', () => {
    expect(snap(DEFAULT_STATE, 0.30000000000000004)).toBe(0.3);
    expect(snap(DEFAULT_STATE, 2.04)).toBe(2);
    expect(snap(DEFAULT_STATE, 99)).toBe(10);
  });

  it('moves by whole steps with the keys and stops at the ends', () => {
    expect(moveX(DEFAULT_STATE, 1).x).toBe(1.1);
    expect(moveX(DEFAULT_STATE, -10).x).toBe(0);
    expect(moveX({ ...DEFAULT_STATE, x: 9.95 }, 10).x).toBe(10);
  });
});

describe('view', () => {
  it('reads out x, σ(x) and σ′(x) from the math module to 4 places', () => {
    const view = explorerView(DEFAULT_STATE);
    expect(view.x).toBe('1');
    expect(view.sigma).toBe(formatUnit(sigmoid(1), 4));
    expect(view.slope).toBe(formatUnit(sigmoidDerivative(1), 4));
    // σ(1) = 0.7310585786300049, σ'(1) = 0.19661193324148185 (e / (1 + e)^2).
    expect([view.sigma, view.slope]).toEqual(['0.7311', '0.1966']);
  });

  it('samples σ across the whole range', () => {
    const { curve } = explorerView(DEFAULT_STATE);
    expect(curve).toHaveLength(SAMPLES);
    expect(curve[0]).toEqual({ x: -10, y: sigmoid(-10) });
    expect(curve.at(-1)).toEqual({ x: 10, y: sigmoid(10) });
  });

  it('draws σ′ only when asked', () => {
    expect(explorerView(DEFAULT_STATE).derivative).toBeNull();
    const derivative = explorerView({ ...DEFAULT_STATE, showDerivative: true }).derivative;
    expect(derivative?.[120]).toEqual({ x: 0, y: 0.25 });
  });

  it('has a table of TABLE_ROWS rows from one end of the range to the other', () => {
    const { table } = explorerView(DEFAULT_STATE);
    expect(table).toHaveLength(TABLE_ROWS);
    expect(table[0]).toEqual({ x: '-10', sigma: formatUnit(sigmoid(-10), 4), slope: formatUnit(sigmoidDerivative(-10), 4) });
    expect(table[4]).toEqual({ x: '0', sigma: '0.5000', slope: '0.2500' });
    expect(table.at(-1)?.x).toBe('10');
    // σ(10) = 0.9999546021312976: four places would say 1.0000, which σ never is.
    expect(table.at(-1)?.sigma).toBe('0.999955');
  });

  it('describes the chart in words, with the marked point and the overlay when shown', () => {
    const label = explorerView(DEFAULT_STATE).chartLabel;
    expect(label).toContain('from -10 to 10');
    expect(label).toContain('x = 1, where σ(x) = 0.7311');
    expect(label).toContain('σ′(x) = 0.1966');
    expect(label).not.toContain('bump');
    expect(explorerView({ ...DEFAULT_STATE, showDerivative: true }).chartLabel).toContain('bump');
  });

  it('never holds NaN, Infinity or "undefined" for any reachable state', () => {
    fc.assert(
      fc.property(states, (state) => {
        const view = explorerView(state);
        expect(finitePoints([...view.curve, ...(view.derivative ?? []), ...view.tangent, view.marker, ...view.half])).toBe(true);
        const words = [view.x, view.sigma, view.slope, view.chartLabel, ...view.table.flatMap((row) => Object.values(row))].join(' ');
        expect(words).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });
});

describe('tangent', () => {
  it('passes through (x, σ(x)) with slope σ′(x)', () => {
    fc.assert(
      fc.property(states, (state) => {
        const [a, b] = tangentSegment(state);
        if (a === undefined || b === undefined) throw new Error('a tangent has two ends');
        const slope = sigmoidDerivative(state.x);
        if (b.x - a.x > 1e-9 && slope > 1e-6) expect((b.y - a.y) / (b.x - a.x)).toBeCloseTo(slope, 6);
        expect(a.x).toBeLessThanOrEqual(state.x + 1e-9);
        expect(b.x).toBeGreaterThanOrEqual(state.x - 1e-9);
      }),
    );
  });

  it('stays inside the plot: x in the range and y in [0, 1]', () => {
    fc.assert(
      fc.property(states, (state) => {
        for (const point of tangentSegment(state)) {
          expect(point.x).toBeGreaterThanOrEqual(state.xMin);
          expect(point.x).toBeLessThanOrEqual(state.xMax);
          expect(point.y).toBeGreaterThanOrEqual(0);
          expect(point.y).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('at x = 0 runs from y = 0 at x = -2 to y = 1 at x = 2 (slope 1/4)', () => {
    const [a, b] = tangentSegment({ ...DEFAULT_STATE, x: 0 });
    expect(a).toEqual({ x: -2, y: 0 });
    expect(b).toEqual({ x: 2, y: 1 });
  });

  it('is flat across the plot where the slope underflows to 0', () => {
    expect(tangentSegment({ xMin: -1000, xMax: 1000, x: 900, showDerivative: false })).toEqual([
      { x: -1000, y: 1 },
      { x: 1000, y: 1 },
    ]);
  });
});

describe('chart spec', () => {
  it('draws the 0.5 line dashed, σ, the tangent and the marked point, with σ′ only when shown', () => {
    const plain = chartSpec(DEFAULT_STATE, explorerView(DEFAULT_STATE));
    expect(plain.series.map((series) => series.colour)).toEqual(['muted', 'accent', 'accent-3', 'accent']);
    expect(plain.series[0]?.dashed).toBe(true);
    expect(plain.series.at(-1)?.marker).toBe(true);
    const withDerivative = { ...DEFAULT_STATE, showDerivative: true };
    expect(chartSpec(withDerivative, explorerView(withDerivative)).series.map((series) => series.colour)).toContain('accent-2');
    expect(plain.x).toMatchObject({ min: -10, max: 10 });
    expect(plain.y).toMatchObject({ min: 0, max: 1 });
  });
});
