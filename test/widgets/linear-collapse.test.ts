// Linear-collapse model: with no activation the network's output lies on the collapsed line at every x; with ReLU
// it bends exactly at the units' switch points; with tanh it is curved; no weights put NaN on screen.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CHOICES, DEFAULT_STATE, PARAMS, PARAM_LIMIT, collapseView, isChoice, setActivation, setParam, signed,
  type CollapseState, type ParamName,
} from '../../src/widgets/linear-collapse/model.ts';

const weight = fc.double({ min: -PARAM_LIMIT, max: PARAM_LIMIT, noNaN: true });
const states: fc.Arbitrary<CollapseState> = fc
  .tuple(fc.array(weight, { minLength: PARAMS.length, maxLength: PARAMS.length }), fc.constantFrom(...CHOICES))
  .map(([values, activation]) => ({
    params: Object.fromEntries(PARAMS.map((name, i) => [name, values[i] ?? 0])) as Record<ParamName, number>,
    activation,
  }));

describe('with no activation', () => {
  it('the output lies on the collapsed straight line, for any weights', () => {
    fc.assert(
      fc.property(states, (state) => {
        const view = collapseView(setActivation(state, 'none'));
        const [left, right] = view.linear;
        if (left === undefined || right === undefined) throw new Error('no line');
        const slope = (right.y - left.y) / (right.x - left.x);
        for (const point of view.network) expect(Math.abs(point.y - (left.y + slope * (point.x - left.x)))).toBeLessThan(1e-9);
        expect(view.bends).toEqual([]);
      }),
    );
  });
});

describe('with ReLU (the default tent)', () => {
  it('bends at x = 0 and x = 1 and says so; the weights alone give y = −x + 2', () => {
    const view = collapseView(DEFAULT_STATE);
    expect(view.bends).toEqual([{ x: 0, y: 0 }, { x: 1, y: 1 }]);
    expect(view.shape).toBe('With ReLU, the line bends at x = 0.00 and 1.00.');
    expect(view.collapsed).toContain('y = −1.00x + 2.00');
    expect(view.formula).toBe('y = 1.00 · ReLU(1.00x + 0.00) − 2.00 · ReLU(1.00x − 1.00) + 0.00');
  });

  it('is straight between bends: second differences vanish away from them', () => {
    fc.assert(
      fc.property(states, (state) => {
        const view = collapseView(setActivation(state, 'relu'));
        const points = view.network;
        for (let i = 1; i < points.length - 1; i++) {
          const [a, b, c] = [points[i - 1], points[i], points[i + 1]];
          if (!a || !b || !c) continue;
          if (view.bends.some((bend) => bend.x > a.x && bend.x < c.x)) continue;
          expect(Math.abs(a.y - 2 * b.y + c.y)).toBeLessThan(1e-9);
        }
      }),
    );
  });

  it('reports no bend when no unit switches inside the plot', () => {
    const state = setParam(setParam(DEFAULT_STATE, 'b1', 3), 'b2', 3);
    expect(collapseView(state).shape).toContain('still straight here');
  });
});

describe('with tanh', () => {
  it('curves: the output leaves every straight line', () => {
    const view = collapseView(setActivation(DEFAULT_STATE, 'tanh'));
    expect(view.shape).toContain('curves smoothly');
    const [a, b, c] = [view.network[0], view.network[120], view.network[240]];
    if (!a || !b || !c) throw new Error('no samples');
    expect(Math.abs(a.y - 2 * b.y + c.y)).toBeGreaterThan(0.1);
  });
});

describe('state and text', () => {
  it('clamps weights, keeps them on NaN and removes binary noise', () => {
    expect(setParam(DEFAULT_STATE, 'w1', 9).params.w1).toBe(PARAM_LIMIT);
    expect(setParam(DEFAULT_STATE, 'w1', Number.NaN).params.w1).toBe(1);
    expect(setParam(DEFAULT_STATE, 'c', 0.1 + 0.2).params.c).toBe(0.3);
    expect(isChoice('relu')).toBe(true);
    expect(isChoice('gelu')).toBe(false);
    expect(signed(-0.001)).toBe('+ 0.00');
  });

  it('never shows NaN, Infinity or undefined', () => {
    fc.assert(
      fc.property(states, (state) => {
        const view = collapseView(state);
        const shown = [view.formula, view.collapsed, view.shape, view.chartLabel, ...view.table.flatMap((row) => [row.x, row.network, row.linear]), ...Object.values(view.values)].join(' ');
        expect(shown).not.toMatch(/NaN|Infinity|undefined|−0\.00(?!\d)/);
        expect(view.chart.y.min).toBeLessThan(view.chart.y.max);
      }),
    );
  });
});
