// Strings for lesson 2's widgets (logistic regression), one section per widget. Functions fill in numbers that
// are already formatted.

const classNames = {
  /** The two classes of the playground and their marks, as the reader sees them. */
  0: 'class 0 (orange squares)',
  1: 'class 1 (blue circles)',
} as const;

const oneFeature = {
  title: 'One feature: hours studied → passed',
  description:
    'Each dot is a student: hours studied along the bottom, passed (1) or failed (0) up the side. The curve is p = σ(w·hours + b). Move w and b and watch the loss, then press Fit.',
  wSlider: 'Weight w',
  wField: 'Type w',
  wName: 'w',
  bSlider: 'Bias b',
  bField: 'Type b',
  bName: 'b',
  fit: 'Fit',
  reset: 'Start again',
  readouts: {
    loss: 'Mean cross-entropy',
    best: 'Best possible',
    accuracy: 'Accuracy at p ≥ 0.5',
    boundary: 'p = 0.5 at',
  },
  hours: (value: string) => `${value} h`,
  noBoundary: 'nowhere (w = 0)',
  offChart: (value: string) => `${value} h (off the chart)`,
  farOffChart: 'far off the chart',
  legend: { curve: 'p = σ(w·hours + b)', passed: 'passed (1)', failed: 'failed (0)', half: 'p = 0.5', boundary: 'decision point' },
  axisX: 'hours studied',
  sliderValue: (name: string, value: string, loss: string) => `${name} = ${value}, loss ${loss}`,
  fitted: (w: string, b: string, loss: string) => `Fitted: w = ${w}, b = ${b}, the lowest loss, ${loss}.`,
  gap: (gap: string) => `${gap} above the best possible loss.`,
  atBest: 'This is the best fit: no w and b give a lower loss.',
  tableSummary: 'Data table: every student',
  tableCaption: 'Hours studied, the outcome, and the model’s probability of passing at the current w and b',
  tableHeaders: { hours: 'Hours', outcome: 'Passed?', p: 'p = σ(w·hours + b)' },
  outcome: { 0: 'no (0)', 1: 'yes (1)' },
  chartLabel: (view: { w: string; b: string; boundary: string; loss: string; passed: number; failed: number }) =>
    `Scatter of ${view.failed} students who failed (at 0) and ${view.passed} who passed (at 1) against hours studied, ` +
    `with the curve p = σ(${view.w}·hours + ${view.b}); p crosses 0.5 at ${view.boundary}. Mean cross-entropy ${view.loss}.`,
  keeping: (w: string, b: string) => `Still showing w = ${w}, b = ${b}.`,
} as const;

const thresholdMetrics = {
  title: 'Threshold and metrics',
  description:
    'A logistic regression scores scans for a disease (positive) with a probability. Move the threshold: the confusion matrix, the rates built from it and the point on the ROC curve move with it.',
  tSlider: 'Threshold t',
  tField: 'Type t',
  tName: 't',
  dataLegend: 'Patients',
  data: {
    balanced: 'Balanced: 100 ill, 100 healthy',
    imbalanced: 'Imbalanced: 20 ill, 180 healthy',
  },
  matrixCaption: (t: string) => `Confusion matrix at threshold ${t}: rows are the truth, columns what the model says (flagged as ill or cleared)`,
  predictedPositive: 'Flagged',
  predictedNegative: 'Cleared',
  actualPositive: 'Ill',
  actualNegative: 'Healthy',
  cells: { tp: 'TP', fp: 'FP', tn: 'TN', fn: 'FN' },
  readouts: {
    precision: 'Precision TP/(TP+FP)',
    recall: 'Recall TP/(TP+FN)',
    accuracy: 'Accuracy',
    f1: 'F1',
    fpr: 'False-positive rate',
    auc: 'AUC',
  },
  noPositiveCalls: 'no positive calls',
  baseline: (percent: string) => `Always answering “healthy” would score ${percent} % accuracy on these patients.`,
  rocHeading: 'ROC curve: true-positive rate (recall) up, false-positive rate along',
  legend: { roc: 'ROC curve', chance: 'chance (AUC 0.5)', point: 'threshold t' },
  axisX: 'false-positive rate FP/(FP+TN)',
  chartLabel: (view: { auc: string; fpr: string; tpr: string; t: string }) =>
    `ROC curve: true-positive rate against false-positive rate over every threshold, area under it ${view.auc}. ` +
    `At threshold ${view.t} the point is at false-positive rate ${view.fpr}, true-positive rate ${view.tpr}.`,
  sliderValue: (t: string, precision: string, recall: string) => `t = ${t}: precision ${precision}, recall ${recall}`,
  keeping: (t: string) => `Still showing t = ${t}.`,
} as const;

