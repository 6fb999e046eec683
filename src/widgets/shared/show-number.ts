// How widgets write a value in [0, 1] such as σ(x) or σ'(x): fixed places, but never a rounded 0 or 1 that
// hides a nonzero tail (σ(-10) is 0.000045, not 0.0000; σ(10) is 0.999955, not 1.0000). Exact 0 and 1 stay.
import { formatFixed, formatPythonFloat } from '../../lib/format.ts';

/** Past this many places, fixed notation stops being readable: the exact shortest form is shown instead. */
const MAX_PLACES = 16;

function hidesTail(shown: string, value: number): boolean {
  const rounded = Number(shown);
  return (rounded === 0 && value !== 0) || (rounded === 1 && value !== 1);
}

/** `value` to `places` decimals, or with more (two significant digits past the run of 0s or 9s) when needed. */
export function formatUnit(value: number, places: number): string {
  const plain = formatFixed(value, places);
  if (!hidesTail(plain, value)) return plain;
  for (let extra = places + 1; extra <= MAX_PLACES; extra++) {
    if (!hidesTail(formatFixed(value, extra), value)) return formatFixed(value, Math.min(MAX_PLACES, extra + 1));
  }
  return formatPythonFloat(value);
}
