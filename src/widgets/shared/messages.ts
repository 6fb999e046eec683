// Turns a parse problem into the sentence a reader sees (strings from src/strings), for any number field.
import { widgets } from '../../strings/en/widgets.ts';
import type { NumberProblem } from './parse-number.ts';

const text = widgets.common.problems;

/** The message for one field's problem; `name` is the field's short label, e.g. "x" or "p". */
export function describeNumberProblem(problem: NumberProblem, name: string, showNumber: (value: number) => string): string {
  switch (problem.kind) {
    case 'empty':
      return text.empty(name);
    case 'not-a-number':
      return text.notANumber(problem.text);
    case 'not-finite':
      return text.notFinite(problem.text);
    case 'below-min':
      return text.belowMin(name, showNumber(problem.min));
    case 'above-max':
      return text.aboveMax(name, showNumber(problem.max));
  }
}
