// Probability and threshold: a probability p and a threshold t give a predicted class, how sure the model is
// of it, and the score x = logit(p) that σ maps back to p. Pure; logit comes from the math module.
import { logit } from '../../lib/math/index.ts';
import { formatFixed, formatFull } from '../../lib/format.ts';
import { widgets } from '../../strings/en/widgets.ts';
import { clamp } from '../shared/parse-number.ts';

const text = widgets.probabilityThreshold;

export interface ThresholdState {
  /** The model's probability that the example is positive. */
  p: number;
  /** Predict positive when p ≥ t. */
  t: number;
}

export const DEFAULT_STATE: ThresholdState = { p: 0.9, t: 0.5 };
export const BOUNDS = { min: 0, max: 1 } as const;
/** Places for the score logit(p). */
export const LOGIT_PLACES = 4;
/** Places for percentages before trailing zeros are dropped. */
export const PERCENT_PLACES = 2;

export type PredictedClass = 'positive' | 'negative';

export interface ThresholdView {
  predicted: PredictedClass;
  /** The model's probability for the class it predicts: p or 1 - p. */
  confidence: number;
  p: string;
  t: string;
  percent: string;
  decision: string;
  rule: string;
  /** Shown when the threshold makes the model pick a class it thinks is less likely. */
  note: string | null;
  score: string;
  scoreExplained: string;
}

export function setP(state: ThresholdState, p: number): ThresholdState {
  return { ...state, p: clamp(p, BOUNDS, state.p) };
}

export function setT(state: ThresholdState, t: number): ThresholdState {
  return { ...state, t: clamp(t, BOUNDS, state.t) };
}

export function predict(p: number, t: number): PredictedClass {
  return p >= t ? 'positive' : 'negative';
}

/** "90", "12.5", and never a rounded "0" or "100" for a probability strictly between 0 and 1. */
export function formatPercent(fraction: number): string {
  const fixed = formatFixed(fraction * 100, PERCENT_PLACES);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  if (fraction > 0 && Number(trimmed) === 0) return text.atMost(formatFixed(10 ** -PERCENT_PLACES, PERCENT_PLACES));
  if (fraction < 1 && Number(trimmed) === 100) return text.atLeast(formatFixed(100 - 10 ** -PERCENT_PLACES, PERCENT_PLACES));
  return trimmed;
}

export function showProbability(value: number): string {
  return formatFull(value);
}

/** logit(p) in words at the ends, where it is ±∞. */
function describeScore(p: number): { score: string; explained: string } {
  if (p <= 0) return { score: text.minusInfinity, explained: text.scoreAtZero };
  if (p >= 1) return { score: text.plusInfinity, explained: text.scoreAtOne };
  const score = formatFixed(logit(p), LOGIT_PLACES);
  return { score, explained: text.scoreExplained(score, showProbability(p)) };
}

export function thresholdView(state: ThresholdState): ThresholdView {
  const { p, t } = state;
  const predicted = predict(p, t);
  const confidence = predicted === 'positive' ? p : 1 - p;
  const percent = formatPercent(confidence);
  const shownP = showProbability(p);
  const shownT = showProbability(t);
  const { score, explained } = describeScore(p);
  return {
    predicted,
    confidence,
    p: shownP,
    t: shownT,
    percent,
    decision: text.decision(shownP, text.classes[predicted], percent, text.truth[predicted]),
    rule: predicted === 'positive' ? text.ruleAbove(shownP, shownT) : text.ruleBelow(shownP, shownT),
    note: confidence < 0.5 ? text.againstOdds(text.classes[predicted], percent) : null,
    score,
    scoreExplained: explained,
  };
}
