// How good is a classifier? Accuracy, the confusion matrix at one threshold, and the ROC curve over all of them.
// Scores are any finite numbers where larger means "more likely 1" (probabilities or logits); a point is
// predicted 1 when its score is >= the threshold.

function assertScoresAndLabels(scores: readonly number[], labels: readonly number[]): void {
  if (scores.length !== labels.length) {
    throw new Error(`There are ${scores.length} scores but ${labels.length} labels; they must pair up one to one.`);
  }
  if (scores.length === 0) throw new Error('No scores given: metrics need at least one scored point.');
  scores.forEach((score, i) => {
    if (!Number.isFinite(score)) throw new Error(`Score ${i} is ${score}; scores must be finite numbers.`);
  });
  labels.forEach((label, i) => {
    if (label !== 0 && label !== 1) throw new Error(`Label ${i} is ${label}; labels must be 0 or 1.`);
  });
}

function assertThreshold(threshold: number): void {
  if (Number.isNaN(threshold)) throw new Error('The threshold must be a number, got NaN.');
}

export interface ConfusionMatrix {
  /** True positives: label 1, predicted 1. */
  tp: number;
  /** False positives: label 0, predicted 1. */
  fp: number;
  /** True negatives: label 0, predicted 0. */
  tn: number;
  /** False negatives: label 1, predicted 0. */
  fn: number;
  /** tp / (tp + fp); 1 when nothing is predicted 1 (no positive call was wrong). */
  precision: number;
  /** tp / (tp + fn); 1 when no label is 1 (no positive was missed). */
  recall: number;
  /** 2·precision·recall / (precision + recall); 0 when both are 0. */
  f1: number;
  /** (tp + tn) / n */
  accuracy: number;
}

/** Counts of the four outcomes at one threshold, and the rates built from them (never NaN; see each field). */
export function confusionMatrix(scores: readonly number[], labels: readonly number[], threshold = 0.5): ConfusionMatrix {
  assertScoresAndLabels(scores, labels);
  assertThreshold(threshold);
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  scores.forEach((score, i) => {
    const predicted = score >= threshold;
    if (labels[i] === 1) predicted ? tp++ : fn++;
    else predicted ? fp++ : tn++;
  });
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, tn, fn, precision, recall, f1, accuracy: (tp + tn) / scores.length };
}

/** Fraction of points whose prediction (score >= threshold ? 1 : 0) equals the label. */
export function accuracy(scores: readonly number[], labels: readonly number[], threshold = 0.5): number {
  return confusionMatrix(scores, labels, threshold).accuracy;
}

interface ScoreGroup {
  score: number;
  positives: number;
  negatives: number;
}

// Points grouped by equal score, highest score first: lowering the threshold past a group flips all of it at once.
function scoreGroups(scores: readonly number[], labels: readonly number[]): { groups: ScoreGroup[]; positives: number; negatives: number } {
  assertScoresAndLabels(scores, labels);
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const groups: ScoreGroup[] = [];
  for (const i of order) {
    const score = scores[i] as number;
    let group = groups[groups.length - 1];
    if (group === undefined || group.score !== score) {
      group = { score, positives: 0, negatives: 0 };
      groups.push(group);
    }
    if (labels[i] === 1) group.positives++;
    else group.negatives++;
  }
  const positives = labels.filter((label) => label === 1).length;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) {
    throw new Error(`ROC needs both classes, but every label is ${positives === 0 ? 0 : 1}.`);
  }
  return { groups, positives, negatives };
}

export interface RocPoint {
  /** False positive rate fp / (fp + tn). */
  fpr: number;
  /** True positive rate (recall) tp / (tp + fn). */
  tpr: number;
  /** Predict 1 when score >= threshold; the first point, (0, 0), has threshold +∞. */
  threshold: number;
}

/**
 * The ROC curve: one point per distinct score, from (0, 0) at threshold +∞ to (1, 1) at the lowest score.
 * Tied scores move together, so a tie of positives and negatives is one diagonal segment, not a staircase.
 */
export function rocCurve(scores: readonly number[], labels: readonly number[]): RocPoint[] {
  const { groups, positives, negatives } = scoreGroups(scores, labels);
  const points: RocPoint[] = [{ fpr: 0, tpr: 0, threshold: Number.POSITIVE_INFINITY }];
  let tp = 0;
  let fp = 0;
  for (const group of groups) {
    tp += group.positives;
    fp += group.negatives;
    points.push({ fpr: fp / negatives, tpr: tp / positives, threshold: group.score });
  }
  return points;
}

/**
 * Area under the ROC curve = P(score of a random positive > score of a random negative) + ½ P(tie), the
 * Mann–Whitney statistic. Summed in whole counts (trapezoids of the ROC curve times P·N) and divided once at the end.
 */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const { groups, positives, negatives } = scoreGroups(scores, labels);
  let positivesAbove = 0;
  let wins = 0;
  for (const group of groups) {
    // Each negative here loses to every positive already passed and ties with the positives in its group.
    wins += group.negatives * (positivesAbove + group.positives / 2);
    positivesAbove += group.positives;
  }
  return wins / (positives * negatives);
}
