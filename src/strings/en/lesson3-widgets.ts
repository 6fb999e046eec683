// Strings for lesson 3 (activation functions): the comparison table, the facts about each function, and the
// four widgets, one section each. Functions fill in numbers that are already formatted.
import type { ActivationId, Cost, Use } from '../../lib/math/activation-registry.ts';

/** How each function is named in readouts and legends (the math's own symbol where there is one). */
const symbols: Record<ActivationId, string> = {
  sigmoid: 'σ',
  tanh: 'tanh',
  relu: 'ReLU',
  'leaky-relu': 'leaky ReLU',
  silu: 'SiLU',
  elu: 'ELU',
  gelu: 'GELU',
};

const facts = {
  yes: 'yes',
  no: 'no',
  costs: {
    comparison: 'lowest: a comparison',
    exp: 'one exponential',
    erf: 'an error function',
  } satisfies Record<Cost, string>,
  uses: {
    'binary-output': 'binary outputs',
    'multi-label-output': 'multi-label outputs',
    gates: 'LSTM and GRU gates',
    'rnn-hidden': 'hidden states of RNNs and LSTMs; older networks',
    'hidden-default': 'hidden layers: the default',
    'hidden-no-dead-units': 'hidden layers, against dead units',
    'modern-cnn': 'modern CNNs and detectors (YOLO)',
    transformer: 'transformers (BERT, GPT)',
  } satisfies Record<Use, string>,
  saturation: {
    both: 'both tails',
    negativeFlat: 'x < 0, with slope exactly 0',
    negative: 'negative side only',
    none: (slope: string) => `never: slope ≥ ${slope}`,
  },
  /** Where the largest slope is reached (no-break spaces keep "x = 0" on one line in narrow table cells). */
  slopeAt: (x: string) => `at x\u00a0=\u00a0${x}`,
  slopeAtApprox: (x: string) => `at x\u00a0≈\u00a0${x}`,
  slopeForPositive: 'for every x\u00a0>\u00a00',
  /** Marks a rounded value: "≈ 1.0998". */
  approximately: (x: string) => `≈\u00a0${x}`,
} as const;

const table = {
  caption:
    'Activation functions compared. Every entry is read from the registry; a test checks the range, zero-centring, monotonicity, largest slope and saturation numerically.',
  headers: {
    name: 'Function',
    range: 'Range',
    zeroCentred: 'Zero-centred',
    monotone: 'Monotone',
    largestSlope: 'Largest slope',
    saturation: 'Saturates',
    cost: 'Cost',
    place: 'Typical place',
  },
} as const;

const gallery = {
  title: 'Activation function gallery',
  description:
    'Plot any of the functions and their slopes on shared axes. Move the cursor to read values; the shading marks where the chosen function saturates, |f′(x)| < 0.01.',
  plotLegend: 'Plot',
  curveColumn: 'curve',
  slopeColumn: 'slope',
  bandLegend: 'saturated: |f′(x)| < 0.01',
  slopeName: (name: string) => `${name} slope`,
  cursorLabel: 'cursor',
  axisX: 'x',
  yes: 'yes',
  no: 'no',
  notFinite: 'not a finite number',
  band: (from: string, to: string) => `${from} to ${to}`,
  shadeLabel: 'Shade where |f′(x)| < 0.01 for',
  shadeOff: 'nothing',
  shadeNone: 'Nothing is shaded.',
  shadeNowhere: (name: string) => `${name} does not saturate anywhere on this range.`,
  shadeWhere: (name: string, bands: string) => `Shaded where |${name}′| < 0.01: x from ${bands}.`,
  readoutPhrase: (name: string, value: string, slope: string) => `${name} = ${value}, slope ${slope}`,
  chartLabel: (view: { names: readonly string[]; min: string; max: string; cursor: string; readouts: string; shade: string }) =>
    view.names.length === 0
      ? `Empty plot for x from ${view.min} to ${view.max}. ${view.shade}`
      : `Plot of ${view.names.join(', ')} for x from ${view.min} to ${view.max}. At the cursor, x = ${view.cursor}: ${view.readouts}. ${view.shade}`,
  empty: 'Nothing is plotted: tick a curve or a slope.',
  rangeLegend: 'Plotted range of x',
  rangeMin: 'From',
  rangeMax: 'To',
  rangeMinName: 'the start of the range',
  rangeMaxName: 'the end of the range',
  cursorField: 'Cursor x (type a value)',
  cursorName: 'the cursor x',
  chartHint:
    'Move the pointer over the chart, or focus the chart and use the arrow keys, to move the cursor (Page Up and Page Down take bigger steps, Home and End go to the ends).',
  readoutCaption: (x: string) => `Values at the cursor, x = ${x}`,
  readoutHeaders: { name: 'Function', value: 'f(x)', slope: 'f′(x)', saturated: 'Saturated?' },
  problems: {
    order: 'The start of the range must be less than its end.',
    tooNarrow: (width: string) => `The range must be at least ${width} wide.`,
    outside: (min: string, max: string) => `The cursor must lie in the plotted range, ${min} to ${max}. Widen the range to go further.`,
  },
  keeping: (x: string, min: string, max: string) => `Still showing the cursor at x = ${x} on ${min} to ${max}.`,
} as const;

