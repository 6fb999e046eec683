// Forget-gate model: the memory shrinks by σ(g) per step, steps are whole and bounded, the half-life matches the
// trace, and no input puts NaN or "−0.0000" on screen.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sigmoid } from '../../src/lib/math/index.ts';
import {
  DEFAULT_STATE, G_LIMIT, START_LIMIT, STEPS_MAX, STEPS_MIN, gateView, setG, setStart, setSteps, type GateState,
} from '../../src/widgets/forget-gate/model.ts';

const states: fc.Arbitrary<GateState> = fc.record({
  g: fc.double({ min: -G_LIMIT, max: G_LIMIT, noNaN: true }),
  steps: fc.integer({ min: STEPS_MIN, max: STEPS_MAX }),
  start: fc.double({ min: -START_LIMIT, max: START_LIMIT, noNaN: true }),
});

describe('the memory', () => {
  it('keeps σ(2) ≈ 0.8808 per step: 0.0790 after 20 steps, halving every 5.46 steps', () => {
    const view = gateView(DEFAULT_STATE);
    expect(view.keep).toBe('0.8808');
    expect(view.last).toBe((sigmoid(2) ** 20).toFixed(4));
    expect(view.halfLife).toBe('5.46');
    expect(view.memory).toHaveLength(21);
    expect(view.table[10]?.memory).toBe((sigmoid(2) ** 10).toFixed(4));
  });

  it('falls by the same factor at every step, and never changes sign', () => {
    fc.assert(
      fc.property(states, (state) => {
        const { memory } = gateView(state);
        for (let t = 1; t < memory.length; t++) {
          const before = memory[t - 1]?.y ?? 0;
          const now = memory[t]?.y ?? 0;
          expect(Math.abs(now)).toBeLessThanOrEqual(Math.abs(before));
          // Subnormal memories (a typed c₀ of 1e-320) round too coarsely for a ratio.
          if (Math.abs(now) > 1e-300) expect(now / before).toBeCloseTo(sigmoid(state.g), 12);
        }
      }),
    );
  });
});

describe('state', () => {
  it('rounds and clamps steps, clamps g and c₀, and keeps them on NaN', () => {
    expect(setSteps(DEFAULT_STATE, 7.6).steps).toBe(8);
    expect(setSteps(DEFAULT_STATE, 500).steps).toBe(STEPS_MAX);
    expect(setSteps(DEFAULT_STATE, Number.NaN).steps).toBe(20);
    expect(setG(DEFAULT_STATE, -9).g).toBe(-G_LIMIT);
    expect(setG(DEFAULT_STATE, 0.1 + 0.2).g).toBe(0.3);
    expect(setStart(DEFAULT_STATE, Number.NaN).start).toBe(1);
  });

  it('never shows NaN, undefined or a negative zero, and always has a y range', () => {
    fc.assert(
      fc.property(states, (state) => {
        const view = gateView(state);
        const shown = [view.g, view.keep, view.last, view.halfLife, view.chartLabel, ...view.table.map((row) => row.memory)].join(' ');
        expect(shown).not.toMatch(/NaN|Infinity|undefined|−0\.0000(?!\d)/);
        expect(view.chart.y.min).toBeLessThan(view.chart.y.max);
      }),
    );
    expect(gateView(setStart(DEFAULT_STATE, 0)).chart.y).toEqual({ min: -0.06, max: 0.06 });
  });
});
