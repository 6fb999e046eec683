// Strings for the interactive widgets, one section per widget. Functions fill in numbers already formatted.

const common = {
  problems: {
    empty: (name: string) => `Type a number for ${name}.`,
    notANumber: (typed: string) => `“${typed}” is not a number. Use digits, like 2.5 or -3.`,
    notFinite: (typed: string) => `“${typed}” is too large for a double (it would be infinity). Use a finite number.`,
    belowMin: (name: string, min: string) => `${name} must be at least ${min}.`,
    aboveMax: (name: string, max: string) => `${name} must be at most ${max}.`,
  },
  /** Appended to a problem so the reader knows the widget did not change. */
  keeping: (what: string) => `Still showing ${what}.`,
  dataTable: 'Data table',
} as const;

const sigmoidExplorer = {
  title: 'Explore the sigmoid',
  description: 'Move x and watch σ(x), its slope σ′(x) and the tangent line there. The dashed line is σ = 0.5.',
  xSlider: 'x (slider)',
  xField: 'x (type a value)',
  xName: 'x',
  rangeLegend: 'Plotted range of x',
  rangeMin: 'From',
  rangeMax: 'To',
  rangeMinName: 'The start of the range',
  rangeMaxName: 'The end of the range',
  showDerivative: 'Also plot σ′(x)',
  readouts: { x: 'x', sigma: 'σ(x)', slope: 'σ′(x), the slope' },
  legend: { sigma: 'σ(x)', derivative: 'σ′(x)', tangent: 'tangent at x', half: 'σ = 0.5' },
  axisX: 'x',
  chartHint: 'Click or drag on the chart to move x. When the chart has focus, the arrow keys move x (Page Up and Page Down in bigger steps, Home and End to the ends).',
  sliderValue: (x: string, sigma: string) => `x = ${x}, σ(x) = ${sigma}`,
  tableSummary: 'Data table of the plot',
  tableCaption: 'σ(x) and σ′(x) at evenly spaced x across the plotted range',
  tableHeaders: { x: 'x', sigma: 'σ(x)', slope: 'σ′(x)' },
  chartLabel: (view: { min: string; max: string; x: string; sigma: string; slope: string; showDerivative: boolean }) =>
    `Plot of σ(x) for x from ${view.min} to ${view.max}: an S-shaped curve rising from near 0 to near 1 and crossing 0.5 at x = 0. ` +
    `Marked point x = ${view.x}, where σ(x) = ${view.sigma} and the tangent line has slope σ′(x) = ${view.slope}.` +
    (view.showDerivative ? ' Also plotted: σ′(x), a bump that peaks at 0.25 at x = 0 and falls towards 0 on both sides.' : ''),
  problems: {
    order: 'The start of the range must be less than its end.',
    tooNarrow: (width: string) => `The range must be at least ${width} wide.`,
    outside: (min: string, max: string) => `x must lie in the plotted range, ${min} to ${max}. Widen the range to go further.`,
  },
  keeping: (x: string, min: string, max: string) => `Still showing x = ${x} on ${min} to ${max}.`,
} as const;

const squashVector = {
  title: 'Squash a vector',
  description: 'Type some numbers: σ squashes each one on its own into (0, 1), as torch.sigmoid does element-wise.',
  inputLabel: 'Numbers x (separated by commas or spaces)',
  inputHint: 'For example: -5, -1, 0, 1, 5. Square brackets are fine too.',
  fullPrecision: 'Full precision (every digit)',
  headers: { input: 'x', output: 'σ(x)', bar: 'σ(x) as a bar' },
  printed: (tensor: string) => `torch.sigmoid(x) → ${tensor}`,
  printedFull: (values: string) => `σ(x), every digit: [${values}]`,
  caption: (summary: string) => `Each number and its sigmoid: ${summary}`,
  summary: (count: number, smallest: string, largest: string) =>
    `${count} ${count === 1 ? 'number' : 'numbers'} squashed; outputs run from ${smallest} to ${largest}.`,
  problems: {
    empty: 'Type at least one number, for example: -5, -1, 0, 1, 5.',
    emptyItem: (item: number) => `Item ${item} is empty: there are two commas with nothing between them.`,
    notANumber: (token: string, item: number) => `Item ${item}, “${token}”, is not a number. Use digits, like 2.5 or -3.`,
    notFinite: (token: string, item: number) =>
      `Item ${item}, “${token}”, is too large for a double (it would be infinity). Use a finite number.`,
    tooMany: (count: number, max: number) => `That is ${count} numbers; this widget squashes at most ${max}.`,
  },
  keeping: 'Still showing the last list that worked.',
} as const;

