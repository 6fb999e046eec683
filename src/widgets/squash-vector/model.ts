// Squash a vector: parses the reader's list of numbers and applies σ element-wise, printed as PyTorch does
// (4 decimal places) or with every digit. Pure; never throws on any input text.
import { sigmoid } from '../../lib/math/index.ts';
import { formatFull, formatTensor } from '../../lib/format.ts';
import { widgets } from '../../strings/en/widgets.ts';
import { isIncompleteNumber, parseToken, type Parsed } from '../shared/parse-number.ts';

const text = widgets.squashVector;

export interface SquashState {
  /** The numbers as the reader typed them. */
  text: string;
  fullPrecision: boolean;
}

export const DEFAULT_STATE: SquashState = { text: '-5, -1, 0, 1, 5', fullPrecision: false };
/** At most this many numbers, so the table stays readable. */
export const MAX_COUNT = 100;
/** PyTorch's default print precision. */
export const PLACES = 4;

export type VectorProblem =
  | { kind: 'empty' }
  | { kind: 'empty-item'; item: number }
  | { kind: 'not-a-number'; item: number; token: string }
  | { kind: 'not-finite'; item: number; token: string }
  | { kind: 'too-many'; count: number; max: number };

export interface ParseOptions {
  max?: number;
}

/** One pair of surrounding brackets is allowed, so "[1, 2]" or "(1, 2)" pasted from Python reads too. */
const BRACKETS = /^\s*(?:\[([^[\]]*)\]|\(([^()]*)\))\s*$/;

function unwrap(raw: string): string {
  const match = BRACKETS.exec(raw);
  return match === null ? raw : (match[1] ?? match[2] ?? '');
}

/** Splits on commas and/or whitespace; "1,,2" has an empty item; a single trailing comma is forgiven. */
export function splitItems(raw: string): string[] {
  const body = unwrap(raw).trim().replace(/,\s*$/, '');
  if (body === '') return [];
  return body.split(/\s*,\s*|\s+/);
}

/** The numbers in `raw`, or the first problem (naming the item and its text). */
export function parseVector(raw: string, options: ParseOptions = {}): Parsed<number[], VectorProblem> {
  const max = options.max ?? MAX_COUNT;
  const items = splitItems(raw);
  if (items.length === 0) return { ok: false, problem: { kind: 'empty' } };
  const values: number[] = [];
  for (const [index, token] of items.entries()) {
    const item = index + 1;
    const parsed = parseToken(token);
    if (!parsed.ok) {
      const { kind } = parsed.problem;
      if (kind === 'empty') return { ok: false, problem: { kind: 'empty-item', item } };
      return { ok: false, problem: { kind: kind === 'not-finite' ? 'not-finite' : 'not-a-number', item, token } };
    }
    values.push(parsed.value);
  }
  if (values.length > max) return { ok: false, problem: { kind: 'too-many', count: values.length, max } };
  return { ok: true, value: values };
}

/** True when the only problem is the last item still being typed ("1, 2, -"): wait before complaining. */
export function isStillTyping(raw: string, problem: VectorProblem): boolean {
  if (problem.kind !== 'not-a-number') return false;
  const items = splitItems(raw);
  return problem.item === items.length && isIncompleteNumber(problem.token);
}

export function describeProblem(problem: VectorProblem): string {
  switch (problem.kind) {
    case 'empty':
      return text.problems.empty;
    case 'empty-item':
      return text.problems.emptyItem(problem.item);
    case 'not-a-number':
      return text.problems.notANumber(problem.token, problem.item);
    case 'not-finite':
      return text.problems.notFinite(problem.token, problem.item);
    case 'too-many':
      return text.problems.tooMany(problem.count, problem.max);
  }
}

export interface SquashRow {
  input: string;
  output: string;
  /** σ(x) in [0, 1], the length of the little bar. */
  fraction: number;
}

export interface SquashView {
  rows: SquashRow[];
  /** The output as PyTorch prints it, tensor([0.0067, 0.2689, ...]), or every digit of each value. */
  printed: string;
  summary: string;
}

const TENSOR_OPEN = 'tensor([';
const TENSOR_CLOSE = '])';

/** Each item exactly as PyTorch prints the whole tensor (it picks fixed or exponent notation for all at once). */
export function tensorItems(values: readonly number[]): string[] {
  const printed = formatTensor(values, PLACES);
  return printed
    .slice(TENSOR_OPEN.length, -TENSOR_CLOSE.length)
    .split(',')
    .map((item) => item.trim());
}

export function squashView(values: readonly number[], fullPrecision: boolean): SquashView {
  const outputs = values.map(sigmoid);
  const shown = fullPrecision ? outputs.map((value) => formatFull(value)) : tensorItems(outputs);
  const rows = values.map((value, i) => ({
    input: formatFull(value === 0 ? 0 : value),
    output: shown[i] ?? '',
    fraction: outputs[i] ?? 0,
  }));
  const printed = fullPrecision ? text.printedFull(shown.join(', ')) : text.printed(formatTensor(outputs, PLACES));
  const order = outputs.map((value, i) => ({ value, i })).sort((a, b) => a.value - b.value);
  const smallest = shown[order[0]?.i ?? 0] ?? '';
  const largest = shown[order[order.length - 1]?.i ?? 0] ?? '';
  return { rows, printed, summary: text.summary(values.length, smallest, largest) };
}