const softmax = {
  title: 'Softmax or sigmoid?',
  description:
    'Set a score (logit) for each class. Softmax shares one unit of probability among the classes; independent sigmoids answer a separate yes-or-no question for each.',
  presetsLabel: 'Start from',
  presets: {
    'multi-class': { name: 'One of many: cat, dog, bird', labels: ['cat', 'dog', 'bird'] },
    'multi-label': { name: 'Any of several: person, bicycle, helmet', labels: ['person', 'bicycle', 'helmet'] },
  },
  logitsLegend: 'Logits',
  logitSlider: (label: string) => `Logit for ${label} (slider)`,
  logitField: (label: string) => `Logit for ${label} (type a value)`,
  logitName: (label: string) => `the logit for ${label}`,
  logitValue: (logit: string, p: string) => `z = ${logit}, softmax ${p}`,
  newClass: (n: number) => `class ${n}`,
  addClass: 'Add a class',
  removeClass: 'Remove the last class',
  shiftField: 'Constant c',
  shiftName: 'the constant c',
  shiftButton: 'Add c to every logit',
  temperatureSlider: 'Temperature T of the softmax (slider)',
  temperatureField: 'Temperature T (type a value)',
  temperatureName: 'the temperature T',
  headers: { label: 'Class', logit: 'Logit', softmax: 'Softmax', sigmoid: 'Sigmoid' },
  sumLabel: 'Sum',
  caption: (t: string) => `Softmax at temperature T = ${t}, beside an independent sigmoid for each class (the sigmoids ignore T)`,
  softmaxSays: (label: string, p: string, count: number) =>
    `Softmax assumes exactly one of the ${count} classes is right: most likely ${label}, with ${p}.`,
  sigmoidsSay: (yes: readonly string[]) =>
    yes.length === 0
      ? 'Sigmoids: no label reaches 0.5, so the answer to every yes-or-no question is no.'
      : `Sigmoids: ${yes.length === 1 ? 'one label reaches' : `${yes.length} labels reach`} 0.5 (${yes.join(', ')}); each is its own yes-or-no answer.`,
  problems: {
    pastLimit: (label: string, limit: string) => `Adding c would take the logit for ${label} beyond ±${limit}, so nothing was added.`,
  },
  keeping: 'Still showing the last values that worked.',
} as const;

