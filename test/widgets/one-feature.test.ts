// One-feature model: the data set has a finite best fit inside the sliders' bounds, hand-set w and b are clamped,
// the loss readout is the module's loss and never below the fit's, and the decision point is −b/w.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { meanLogisticLoss } from '../../src/lib/math/logistic-regression.ts';
import { BOUNDS, DATA, DEFAULT_STATE, FIT, chartSpec, fitted, oneFeatureView, setB, setW } from '../../src/widgets/one-feature/model.ts';

describe('data and fit', () => {
  it('uses 20 students whose classes overlap, so the fit converges to a finite optimum', () => {
    expect(DATA.X).toHaveLength(20);
    expect(FIT.separable).toBe(false);
    expect(FIT.converged).toBe(true);
  });

  it('puts the best fit inside the slider bounds (w ≈ 1.55 per hour, b ≈ −5.28)', () => {
    const best = fitted();
    expect(best.w).toBe(FIT.weights[0]);
    expect(best.b).toBe(FIT.bias);
    expect(best.w).toBeCloseTo(1.549, 3);
    expect(best.b).toBeCloseTo(-5.285, 3);
  });
});

describe('state', () => {
  it('clamps w and b to their bounds and keeps the old value for NaN', () => {
    expect(setW(DEFAULT_STATE, 99).w).toBe(BOUNDS.w.max);
    expect(setB(DEFAULT_STATE, -99).b).toBe(BOUNDS.b.min);
    expect(setW(DEFAULT_STATE, Number.NaN)).toEqual(DEFAULT_STATE);
  });
});

describe('view', () => {
  it('shows the module’s loss at the default, 0.2045 above the best', () => {
    const view = oneFeatureView(DEFAULT_STATE);
    expect(view.loss).toBe(meanLogisticLoss([1], -2, DATA.X, DATA.y).toFixed(4));
    expect(view.best).toBe(FIT.loss.toFixed(4));
    expect(view.gap).toBe(`${(meanLogisticLoss([1], -2, DATA.X, DATA.y) - FIT.loss).toFixed(4)} above the best possible loss.`);
    expect(view.boundary).toBe('2.00 h');
  });

  it('says it is the best fit after Fit', () => {
    expect(oneFeatureView(fitted()).gap).toBe('This is the best fit: no w and b give a lower loss.');
  });

  it('has no decision point when w = 0 and says when it is off the chart', () => {
    expect(oneFeatureView({ w: 0, b: 1 }).boundary).toBe('nowhere (w = 0)');
    expect(oneFeatureView({ w: 0, b: 1 }).boundaryHours).toBeNull();
    expect(oneFeatureView({ w: 0.5, b: -10 }).boundary).toBe('20.00 h (off the chart)');
  });

  it('never shows a loss below the best fit, nor NaN, for any w and b in bounds', () => {
    fc.assert(
      fc.property(fc.double({ min: BOUNDS.w.min, max: BOUNDS.w.max, noNaN: true }), fc.double({ min: BOUNDS.b.min, max: BOUNDS.b.max, noNaN: true }), (w, b) => {
        const view = oneFeatureView({ w, b });
        expect(Number(view.loss)).toBeGreaterThanOrEqual(Number(view.best));
        const shown = [view.loss, view.accuracy, view.boundary, view.chartLabel, ...view.table.map((row) => row.p)].join(' ');
        expect(shown).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });

  it('draws the decision line only when it is on the chart, and one dot per student', () => {
    const on = chartSpec(DEFAULT_STATE, oneFeatureView(DEFAULT_STATE));
    expect(on.series.some((series) => series.label === 'decision point')).toBe(true);
    const dots = on.series.filter((series) => series.marker === true).flatMap((series) => series.points);
    expect(dots).toHaveLength(20);
    const off = { w: 0.5, b: -10 };
    expect(chartSpec(off, oneFeatureView(off)).series.some((series) => series.label === 'decision point')).toBe(false);
  });
});