const whyCrossEntropy = {
  title: 'Why cross-entropy?',
  description:
    'One example x with label y, and the model p = σ(w·x). Both losses are plotted as functions of w, then their slopes: gradient descent moves w against the slope.',
  wSlider: 'Weight w',
  wField: 'Type w',
  wName: 'w',
  xField: 'Input x',
  xName: 'x',
  yLegend: 'Label y',
  labels: { 0: 'y = 0', 1: 'y = 1' },
  lossHeading: 'Loss against w',
  slopeHeading: 'Slope of the loss against w',
  legend: { bce: 'cross-entropy', se: 'squared error (σ − y)²', point: 'current w', zero: 'slope 0' },
  axisX: 'w',
  readouts: {
    p: 'p = σ(w·x)',
    bce: 'Cross-entropy',
    bceSlope: 'Cross-entropy slope',
    se: 'Squared error',
    seSlope: 'Squared-error slope',
  },
  verdict: {
    wrong: (p: string, y: string, bceSlope: string, seSlope: string) =>
      `p = ${p} for a label of ${y}: the model is confidently wrong. Cross-entropy’s slope is ${bceSlope}, a firm push; squared error’s is ${seSlope}, nearly flat, so gradient descent would barely move.`,
    right: (p: string, y: string) => `p = ${p} for a label of ${y}: the model is right, and both slopes are small because there is little left to learn.`,
    middle: (ratio: string) => `Here cross-entropy’s slope is ${ratio} times as steep as squared error’s.`,
    flatInput: 'With x = 0 the weight has no effect on this example: both losses are flat, both slopes 0.',
  },
  lossLabel: (view: { x: string; y: string; w: string; bce: string; se: string }) =>
    `Loss against w for x = ${view.x}, y = ${view.y}. Cross-entropy keeps rising steadily on the side where the model is wrong; squared error levels off at 1 there. At w = ${view.w}: cross-entropy ${view.bce}, squared error ${view.se}.`,
  slopeLabel: (view: { w: string; bceSlope: string; seSlope: string }) =>
    `Slopes against w. Cross-entropy’s slope levels off at ±x on the wrong side; squared error’s falls back to 0 there. At w = ${view.w}: ${view.bceSlope} and ${view.seSlope}.`,
  clipped: (top: string) => `Cross-entropy leaves the top of the plot where it grows beyond ${top}.`,
  keeping: (w: string, x: string) => `Still showing w = ${w}, x = ${x}.`,
} as const;