const collapse = {
  title: 'Two layers, with and without an activation',
  description:
    'One input x, two hidden units, one output y = v₁ f(w₁x + b₁) + v₂ f(w₂x + b₂) + c. Drag the weights: with no f the network only ever draws a straight line; with ReLU it bends.',
  activationLabel: 'Activation f between the layers',
  none: 'none (linear)',
  layer1: 'Layer 1: the hidden units',
  layer2: 'Layer 2: the output',
  paramSlider: (name: string) => `${name} (slider)`,
  paramField: (name: string) => `${name} (type a value)`,
  paramValue: (name: string, value: string) => `${name} = ${value}`,
  params: { w1: 'w₁', b1: 'b₁', w2: 'w₂', b2: 'b₂', v1: 'v₁', v2: 'v₂', c: 'c' },
  legend: { network: (name: string) => `y with ${name}`, linear: 'y with no activation', bends: 'bends' },
  axisX: 'x',
  /** b1, v2, b2 and c come signed: "+ 1.00", "− 2.00". */
  formula: (parts: { v1: string; w1: string; b1: string; v2: string; w2: string; b2: string; c: string; f: string }) =>
    `y = ${parts.v1} · ${parts.f}(${parts.w1}x ${parts.b1}) ${parts.v2} · ${parts.f}(${parts.w2}x ${parts.b2}) ${parts.c}`,
  collapsed: (slope: string, intercept: string) => `With no activation this is y = ${slope}x ${intercept}: one straight line, whatever the weights.`,
  and: ' and ',
  sameLine: 'With no activation the two layers are exactly this one line.',
  bendsAt: (name: string, points: string) => `With ${name}, the line bends at x = ${points}.`,
  noBends: (name: string) => `With ${name}, no unit switches inside the plot, so it is still straight here. Move a bias.`,
  smooth: (name: string) => `With ${name}, the output curves smoothly: no single straight line matches it.`,
  chartLabel: (view: { range: string; activation: string; shape: string; linear: string }) =>
    `Plot of the network output y for x from ${view.range}, with ${view.activation} between the layers. ${view.shape} Dashed: ${view.linear}`,
  tableSummary: 'Data table of the plot',
  tableCaption: 'The output at evenly spaced x, with the chosen activation and with none',
  tableHeaders: { x: 'x', network: 'y with f', linear: 'y with no f' },
  keeping: 'Still showing the last weights that worked.',
} as const;

const gate = {
  title: 'A forget gate',
  description:
    'An LSTM keeps the share σ(g) of its memory at every step: c_t = σ(g) · c_(t−1). Set the gate’s input g and watch a remembered value fade or last.',
  gSlider: 'Gate input g (slider)',
  gField: 'Gate input g (type a value)',
  gName: 'g',
  stepsSlider: 'Time steps (slider)',
  stepsField: 'Time steps (type a whole number)',
  stepsName: 'the number of steps',
  startField: 'Remembered value c₀',
  startName: 'c₀',
  readouts: { keep: 'Kept each step, σ(g)', last: (steps: string) => `Left after ${steps} steps`, halfLife: 'Halved every' },
  halfLife: (steps: string) => `${steps} steps`,
  legend: { memory: 'memory c_t', half: 'half of c₀' },
  axisX: 'time step t',
  sliderValue: (g: string, keep: string) => `g = ${g}, keeps ${keep}`,
  chartLabel: (view: { g: string; keep: string; steps: string; start: string; last: string; halfLife: string }) =>
    `Plot of the memory over ${view.steps} steps, starting at ${view.start}. With g = ${view.g} the gate keeps ${view.keep} each step, so the memory halves every ${view.halfLife} steps and ends at ${view.last}.`,
  tableSummary: 'Data table: the memory at each step',
  tableCaption: 'The memory c_t after each step t',
  tableHeaders: { step: 't', memory: 'c_t' },
  notWhole: (typed: string) => `“${typed}” is not a whole number of steps.`,
  keeping: 'Still showing the last values that worked.',
} as const;

/** A message as a sentence: the field names above are lower-case so they read well mid-sentence too. */
export function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

export const lesson3Widgets = { symbols, facts, table, gallery, softmax, collapse, gate } as const;
