// Strict parsing of one typed number: plain decimal or exponent notation only, finite, within bounds.
// Never throws; a failure says why, so the widget can show the reader a message and keep its last good state.

export type NumberProblem =
  | { kind: 'empty' }
  | { kind: 'not-a-number'; text: string }
  | { kind: 'not-finite'; text: string }
  | { kind: 'below-min'; min: number }
  | { kind: 'above-max'; max: number };

export type Parsed<T, P> = { ok: true; value: T } | { ok: false; problem: P };

export interface Bounds {
  min: number;
  max: number;
}

/** A decimal literal such as 3, -0.5, .5, 2., 1e-3, +4E2; no hex, no NaN, no Infinity words. */
const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
/** Words a reader may type for infinity; they are numbers, just not finite ones. */
const INFINITY_PATTERN = /^[+-]?(?:inf|infinity|∞)$/i;

/** The typographic minus (U+2212) is what the page prints, so a reader may paste it back. */
export function normaliseMinus(text: string): string {
  return text.replace(/\u2212/g, '-');
}

/** Reads one token: ok with a finite number, or the reason it is not one. */
export function parseToken(token: string): Parsed<number, NumberProblem> {
  const text = normaliseMinus(token.trim());
  if (text === '') return { ok: false, problem: { kind: 'empty' } };
  if (INFINITY_PATTERN.test(text)) return { ok: false, problem: { kind: 'not-finite', text: token.trim() } };
  if (!NUMBER_PATTERN.test(text)) return { ok: false, problem: { kind: 'not-a-number', text: token.trim() } };
  const value = Number(text);
  // A literal past ±1.8e308 parses to ±Infinity: too large for a double.
  if (!Number.isFinite(value)) return { ok: false, problem: { kind: 'not-finite', text: token.trim() } };
  // Normalise -0 to 0 so that "-0" and "0" give the same state.
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Reads a field that must hold one finite number in [min, max]. */
export function parseNumber(raw: string, bounds: Bounds): Parsed<number, NumberProblem> {
  const parsed = parseToken(raw);
  if (!parsed.ok) return parsed;
  if (parsed.value < bounds.min) return { ok: false, problem: { kind: 'below-min', min: bounds.min } };
  if (parsed.value > bounds.max) return { ok: false, problem: { kind: 'above-max', max: bounds.max } };
  return parsed;
}

/** Clamps to [min, max]; a NaN becomes the fallback so state can never hold one. */
export function clamp(value: number, bounds: Bounds, fallback: number): number {
  if (Number.isNaN(value)) return fallback;
  return Math.min(bounds.max, Math.max(bounds.min, value));
}

/** Text that could still become a number as the reader types ("", "-", ".", "1e", "2e-"): not worth a message yet. */
const INCOMPLETE_PATTERN = /^[+-]?\d*\.?\d*(?:e[+-]?)?$/i;

export function isIncompleteNumber(text: string): boolean {
  const trimmed = normaliseMinus(text.trim());
  return INCOMPLETE_PATTERN.test(trimmed) && !NUMBER_PATTERN.test(trimmed);
}
