import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accuracy, confusionMatrix, rocAuc, rocCurve } from '../../src/lib/math/metrics.ts';

// Scores drawn from a few values so ties are common; labels forced to contain both classes.
const scoredLabels = fc
  .array(fc.record({ score: fc.integer({ min: 0, max: 6 }).map((k) => k / 6), label: fc.constantFrom(0, 1) }), {
    minLength: 2,
    maxLength: 60,
  })
  .map((points) => [{ score: 0.5, label: 0 }, { score: 0.5, label: 1 }, ...points])
  .map((points) => ({ scores: points.map((p) => p.score), labels: points.map((p) => p.label) }));

// Mann–Whitney by brute force: over all (positive, negative) pairs, 1 if the positive scores higher, ½ if tied.
function pairCountAuc(scores: number[], labels: number[]): number {
  let wins = 0;
  let pairs = 0;
  scores.forEach((p, i) => {
    if (labels[i] !== 1) return;
    scores.forEach((q, k) => {
      if (labels[k] !== 0) return;
      pairs++;
      wins += p > q ? 1 : p === q ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

describe('confusionMatrix and accuracy', () => {
  it('counts a hand-checked example (score >= threshold predicts 1)', () => {
    const m = confusionMatrix([0.9, 0.6, 0.5, 0.2, 0.7, 0.1], [1, 0, 1, 1, 1, 0], 0.5);
    // Predicted 1: 0.9 (label 1), 0.6 (0), 0.5 (1), 0.7 (1); predicted 0: 0.2 (1), 0.1 (0).
    expect(m).toMatchObject({ tp: 3, fp: 1, tn: 1, fn: 1 });
    expect(m.precision).toBeCloseTo(3 / 4, 15);
    expect(m.recall).toBeCloseTo(3 / 4, 15);
    expect(m.f1).toBeCloseTo(3 / 4, 15);
    expect(m.accuracy).toBeCloseTo(4 / 6, 15);
    expect(accuracy([0.9, 0.6, 0.5, 0.2, 0.7, 0.1], [1, 0, 1, 1, 1, 0])).toBeCloseTo(4 / 6, 15);
  });

  it('adds up: four counts to n, tp + fn to the positives, rates in [0, 1] and never NaN', () => {
    fc.assert(
      fc.property(scoredLabels, fc.double({ min: -0.5, max: 1.5, noNaN: true }), ({ scores, labels }, threshold) => {
        const m = confusionMatrix(scores, labels, threshold);
        expect(m.tp + m.fp + m.tn + m.fn).toBe(scores.length);
        expect(m.tp + m.fn).toBe(labels.filter((l) => l === 1).length);
        expect(m.tp + m.fp).toBe(scores.filter((s) => s >= threshold).length);
        for (const rate of [m.precision, m.recall, m.f1, m.accuracy]) {
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(1);
        }
        expect(accuracy(scores, labels, threshold)).toBe(m.accuracy);
      }),
    );
  });

  it('defines precision as 1 when nothing is predicted 1, and recall as 1 when no label is 1', () => {
    const none = confusionMatrix([0.1, 0.2], [1, 0], 0.5);
    expect(none.precision).toBe(1);
    expect(none.recall).toBe(0);
    expect(none.f1).toBe(0);
    const noPositives = confusionMatrix([0.9, 0.2], [0, 0], 0.5);
    expect(noPositives.recall).toBe(1);
    expect(noPositives.precision).toBe(0);
    expect(noPositives.f1).toBe(0);
  });
});

describe('rocCurve', () => {
  it('runs monotonically from (0, 0) to (1, 1), one point per distinct score, thresholds falling', () => {
    fc.assert(
      fc.property(scoredLabels, ({ scores, labels }) => {
        const curve = rocCurve(scores, labels);
        expect(curve[0]).toEqual({ fpr: 0, tpr: 0, threshold: Number.POSITIVE_INFINITY });
        expect(curve.at(-1)).toMatchObject({ fpr: 1, tpr: 1, threshold: Math.min(...scores) });
        expect(curve).toHaveLength(new Set(scores).size + 1);
        for (let k = 1; k < curve.length; k++) {
          const [a, b] = [curve[k - 1], curve[k]];
          expect(b?.fpr).toBeGreaterThanOrEqual(a?.fpr ?? Number.NaN);
          expect(b?.tpr).toBeGreaterThanOrEqual(a?.tpr ?? Number.NaN);
          expect(b?.threshold).toBeLessThan(a?.threshold ?? Number.NaN);
        }
      }),
    );
  });

  it('matches the confusion matrix at each of its thresholds', () => {
    fc.assert(
      fc.property(scoredLabels, ({ scores, labels }) => {
        for (const point of rocCurve(scores, labels).slice(1)) {
          const m = confusionMatrix(scores, labels, point.threshold);
          expect(point.tpr).toBeCloseTo(m.tp / (m.tp + m.fn), 15);
          expect(point.fpr).toBeCloseTo(m.fp / (m.fp + m.tn), 15);
        }
      }),
    );
  });

  it('takes a tie between a positive and a negative as one diagonal step', () => {
    expect(rocCurve([0.5, 0.5], [1, 0])).toEqual([
      { fpr: 0, tpr: 0, threshold: Number.POSITIVE_INFINITY },
      { fpr: 1, tpr: 1, threshold: 0.5 },
    ]);
  });
});

describe('rocAuc', () => {
  it('equals the brute-force Mann–Whitney pair count, ties counted ½', () => {
    fc.assert(
      fc.property(scoredLabels, ({ scores, labels }) => {
        expect(rocAuc(scores, labels)).toBeCloseTo(pairCountAuc(scores, labels), 14);
      }),
      { numRuns: 200 },
    );
  });

  it('equals the trapezoidal area under rocCurve', () => {
    fc.assert(
      fc.property(scoredLabels, ({ scores, labels }) => {
        const curve = rocCurve(scores, labels);
        let area = 0;
        for (let k = 1; k < curve.length; k++) {
          const [a, b] = [curve[k - 1], curve[k]];
          area += ((b?.fpr ?? 0) - (a?.fpr ?? 0)) * (((b?.tpr ?? 0) + (a?.tpr ?? 0)) / 2);
        }
        expect(rocAuc(scores, labels)).toBeCloseTo(area, 12);
      }),
    );
  });

  it('gives known values: 1 for a perfect ranking, 0 reversed, 1/2 all tied, 0.75 for the scikit-learn example', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
    expect(rocAuc([0.3, 0.3, 0.3], [0, 1, 1])).toBe(0.5);
    // scikit-learn docs, sklearn.metrics.auc example (1.0): y = [0, 0, 1, 1] as [1, 1, 2, 2], pred = [0.1, 0.4, 0.35, 0.8] gives 0.75.
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
  });

  it('works on logits as well as probabilities: any increasing map of the scores leaves it unchanged', () => {
    fc.assert(
      fc.property(scoredLabels, ({ scores, labels }) => {
        const logits = scores.map((s) => 7 * s - 3);
        expect(rocAuc(logits, labels)).toBe(rocAuc(scores, labels));
      }),
    );
  });
});

describe('bad input', () => {
  it.each([
    ['rocAuc', rocAuc],
    ['rocCurve', rocCurve],
    ['confusionMatrix', confusionMatrix],
    ['accuracy', accuracy],
  ] as const)('%s throws for empty, mismatched, non-finite or non-binary input', (_, metric) => {
    expect(() => metric([], [])).toThrow(/at least one/);
    expect(() => metric([0.1, 0.2], [1])).toThrow(/2 scores but 1 labels/);
    expect(() => metric([0.1, Number.NaN], [0, 1])).toThrow(/finite/);
    expect(() => metric([0.1, 0.2], [0, 2])).toThrow(/0 or 1/);
  });

  it('ROC and AUC throw for one-class labels instead of returning NaN', () => {
    expect(() => rocAuc([0.1, 0.2], [1, 1])).toThrow(/both classes/);
    expect(() => rocCurve([0.1, 0.2], [0, 0])).toThrow(/both classes/);
  });

  it('rejects a NaN threshold', () => {
    expect(() => confusionMatrix([0.1], [1], Number.NaN)).toThrow(/threshold/);
  });
});
