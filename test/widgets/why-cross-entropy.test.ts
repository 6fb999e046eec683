// Why-cross-entropy model: state bounds, the readouts are the module's values, the verdict at the default (a
// confidently wrong model) names both slopes, and clipping cuts the cross-entropy curve exactly at the top.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crossEntropySlopeInW, squaredErrorSlopeInW } from '../../src/lib/math/loss-comparison.ts';
import { BOUNDS, DEFAULT_STATE, LOSS_TOP, chartSpecs, clipAbove, lossView, setW, setX, setY } from '../../src/widgets/why-cross-entropy/model.ts';

describe('state', () => {
  it('clamps w and x, ignores NaN and labels other than 0 and 1', () => {
    expect(setW(DEFAULT_STATE, 100).w).toBe(BOUNDS.w.max);
    expect(setX(DEFAULT_STATE, Number.NaN).x).toBe(DEFAULT_STATE.x);
    expect(setY(DEFAULT_STATE, '0').y).toBe(0);
    expect(setY(DEFAULT_STATE, '2')).toEqual(DEFAULT_STATE);
  });
});

describe('view', () => {
  it('at w = −4, x = 1, y = 1 calls the model confidently wrong and quotes both slopes', () => {
    const view = lossView(DEFAULT_STATE);
    expect(view.bceSlope).toBe(crossEntropySlopeInW(-4, 1, 1).toFixed(4));
    expect(view.seSlope).toBe(squaredErrorSlopeInW(-4, 1, 1).toFixed(4));
    expect(view.verdict).toContain('confidently wrong');
    expect(view.verdict).toContain(view.bceSlope);
  });

  it('says both losses are flat when x = 0', () => {
    expect(lossView({ w: 2, x: 0, y: 1 }).verdict).toContain('x = 0');
    expect(lossView({ w: 2, x: 0, y: 1 }).bceSlope).toBe('0.0000');
  });

  it('never shows NaN, Infinity or undefined anywhere in range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: BOUNDS.w.min, max: BOUNDS.w.max, noNaN: true }),
        fc.double({ min: BOUNDS.x.min, max: BOUNDS.x.max, noNaN: true }),
        fc.constantFrom(0, 1 as const),
        (w, x, y) => {
          const view = lossView({ w, x, y: y === 1 ? 1 : 0 });
          expect(Object.values(view).join(' ')).not.toMatch(/NaN|Infinity|undefined/);
        },
      ),
    );
  });
});

describe('charts', () => {
  it('clipAbove cuts where the line crosses the top and drops what lies above', () => {
    const runs = clipAbove([{ x: 0, y: 0 }, { x: 1, y: 2 }, { x: 2, y: 4 }, { x: 3, y: 2 }], 3);
    expect(runs).toEqual([
      [{ x: 0, y: 0 }, { x: 1, y: 2 }, { x: 1.5, y: 3 }],
      [{ x: 2.5, y: 3 }, { x: 3, y: 2 }],
    ]);
  });

  it('keeps every plotted loss within the plot’s top', () => {
    const { loss } = chartSpecs({ w: 0, x: 3, y: 1 });
    for (const series of loss.series) for (const point of series.points) expect(point.y).toBeLessThanOrEqual(LOSS_TOP);
  });
});
