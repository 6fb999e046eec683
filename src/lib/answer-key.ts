// What an answer key prints for a numeric exercise: the answer rounded to the precision its tolerance asks
// for, so the key reads like a good student's answer, and the full computed value beside it.

// Decimal places that resolve the tolerance: rounding to d places errs by at most 0.5·10^-d <= tolerance.
export function placesFor(tolerance: number): number {
  if (!(tolerance > 0) || !Number.isFinite(tolerance)) throw new RangeError(`tolerance must be positive, got ${tolerance}`);
  return Math.max(0, Math.ceil(-Math.log10(2 * tolerance) - 1e-12));
}

// The answer at that precision: fixed places, or a mantissa and exponent (9.5e-7) when the fixed form would
// be mostly leading zeros
// (and the tolerance still resolves a digit of it). Either form is one a learner can type into the answer field.
export function formatAnswer(answer: number, tolerance: number): string {
  if (!Number.isFinite(answer)) throw new RangeError(`answer must be finite, got ${answer}`);
  const places = placesFor(tolerance);
  const magnitude = Math.abs(answer);
  const exponent = magnitude === 0 ? 0 : Math.floor(Math.log10(magnitude));
  const mantissaPlaces = places + exponent;
  if (magnitude === 0 || magnitude >= 1e-3 || mantissaPlaces < 0) return normaliseZero(answer.toFixed(Math.min(places, 100)));
  return answer.toExponential(Math.min(mantissaPlaces, 20)).replace('e+', 'e');
}

// "-0.000" reads as a mistake on paper; a zero is a zero.
function normaliseZero(text: string): string {
  return /^-0(\.0*)?(e.*)?$/.test(text) ? text.slice(1) : text;
}

// The build-time answer-key page of a lesson, /lessons/<slug>/answers/, renders solutions open.
export function isAnswerKeyPath(pathname: string): boolean {
  return /\/answers\/?$/.test(pathname);
}
