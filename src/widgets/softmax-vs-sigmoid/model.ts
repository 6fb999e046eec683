// Softmax or sigmoid: 3 to 6 labelled logits, a softmax temperature and a constant to add to every logit; the view
// sets one softmax distribution (summing to 1) beside independent sigmoids (each its own yes/no). Pure; the
// numbers come from the math module.
import { sigmoidVector, softmax } from '../../lib/math/activation-registry.ts';
import { formatFixed, formatFull } from '../../lib/format.ts';
import { lesson3Widgets } from '../../strings/en/lesson3-widgets.ts';
import { clamp, type Parsed } from '../shared/parse-number.ts';

const text = lesson3Widgets.softmax;

export interface SoftmaxState {
  labels: readonly string[];
  /** One logit per label, each in [-LOGIT_LIMIT, LOGIT_LIMIT]. */
  logits: readonly number[];
  /** Softmax temperature T in [TEMPERATURE_MIN, TEMPERATURE_MAX]; the sigmoids do not use it. */
  temperature: number;
  /** What "Add to every logit" adds. */
  shift: number;
}

export const LOGIT_LIMIT = 10;
export const LOGIT_STEP = 0.1;
export const TEMPERATURE_MIN = 0.1;
export const TEMPERATURE_MAX = 10;
export const TEMPERATURE_STEP = 0.1;
export const SHIFT_LIMIT = 20;
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 6;
export const PLACES = 4;

export type PresetId = 'multi-class' | 'multi-label';

export const PRESETS: Record<PresetId, { labels: readonly string[]; logits: readonly number[] }> = {
  'multi-class': { labels: text.presets['multi-class'].labels, logits: [2, 1, 0.1] },
  'multi-label': { labels: text.presets['multi-label'].labels, logits: [3, 2, 1.5] },
};

export const DEFAULT_STATE: SoftmaxState = { ...PRESETS['multi-class'], temperature: 1, shift: 5 };

export type ShiftProblem = { kind: 'past-limit'; label: string; limit: number };

/** A logit as typed: shortest digits, no "-0". */
export function showLogit(x: number): string {
  return formatFull(x === 0 ? 0 : x);
}

/** Rounds away binary noise from repeated steps (2 + 0.1 → 2.1, not 2.1000000000000001). */
function tidy(x: number): number {
  const value = Number(x.toFixed(10));
  return value === 0 ? 0 : value;
}

export function setLogit(state: SoftmaxState, index: number, value: number): SoftmaxState {
  if (!(index >= 0 && index < state.logits.length)) return state;
  const logits = state.logits.map((old, i) => (i === index ? clamp(tidy(value), { min: -LOGIT_LIMIT, max: LOGIT_LIMIT }, old) : old));
  return { ...state, logits };
}

export function setTemperature(state: SoftmaxState, temperature: number): SoftmaxState {
  return { ...state, temperature: clamp(temperature, { min: TEMPERATURE_MIN, max: TEMPERATURE_MAX }, state.temperature) };
}

export function setShift(state: SoftmaxState, shift: number): SoftmaxState {
  return { ...state, shift: clamp(shift, { min: -SHIFT_LIMIT, max: SHIFT_LIMIT }, state.shift) };
}

/** Adds `shift` to every logit, or says which logit would leave [-LOGIT_LIMIT, LOGIT_LIMIT] (nothing changes then). */
export function addToEvery(state: SoftmaxState): Parsed<SoftmaxState, ShiftProblem> {
  const moved = state.logits.map((logit) => tidy(logit + state.shift));
  const outside = moved.findIndex((logit) => Math.abs(logit) > LOGIT_LIMIT);
  if (outside !== -1) return { ok: false, problem: { kind: 'past-limit', label: state.labels[outside] ?? '', limit: LOGIT_LIMIT } };
  return { ok: true, value: { ...state, logits: moved } };
}

/** One more class (up to MAX_CLASSES), named "class 4" and so on, with logit 0. */
export function addClass(state: SoftmaxState): SoftmaxState {
  if (state.logits.length >= MAX_CLASSES) return state;
  return { ...state, labels: [...state.labels, text.newClass(state.labels.length + 1)], logits: [...state.logits, 0] };
}

/** One class fewer (the last), down to MIN_CLASSES. */
export function removeClass(state: SoftmaxState): SoftmaxState {
  if (state.logits.length <= MIN_CLASSES) return state;
  return { ...state, labels: state.labels.slice(0, -1), logits: state.logits.slice(0, -1) };
}

export function applyPreset(state: SoftmaxState, preset: PresetId): SoftmaxState {
  return { ...state, ...PRESETS[preset] };
}

/** The preset the state shows exactly, if any (its button is marked pressed). */
export function activePreset(state: SoftmaxState): PresetId | null {
  for (const id of Object.keys(PRESETS) as PresetId[]) {
    const preset = PRESETS[id];
    if (preset.labels.join('\n') === state.labels.join('\n') && preset.logits.every((logit, i) => logit === state.logits[i])) return id;
  }
  return null;
}

export interface SoftmaxRow {
  label: string;
  logit: string;
  softmax: string;
  sigmoid: string;
  /** Bar lengths in [0, 1]. */
  softmaxFraction: number;
  sigmoidFraction: number;
}

export interface SoftmaxView {
  rows: SoftmaxRow[];
  softmaxSum: string;
  sigmoidSum: string;
  temperature: string;
  /** What softmax says (its top class) and what the sigmoids say (labels above 0.5). */
  softmaxSays: string;
  sigmoidsSay: string;
  canAdd: boolean;
  canRemove: boolean;
  preset: PresetId | null;
}

function show(p: number): string {
  return formatFixed(p, PLACES);
}

export function softmaxView(state: SoftmaxState): SoftmaxView {
  const probabilities = softmax(state.logits, state.temperature);
  const sigmoids = sigmoidVector(state.logits);
  const rows = state.labels.map((label, i) => ({
    label,
    logit: showLogit(state.logits[i] ?? 0),
    softmax: show(probabilities[i] ?? 0),
    sigmoid: show(sigmoids[i] ?? 0),
    softmaxFraction: probabilities[i] ?? 0,
    sigmoidFraction: sigmoids[i] ?? 0,
  }));
  const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
  const top = probabilities.reduce((best, p, i) => (p > (probabilities[best] ?? -1) ? i : best), 0);
  const yes = state.labels.filter((_, i) => (sigmoids[i] ?? 0) >= 0.5);
  return {
    rows,
    softmaxSum: show(sum(probabilities)),
    sigmoidSum: show(sum(sigmoids)),
    temperature: formatFull(state.temperature),
    softmaxSays: text.softmaxSays(state.labels[top] ?? '', show(probabilities[top] ?? 0), state.labels.length),
    sigmoidsSay: text.sigmoidsSay(yes),
    canAdd: state.logits.length < MAX_CLASSES,
    canRemove: state.logits.length > MIN_CLASSES,
    preset: activePreset(state),
  };
}
