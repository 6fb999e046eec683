// The registry's facts about an activation function as the page shows them: the range as a LaTeX interval,
// the largest slope and where, which sides saturate, the cost and the typical places. Pure; used by the
// comparison table and the function gallery, so both say the same thing.
import type { Activation } from './math/activation-registry.ts';
import { saturatingSides } from './math/activation-registry.ts';
import { lesson3Widgets } from '../strings/en/lesson3-widgets.ts';

const text = lesson3Widgets.facts;
/** Decimal places for values that are not short decimals (SiLU's minimum, its largest slope). */
export const PLACES = 4;

/** True when x is written exactly with at most `places` decimals (0.25, 1, 0.01). */
function isShortDecimal(x: number, places: number): boolean {
  return Number.isFinite(x) && Number(x.toFixed(places)) === x;
}

/** A number for prose: exact when short, else rounded with "≈"; a typographic minus. */
export function showValue(x: number, places = PLACES): string {
  const written = isShortDecimal(x, places) ? String(x) : text.approximately(x.toFixed(places));
  return written.replace('-', '−');
}

/** x to `places` decimals with a typographic minus, for prose: -0.27846 -> "−0.2785". */
export function showFixed(x: number, places = PLACES): string {
  return x.toFixed(places).replace('-', '−');
}

function latexValue(x: number, places: number): string {
  if (x === Infinity) return String.raw`\infty`;
  if (x === -Infinity) return String.raw`-\infty`;
  return isShortDecimal(x, places) ? String(x) : String.raw`\approx ${x.toFixed(places)}`;
}

/** The range as a LaTeX interval: (0, 1), [0, ∞), [≈ -0.2785, ∞). An end is closed only when it is reached. */
export function rangeLatex(entry: Activation, places = PLACES): string {
  const { min, max, minAttained, maxAttained } = entry.range;
  return `${minAttained ? '[' : '('}${latexValue(min, places)},\\ ${latexValue(max, places)}${maxAttained ? ']' : ')'}`;
}

/** "0.25 at x = 0", "1 for every x > 0", "≈ 1.0998 at x ≈ 2.3994". */
export function largestSlopeText(entry: Activation, places = PLACES): string {
  const { value, at } = entry.largestSlope;
  if (at === 'positive') return `${showValue(value, places)} ${text.slopeForPositive}`;
  const where = isShortDecimal(at, places) ? text.slopeAt(showValue(at, places)) : text.slopeAtApprox(at.toFixed(places).replace('-', '−'));
  return `${showValue(value, places)} ${where}`;
}

/** Which sides saturate, in words. */
export function saturationText(entry: Activation): string {
  const sides = saturatingSides(entry);
  if (sides.negative && sides.positive) return text.saturation.both;
  if (sides.negative) return entry.flatForNegative ? text.saturation.negativeFlat : text.saturation.negative;
  return text.saturation.none(showValue(Math.min(entry.slopeLimits.negative, entry.slopeLimits.positive)));
}

export function yesNo(value: boolean): string {
  return value ? text.yes : text.no;
}

export function costText(entry: Activation): string {
  return text.costs[entry.cost];
}

export function usesText(entry: Activation): string {
  return entry.uses.map((use) => text.uses[use]).join('; ');
}
