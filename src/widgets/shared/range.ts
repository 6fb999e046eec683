// An x range the reader sets by its two ends (sigmoid explorer, function gallery): the rule a range must meet.
import type { Parsed } from './parse-number.ts';

export type RangeProblem = { kind: 'order' } | { kind: 'too-narrow'; width: number };

/** Why [xMin, xMax] cannot be plotted (its start is not below its end, or it is narrower than minWidth), or null. */
export function rangeProblem(xMin: number, xMax: number, minWidth: number): RangeProblem | null {
  if (!(xMin < xMax)) return { kind: 'order' };
  if (xMax - xMin < minWidth) return { kind: 'too-narrow', width: minWidth };
  return null;
}

/** The state `withRange` makes, unless the range breaks the rule. */
export function checkedRange<S>(xMin: number, xMax: number, minWidth: number, withRange: () => S): Parsed<S, RangeProblem> {
  const problem = rangeProblem(xMin, xMax, minWidth);
  return problem === null ? { ok: true, value: withRange() } : { ok: false, problem };
}