const playground = {
  title: 'Classifier playground',
  description:
    'Logistic regression on two features x₁ and x₂. The shading is the model’s probability of class 1, the line is the decision boundary p = 0.5. Train it, change the data, or add and remove points.',
  train: 'Train',
  pause: 'Pause',
  step: 'Step',
  reset: 'Reset',
  restore: 'Regenerate data',
  preset: 'Data set',
  presets: {
    blobs: 'Two blobs',
    overlap: 'Overlapping blobs',
    xor: 'XOR (four quadrants)',
    moons: 'Two moons',
    circles: 'Circle in a ring',
  },
  seed: 'Seed (whole number)',
  seedName: 'The seed',
  seedWhole: 'The seed must be a whole number, like 7.',
  dataLegend: 'Data',
  modelLegend: 'Model',
  noise: 'Noise',
  size: 'Points',
  learningRate: 'Learning rate η',
  l2: 'L2 penalty λ',
  feature: 'Extra feature',
  features: { none: 'none: x₁, x₂ only', product: 'x₁·x₂', squares: 'x₁² and x₂²' },
  brushLegend: 'Clicks and Enter add',
  brush: { 0: 'class 0', 1: 'class 1' },
  mapHint:
    'Click the map to add a point of the chosen class (Shift+click for the other one); click a point to remove it. With the map focused: arrow keys move the cross-hair (Shift for bigger steps), Enter or Space adds a point, 0 or 1 adds a point of that class, Delete removes the nearest point.',
  readouts: {
    epoch: 'Steps',
    loss: 'Loss',
    accuracy: 'Accuracy',
    norm: '‖w‖',
    weights: 'Weights',
  },
  lossHeading: 'Loss during training',
  lossAxis: 'steps',
  lossLegend: 'loss (cross-entropy + penalty)',
  lossChartLabel: (epoch: string, first: string, last: string) =>
    `Loss over ${epoch} steps of gradient descent, from ${first} at the start to ${last} now.`,
  weightName: (feature: string) => `weight on ${feature}`,
  featureNames: { x1: 'x₁', x2: 'x₂', product: 'x₁·x₂', x1Squared: 'x₁²', x2Squared: 'x₂²' },
  bias: 'bias b',
  classes: classNames,
  mapLabel: (view: { points: number; ones: number; zeros: number; epoch: string; accuracy: string; boundary: string }) =>
    `Probability map of the model over the plane, with ${view.points} points: ${view.ones} of ${classNames[1]} and ${view.zeros} of ${classNames[0]}. ` +
    `After ${view.epoch} steps the training accuracy is ${view.accuracy}. ${view.boundary}`,
  boundaryLine: (equation: string) => `The decision boundary is the line ${equation} = 0; blue shading is where the model says class 1.`,
  boundaryCurve: (equation: string) => `The decision boundary is the curve ${equation} = 0; blue shading is where the model says class 1.`,
  noBoundary: 'With all weights 0 every point gets p = σ(b); there is no boundary yet.',
  status: {
    added: (which: string, x1: string, x2: string) => `Added a point of ${which} at (${x1}, ${x2}).`,
    removed: (which: string, x1: string, x2: string) => `Removed the point of ${which} at (${x1}, ${x2}).`,
    nothingNear: 'No point near the cross-hair to remove.',
    full: (max: number) => `There are already ${max} points, the most this widget holds. Remove some first.`,
    needBothClasses: 'Training needs at least one point of each class. Add some points first.',
    diverged: 'The loss overflowed: the learning rate is far too large. Pick a smaller one or reset.',
    capped: (steps: string) => `Stopped after ${steps} steps. Press Train to go on, or Reset to start again.`,
    restarted: 'The data or settings changed, so training starts again from zero weights.',
  },
  cursor: (x1: string, x2: string) => `Cross-hair at (${x1}, ${x2}).`,
  weightsTableSummary: 'Data table: the weights now',
  weightsTableCaption: 'Each weight of the model and the feature it multiplies',
  weightsTableHeaders: { name: 'Parameter', value: 'Value' },
  fallbackLabel: (view: { ones: number; zeros: number; boundary: string }) =>
    `The default data: ${view.ones} points of ${classNames[1]} and ${view.zeros} of ${classNames[0]}. ${view.boundary}`,
  fallback: (points: number, accuracy: string) =>
    `The default data, ${points} points, and the boundary a full fit finds (training accuracy ${accuracy}). With JavaScript the map is shaded by the model’s probability and you can train it yourself.`,
  keeping: 'The widget keeps its last good settings.',
} as const;

export const lesson2Widgets = { oneFeature, thresholdMetrics, whyCrossEntropy, playground } as const;
