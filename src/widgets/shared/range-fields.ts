// Wires a widget's two x-range fields (RangeFields.astro): both ends are read together and checked by the
// widget's setRange; a good range applies at once and clears both fields' marks, a refused one is explained
// and the last good range kept.
import { bindField, type ProblemList } from './dom.ts';
import { describeNumberProblem } from './messages.ts';
import { parseNumber, type Parsed } from './parse-number.ts';
import type { RangeProblem } from './range.ts';

export interface RangeText {
  /** The ends' names in a field's problem message. */
  minName: string;
  maxName: string;
  order: string;
  tooNarrow: (width: string) => string;
}

export interface RangeBinding<S> {
  problems: ProblemList;
  render: () => void;
  /** Each end must lie in [-limit, limit]. */
  limit: number;
  showX: (x: number) => string;
  text: RangeText;
  /** Shapes a number field's problem into the message shown (default: as it is). */
  sentence?: (message: string) => string;
  /** The widget's state with the new range (read when the reader types), or why the range is refused. */
  setRange: (xMin: number, xMax: number) => Parsed<S, RangeProblem>;
  apply: (next: S) => void;
}

export function bindRangeFields<S>(minField: HTMLInputElement, maxField: HTMLInputElement, binding: RangeBinding<S>): void {
  const { limit, showX, text } = binding;
  const sentence = binding.sentence ?? ((message: string) => message);
  const parseEnd = (raw: string, name: string): Parsed<number, string> => {
    const parsed = parseNumber(raw, { min: -limit, max: limit });
    return parsed.ok ? parsed : { ok: false, problem: sentence(describeNumberProblem(parsed.problem, name, showX)) };
  };
  const parseRange = (): Parsed<S, string> => {
    const min = parseEnd(minField.value, text.minName);
    const max = parseEnd(maxField.value, text.maxName);
    if (!min.ok) return min;
    if (!max.ok) return max;
    const next = binding.setRange(min.value, max.value);
    if (next.ok) return next;
    return { ok: false, problem: next.problem.kind === 'order' ? text.order : text.tooNarrow(showX(next.problem.width)) };
  };
  for (const input of [minField, maxField]) {
    bindField(input, {
      key: 'range',
      problems: binding.problems,
      render: binding.render,
      parse: () => parseRange(),
      apply: (next) => {
        for (const other of [minField, maxField]) other.removeAttribute('aria-invalid');
        binding.apply(next);
      },
    });
  }
}
