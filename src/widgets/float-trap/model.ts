// Floating-point trap: the textbook formulas for σ, log σ and σ' against the stable ones at the same x, and a
// diagnosis of each difference (NaN from ∞/∞, underflow to 0, log 0 = -∞, 1 - σ rounded to 0). Pure.
import { logSigmoid, sigmoid, sigmoidDerivative } from '../../lib/math/index.ts';
import { naiveLogSigmoid, naiveSigmoid, naiveSigmoidDerivative, naiveSigmoidRatio } from '../../lib/math/naive.ts';
import { formatFull } from '../../lib/format.ts';
import { widgets } from '../../strings/en/widgets.ts';

const text = widgets.floatTrap;

export interface TrapState {
  x: number;
}

export const DEFAULT_STATE: TrapState = { x: -800 };
export const PRESETS = [-800, -40, 0, 40, 800] as const;
/** Any finite double is allowed; overflow is the lesson. */
export const BOUNDS = { min: -Number.MAX_VALUE, max: Number.MAX_VALUE } as const;
/** Below this relative error the two agree to ~13 or more digits: ordinary rounding. */
export const CLOSE = 1e-13;

export type RowId = 'reciprocal' | 'ratio' | 'log' | 'derivative';

/** How the naive value compares with the stable one. */
export type Outcome =
  | 'same'
  | 'same-one'
  | 'same-underflow'
  | 'close'
  | 'imprecise'
  | 'nan'
  | 'infinite'
  | 'zero-overflow'
  | 'zero-rounding'
  | 'differs';

export type Verdict = 'fine' | 'imprecise' | 'broken';

interface RowSpec {
  id: RowId;
  naive: (x: number) => number;
  stable: (x: number) => number;
}

const ROWS: readonly RowSpec[] = [
  { id: 'reciprocal', naive: naiveSigmoid, stable: sigmoid },
  { id: 'ratio', naive: naiveSigmoidRatio, stable: sigmoid },
  { id: 'log', naive: naiveLogSigmoid, stable: logSigmoid },
  { id: 'derivative', naive: naiveSigmoidDerivative, stable: sigmoidDerivative },
];

/** A value as the reader sees it: a number, or a word for NaN and ±∞ (shown as a badge). */
export interface Shown {
  text: string;
  special: boolean;
}

export interface TrapRow {
  id: RowId;
  formula: string;
  naive: Shown;
  stable: Shown;
  outcome: Outcome;
  verdict: Verdict;
  explanation: string;
}

export interface TrapView {
  x: string;
  rows: TrapRow[];
  summary: string;
}

export function show(value: number): Shown {
  if (Number.isNaN(value)) return { text: text.values.nan, special: true };
  if (value === Number.POSITIVE_INFINITY) return { text: text.values.plusInfinity, special: true };
  if (value === Number.NEGATIVE_INFINITY) return { text: text.values.minusInfinity, special: true };
  // -0 and 0 are the same number to a reader.
  return { text: formatFull(value === 0 ? 0 : value), special: false };
}

/** Classifies a naive result against the stable one at x. */
export function classify(x: number, naive: number, stable: number): Outcome {
  if (Number.isNaN(naive)) return 'nan';
  if (!Number.isFinite(naive)) return 'infinite';
  if (naive === stable) {
    if (stable === 0) return 'same-underflow';
    return stable === 1 ? 'same-one' : 'same';
  }
  if (naive === 0 && stable !== 0) return x < 0 ? 'zero-overflow' : 'zero-rounding';
  if (stable === 0) return 'differs';
  const relative = Math.abs(naive - stable) / Math.abs(stable);
  return relative < CLOSE ? 'close' : 'imprecise';
}

export function verdictOf(outcome: Outcome): Verdict {
  switch (outcome) {
    case 'same':
    case 'same-one':
    case 'same-underflow':
    case 'close':
      return 'fine';
    case 'imprecise':
      return 'imprecise';
    case 'nan':
    case 'infinite':
    case 'zero-overflow':
    case 'zero-rounding':
    case 'differs':
      return 'broken';
  }
}

/** Significant digits the naive value gets right (0 to 17). */
export function correctDigits(naive: number, stable: number): number {
  const relative = Math.abs(naive - stable) / Math.abs(stable);
  if (relative === 0) return 17;
  return Math.min(17, Math.max(0, Math.floor(-Math.log10(relative))));
}

function explain(id: RowId, outcome: Outcome, naive: number, stable: number): string {
  const why = text.explanations;
  switch (outcome) {
    case 'same':
      return why.same;
    case 'same-one':
      return why.sameOne;
    case 'same-underflow':
      return why.sameUnderflow;
    case 'close':
      return why.close;
    case 'imprecise':
      return (id === 'log' ? why.impreciseLog : id === 'derivative' ? why.impreciseDerivative : why.imprecise)(
        correctDigits(naive, stable),
      );
    case 'nan':
      return id === 'ratio' ? why.nanRatio : why.nan;
    case 'infinite':
      return id === 'log' ? why.logOfZero : why.infinite;
    case 'zero-overflow':
      return why.zeroOverflow;
    case 'zero-rounding':
      return id === 'log' ? why.logOfOne : why.oneMinusOne;
    case 'differs':
      return why.differs;
  }
}

export function trapView(state: TrapState): TrapView {
  const { x } = state;
  const rows = ROWS.map((row): TrapRow => {
    const naive = row.naive(x);
    const stable = row.stable(x);
    const outcome = classify(x, naive, stable);
    return {
      id: row.id,
      formula: text.formulas[row.id],
      naive: show(naive),
      stable: show(stable),
      outcome,
      verdict: verdictOf(outcome),
      explanation: explain(row.id, outcome, naive, stable),
    };
  });
  const broken = rows.filter((row) => row.verdict !== 'fine').length;
  const shownX = show(x).text;
  return { x: shownX, rows, summary: text.summary(shownX, broken, rows.length) };
}
