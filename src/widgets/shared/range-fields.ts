// Wires a widget's two x-range fields (RangeFields.astro): both ends are read together and checked by the
// widget's setRange; a good range applies at once and clears both fields' marks, a refused one is explained
// and the last good range kept. Also reads a point typed into a field that must lie in that range.
import { bindField, type ProblemList } from './dom.ts';
import { describeNumberProblem } from './messages.ts';
import { parseNumber, type Parsed } from './parse-number.ts';
import type { RangeProblem } from './range.ts';

/** The strings a range needs, in the shape the widgets' string modules give them. */
export interface RangeText {
  /** The ends' names in a field's problem message. */
  rangeMinName: string;
  rangeMaxName: string;
  problems: { order: string; tooNarrow: (width: string) => string };
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
    const min = parseEnd(minField.value, text.rangeMinName);
    const max = parseEnd(maxField.value, text.rangeMaxName);
    if (!min.ok) return min;
    if (!max.ok) return max;
    const next = binding.setRange(min.value, max.value);
    if (next.ok) return next;
    const { problems } = text;
    return { ok: false, problem: next.problem.kind === 'order' ? problems.order : problems.tooNarrow(showX(next.problem.width)) };
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

export interface PointField {
  /** The field's name in a problem message. */
  name: string;
  /** The message for a point outside [min, max] (shown as the range is shown). */
  outside: (min: string, max: string) => string;
  showX: (x: number) => string;
  /** Shapes a number field's problem into the message shown (default: as it is). */
  sentence?: (message: string) => string;
}

/** Reads a point that must lie in the plotted range [xMin, xMax]: the number, or the message to show. */
export function parsePointInRange(raw: string, xMin: number, xMax: number, field: PointField): Parsed<number, string> {
  const parsed = parseNumber(raw, { min: xMin, max: xMax });
  if (parsed.ok) return parsed;
  const { problem } = parsed;
  if (problem.kind === 'below-min' || problem.kind === 'above-max') return { ok: false, problem: field.outside(field.showX(xMin), field.showX(xMax)) };
  const sentence = field.sentence ?? ((message: string) => message);
  return { ok: false, problem: sentence(describeNumberProblem(problem, field.name, field.showX)) };
}
