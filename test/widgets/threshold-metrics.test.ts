// Threshold-and-metrics model: the patient sets have the sizes the labels promise, the readouts are the module's
// confusion matrix, the ROC point moves from (1, 1) to (0, 0) as t rises, and nothing shows NaN.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { confusionMatrix } from '../../src/lib/math/metrics.ts';
import {
  DEFAULT_STATE,
  chartSpec,
  metricsView,
  patients,
  scored,
  setPatients,
  setThreshold,
} from '../../src/widgets/threshold-metrics/model.ts';

describe('patients', () => {
  it('balanced: 100 ill and 100 healthy; imbalanced: 20 ill and 180 healthy', () => {
    const count = (labels: number[], label: number) => labels.filter((y) => y === label).length;
    expect([count(patients('balanced').y, 1), count(patients('balanced').y, 0)]).toEqual([100, 100]);
    expect([count(patients('imbalanced').y, 1), count(patients('imbalanced').y, 0)]).toEqual([20, 180]);
  });

  it('scores them well but not perfectly (AUC between 0.85 and 0.99)', () => {
    for (const set of ['balanced', 'imbalanced'] as const) {
      expect(scored(set).auc).toBeGreaterThan(0.85);
      expect(scored(set).auc).toBeLessThan(0.99);
    }
  });
});

describe('state', () => {
  it('clamps the threshold and ignores unknown patient sets', () => {
    expect(setThreshold(DEFAULT_STATE, 3).threshold).toBe(1);
    expect(setThreshold(DEFAULT_STATE, Number.NaN).threshold).toBe(0.5);
    expect(setPatients(DEFAULT_STATE, 'imbalanced').patients).toBe('imbalanced');
    expect(setPatients(DEFAULT_STATE, 'nobody')).toEqual(DEFAULT_STATE);
  });
});

describe('view', () => {
  it('shows the module’s confusion matrix and rates at the threshold', () => {
    const state = { threshold: 0.3, patients: 'balanced' as const };
    const { scores, labels } = scored('balanced');
    const matrix = confusionMatrix(scores, labels, 0.3);
    const view = metricsView(state);
    expect(view.matrix).toEqual(matrix);
    expect(view.precision).toBe(matrix.precision.toFixed(3));
    expect(view.recall).toBe(matrix.recall.toFixed(3));
    expect(view.point).toEqual({ fpr: matrix.fp / (matrix.fp + matrix.tn), tpr: matrix.recall });
  });

  it('flags everyone at t = 0, the ROC point (1, 1); at t = 1 flags no one and says so', () => {
    expect(metricsView({ threshold: 0, patients: 'balanced' }).point).toEqual({ fpr: 1, tpr: 1 });
    const none = metricsView({ threshold: 1, patients: 'balanced' });
    expect(none.point).toEqual({ fpr: 0, tpr: 0 });
    expect(none.precision).toBe('1.000 (no positive calls)');
  });

  it('gives 90 % accuracy for always saying healthy on the imbalanced set', () => {
    expect(metricsView({ threshold: 1, patients: 'imbalanced' }).baseline).toContain('90 %');
    expect(metricsView({ threshold: 1, patients: 'imbalanced' }).accuracy).toBe('0.900');
  });

  it('moves the ROC point down and left as t rises, and never shows NaN', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('balanced', 'imbalanced' as const), (a, b, set) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lower = metricsView({ threshold: low, patients: set });
        const higher = metricsView({ threshold: high, patients: set });
        expect(higher.point.fpr).toBeLessThanOrEqual(lower.point.fpr);
        expect(higher.point.tpr).toBeLessThanOrEqual(lower.point.tpr);
        const shown = [lower.precision, lower.recall, lower.f1, lower.fpr, lower.chartLabel, lower.sliderValue].join(' ');
        expect(shown).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });

  it('puts the threshold’s dot on the ROC curve', () => {
    const state = { threshold: 0.42, patients: 'balanced' as const };
    const spec = chartSpec(state, metricsView(state));
    const curve = spec.series.find((series) => series.label === 'ROC curve')?.points ?? [];
    const dot = spec.series.find((series) => series.marker === true)?.points[0];
    expect(curve.some((point) => point.x === dot?.x && point.y === dot?.y)).toBe(true);
  });
});