const probabilityThreshold = {
  title: 'Probability and threshold',
  description: 'A classifier gives a probability p that an email is spam (positive); a threshold t turns it into a yes-or-no answer.',
  pSlider: 'Probability p (slider)',
  pField: 'Probability p (type a value)',
  pName: 'p',
  tSlider: 'Threshold t (slider)',
  tField: 'Threshold t (type a value)',
  tName: 't',
  decisionHeading: 'Prediction',
  scoreHeading: 'The score behind p',
  classes: { positive: 'positive (spam)', negative: 'negative (not spam)' },
  truth: { positive: 'true', negative: 'false' },
  decision: (p: string, predicted: string, percent: string, truth: string) => `${p} → ${predicted}, ${percent} % likely ${truth}`,
  ruleAbove: (p: string, t: string) => `p = ${p} is at least t = ${t}, so the answer is positive.`,
  ruleBelow: (p: string, t: string) => `p = ${p} is below t = ${t}, so the answer is negative.`,
  againstOdds: (predicted: string, percent: string) =>
    `The threshold makes it answer ${predicted} although the model gives that only ${percent} %.`,
  atMost: (bound: string) => `< ${bound}`,
  atLeast: (bound: string) => `> ${bound}`,
  scoreLabel: 'Score x = logit(p)',
  scoreExplained: (score: string, p: string) => `σ(${score}) ≈ ${p}: the score x that the sigmoid squashes into p.`,
  minusInfinity: 'minus infinity (−∞)',
  plusInfinity: 'plus infinity (+∞)',
  scoreAtZero: 'No finite score gives p = 0 exactly: σ(x) only approaches 0 as x goes to −∞.',
  scoreAtOne: 'No finite score gives p = 1 exactly: σ(x) only approaches 1 as x goes to +∞.',
  keeping: (p: string, t: string) => `Still showing p = ${p}, t = ${t}.`,
} as const;

const floatTrap = {
  title: 'The floating-point trap',
  description: 'The textbook formulas against stable ones, computed in double precision at the same x.',
  inputLabel: 'x',
  xName: 'x',
  presetsLabel: 'Try x =',
  naive: 'Naive formula',
  stable: 'Stable (the true value)',
  verdicts: { fine: 'Fine.', imprecise: 'Loses digits.', broken: 'Breaks.' },
  formulas: {
    reciprocal: 'σ(x) = 1 / (1 + exp(−x))',
    ratio: 'σ(x) = exp(x) / (1 + exp(x))',
    log: 'log σ(x) = log(1 / (1 + exp(−x)))',
    derivative: 'σ′(x) = σ(x) · (1 − σ(x))',
  },
  values: {
    nan: 'NaN (not a number)',
    plusInfinity: '+∞ (infinity)',
    minusInfinity: '−∞ (minus infinity)',
  },
  explanations: {
    same: 'Both give the same double.',
    sameOne:
      'Both give exactly 1: the true value is 1 minus something smaller than about 1.1 × 10⁻¹⁶, and the nearest double is 1.',
    sameUnderflow:
      'Both give 0: the true value is not zero, but it is closer to 0 than the smallest positive double (about 4.9 × 10⁻³²⁴).',
    close: 'They agree to about 13 digits or more; the rest is ordinary rounding.',
    imprecise: (digits: number) => `Only about ${digits} significant digits agree with the stable value.`,
    impreciseLog: (digits: number) =>
      `σ(x) is so close to 1 that most of its digits are spent on 0.999…; the log of it has only about ${digits} correct digits.`,
    impreciseDerivative: (digits: number) =>
      `1 − σ(x) subtracts two nearly equal numbers and cancels most digits: only about ${digits} are correct.`,
    nanRatio: 'exp(x) overflows to ∞ (it does for x above about 709.78), so this is ∞ / ∞, which is NaN.',
    nan: 'An intermediate overflowed to ∞ and the result is undefined (NaN).',
    logOfZero: 'exp(−x) overflows to ∞, so σ(x) comes out exactly 0, and log 0 = −∞. The true value is a finite number, about x.',
    infinite: 'An intermediate overflowed, so the result is infinite though the true value is finite.',
    zeroOverflow: 'exp(−x) overflows to ∞, so σ(x) comes out exactly 0; the true value is tiny but still a (subnormal) double.',
    logOfOne: 'σ(x) rounds to exactly 1, so log σ(x) = log 1 = 0; the true value is a tiny negative number.',
    oneMinusOne: 'σ(x) rounds to exactly 1, so 1 − σ(x) = 0 and the product is 0; the true slope is tiny but not 0.',
    differs: 'The naive value is not zero, but the true value rounds to 0.',
  },
  summary: (x: string, broken: number, total: number) =>
    broken === 0
      ? `At x = ${x} all ${total} naive formulas give the right double (or within rounding).`
      : `At x = ${x}, ${broken} of ${total} naive formulas ${broken === 1 ? 'goes' : 'go'} wrong.`,
  keeping: (x: string) => `Still showing x = ${x}.`,
} as const;

export const widgets = { common, sigmoidExplorer, squashVector, probabilityThreshold, floatTrap } as const;
