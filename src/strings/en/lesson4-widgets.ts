// Strings for lesson 4's widgets (vanishing gradients), one section per widget. Functions fill in numbers that
// are already formatted.

const activationNames = {
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'leaky ReLU',
  silu: 'SiLU',
} as const;

const chainOfSlopes = {
  title: 'Chain of slopes',
  description:
    'On its way back, the gradient is multiplied at every layer by the slope f′(z) times the weight w. Choose the depth, the pre-activations z and w, and compare the product for sigmoid, tanh and ReLU (log scale).',
  depthSlider: 'Depth: layers to pass back through',
  zSlider: 'Pre-activation z in every layer (slider)',
  zField: 'z (type a value)',
  zName: 'z',
  weightSlider: 'Weight w in every layer (slider)',
  weightField: 'w (type a value)',
  weightName: 'w',
  listLabel: 'Or type each layer’s z, from the output back (optional)',
  listHint: 'For example: 0.5, 3, -1. Layers beyond the list use z from the slider.',
  names: { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU' },
  readoutsHeading: 'Gradient left after all layers',
  boundReadout: 'Sigmoid’s best case, (w/4)ⁿ',
  legend: { bound: 'sigmoid’s best case (w/4)ⁿ' },
  axisX: 'layers passed, counting back from the output',
  zeroProduct: '0 (a ReLU with z ≤ 0 passes nothing back)',
  unused: (count: number, depth: number) =>
    `${count} typed ${count === 1 ? 'value is' : 'values are'} not used: the chain has only ${depth} layers.`,
  chartLabel: (view: { depth: number; sigmoid: string; tanh: string; relu: string; bound: string; reluCut: boolean; sigmoidBelowTanh: boolean }) =>
    `Log-scale plot of the gradient’s size after each of ${view.depth} layers, starting from 1 at the output. ` +
    `After all of them: sigmoid ${view.sigmoid}, tanh ${view.tanh}, ReLU ${view.relu}. ` +
    `The dashed line is the sigmoid’s best case, ${view.bound}.` +
    (view.reluCut ? ' The ReLU line drops to the bottom where a layer has z ≤ 0.' : '') +
    (view.sigmoidBelowTanh ? ' The sigmoid shrinks fastest.' : ''),
  tableSummary: 'Data table: each layer’s factor f′(z)·w',
  tableCaption: 'Per layer, counted back from the output: z and the factor f′(z)·w for each activation',
  tableHeaders: { layer: 'Layer', z: 'z', sigmoid: 'σ′(z)·w', tanh: 'tanh′(z)·w', relu: 'ReLU′(z)·w' },
  sliderValue: (name: string, value: string) => `${name} = ${value}`,
  problems: {
    tooMany: (count: number, max: number) => `That is ${count} values; the chain has at most ${max} layers.`,
    item: (index: number, problem: string) => `Value ${index}: ${problem}`,
    itemRange: (index: number, limit: string) => `Value ${index} must lie between −${limit} and ${limit}.`,
  },
  keeping: 'Still showing the last values that worked.',
} as const;

const classNames = {
  0: 'class 0 (orange squares)',
  1: 'class 1 (blue circles)',
} as const;

const deepNetworkLab = {
  title: 'Deep-network lab',
  description:
    'A small fully connected network learns to separate 400 points. Watch its loss and accuracy, each layer’s gradient and its decision map as it trains. Training runs in the background, so the page stays responsive.',
  presetsLabel: 'Start from a preset',
  presets: {
    deepSigmoid: {
      label: '9 sigmoid layers',
      expect:
        'What you should see: the accuracy stays near 0.5, no better than a coin toss, and the map stays one pale wash. The first hidden layer’s gradient starts many powers of ten below the output layer’s.',
    },
    shallowSigmoid: {
      label: '1 sigmoid layer',
      expect:
        'What you should see: the same data, optimiser and learning rate with one hidden layer. The loss falls, the accuracy climbs above 0.95 and the map splits into the four XOR quadrants.',
    },
    deepRelu: {
      label: '9 ReLU layers, He init, sigmoid output',
      expect:
        'What you should see: nine layers again, but ReLU in the hidden layers, He initialisation and a sigmoid only at the output. Every layer’s gradient stays within a few powers of ten of the others, and the accuracy passes 0.95.',
    },
  },
  seededResult: (accuracy: string, epochs: string, comparison: string) =>
    `Seeded result: accuracy ${accuracy} after ${epochs} epochs; at epoch 1 the first layer’s gradient is ${comparison} than the output layer’s.`,
  train: 'Train',
  pause: 'Pause',
  step: 'Step 1 epoch',
  reset: 'Reset',
  network: 'Network',
  training: 'Training and data',
  fields: {
    depth: 'Hidden layers',
    width: 'Units per hidden layer',
    activation: 'Hidden activation',
    init: 'Initialiser',
    optimizer: 'Optimiser',
    learningRate: 'Learning rate',
    epochs: 'Epochs per run',
    dataset: 'Data set',
    seed: 'Seed (data and weights)',
  },
  names: { learningRate: 'The learning rate', epochs: 'Epochs per run', seed: 'The seed' },
  wholeNumber: (name: string) => `${name} must be a whole number.`,
  options: {
    activation: activationNames,
    init: { uniform: 'uniform ±1', normal: 'normal N(0, 1)', xavier: 'Xavier (Glorot)', he: 'He' },
    optimizer: { sgd: 'gradient descent', momentum: 'momentum 0.9', adam: 'Adam' },
    dataset: { xor: 'XOR', circles: 'circles', moons: 'moons' },
  },
  readouts: {
    epoch: 'Epoch',
    loss: 'Loss',
    accuracy: 'Accuracy',
    shrinkageStart: 'First layer’s gradient vs the output’s, epoch 1',
    shrinkage: '… at the latest epoch',
    speed: 'Speed',
  },
  shrinkage: (ratio: string) => `${ratio} times smaller`,
  growth: (ratio: string) => `${ratio} times larger`,
  speed: (perSecond: string) => `${perSecond} epochs/s`,
  notYet: '—',
  status: {
    idle: (epochs: string) => `Ready. Train runs ${epochs} epochs; Step runs one.`,
    running: (epoch: string, target: string) => `Training: epoch ${epoch} of ${target}.`,
    paused: (epoch: string) => `Paused at epoch ${epoch}.`,
    done: (epoch: string, accuracy: string) => `Stopped at epoch ${epoch}: accuracy ${accuracy}. Train again to go on.`,
    limit: (epoch: string) => `Stopped at epoch ${epoch}, the most this lab trains. Reset to start again.`,
    diverged:
      'The numbers overflowed: the gradients exploded. Lower the learning rate or choose a gentler initialiser (either starts again).',
    failed: (message: string) => `Training stopped with an error: ${message}`,
    noWorker: 'This browser could not start the background worker that trains the network.',
  },
  fallbackNote: (epochs: string) =>
    `Below: the default preset after ${epochs} epochs, computed when this page was built. With JavaScript on, you can train it yourself.`,
  lossChart: {
    heading: 'Loss and accuracy',
    axisX: 'epoch',
    legend: { loss: 'loss (cross-entropy)', accuracy: 'accuracy', chance: 'chance (0.5)' },
    label: (view: { epoch: string; loss: string; accuracy: string; firstLoss: string; trend: string }) =>
      `Loss and accuracy over ${view.epoch} epochs. The loss went from ${view.firstLoss} to ${view.loss}; ${view.trend} The accuracy is now ${view.accuracy} (0.5 is chance).`,
    untrained: (loss: string, accuracy: string) => `Not trained yet: loss ${loss}, accuracy ${accuracy} (0.5 is chance).`,
    trends: {
      learning: 'it is learning.',
      stuck: 'it has barely moved.',
    },
    tableSummary: 'Data table: loss and accuracy',
    tableCaption: 'Loss and accuracy on all 400 points at chosen epochs',
    headers: { epoch: 'Epoch', loss: 'Loss', accuracy: 'Accuracy' },
  },
  normChart: {
    heading: 'Each layer’s gradient size (log scale)',
    axisX: 'epoch',
    legend: { first: 'first hidden layer (input side)', last: 'output layer', between: 'layers in between, shaded from one to the other' },
    label: (view: { epoch: string; layers: number; first: string; last: string; shrinkage: string }) =>
      `Log-scale plot of each of ${view.layers} layers’ gradient norm over ${view.epoch} epochs. ` +
      `Now the first hidden layer’s is ${view.first} and the output layer’s ${view.last}: the first layer’s is ${view.shrinkage}.`,
    untrained: 'No gradients yet: train or step at least one epoch.',
    tableSummary: 'Data table: gradient norm of each layer',
    tableCaption: 'The norm ‖∂L/∂W‖ of each layer’s weight gradient at epoch 1 and now, and now relative to the output layer',
    headers: { layer: 'Layer', first: 'At epoch 1', now: 'Now', relative: 'Now ÷ output layer' },
    layerName: (index: number, count: number) =>
      index === count - 1 ? 'output layer' : `hidden layer ${index + 1}${index === 0 ? ' (input side)' : ''}`,
  },
  map: {
    heading: 'Decision map',
    classes: classNames,
    legend: 'Shading: the class the network predicts there; paler is less sure.',
    label: (view: { epoch: string; summary: string; accuracy: string }) =>
      `Decision map after ${view.epoch} epochs: ${view.summary} Accuracy on the 400 points: ${view.accuracy}.`,
    unsure: (low: string, high: string) => `the network is unsure everywhere; every prediction lies between ${low} and ${high}.`,
    split: (share: string) => `the network predicts class 1 on ${share} % of the square and class 0 on the rest.`,
    tableSummary: 'Data table: the prediction in each part of the map',
    tableCaption: 'The mean predicted probability of class 1 in each ninth of the map',
    rows: ['top', 'middle', 'bottom'],
    columns: ['left', 'centre', 'right'],
    cell: (cls: 0 | 1, p: string) => `class ${cls} (p = ${p})`,
    corner: 'Part of the map',
  },
  keeping: 'The lab kept its last valid settings.',
} as const;

const saturation = {
  title: 'Saturation',
  description:
    'A histogram of each hidden layer’s activations on the 400 XOR points, straight after initialisation. Sigmoid outputs piled up at 0 and 1 mean slopes near 0.',
  fields: {
    activation: 'Hidden activation',
    init: 'Initialiser',
    depth: 'Hidden layers',
    width: 'Units per hidden layer',
    seed: 'Seed',
  },
  seedName: 'The seed',
  legendEnds: 'outermost bins: where the slope is nearly 0',
  legendBars: 'share of activations',
  layer: (index: number) => `Layer ${index + 1}`,
  saturated: (share: string) => `${share} % saturated`,
  dead: (share: string) => `${share} % of units dead`,
  spread: (std: string) => `spread ${std}`,
  histogramLabel: (view: { layer: number; low: string; high: string; shares: string; detail: string }) =>
    `Histogram of hidden layer ${view.layer}’s activations from ${view.low} to ${view.high}: ${view.shares}. ${view.detail}`,
  thirds: (low: string, middle: string, high: string) =>
    `${low} % in the lowest tenth of the range, ${middle} % in the middle, ${high} % in the highest tenth`,
  summary: (view: { saturated: string; worst: string; layers: number }) =>
    `Across ${view.layers} layers, ${view.saturated} % of the activations are saturated; the worst layer has ${view.worst} %.`,
  summaryUnbounded: (dead: string) => `This activation has no flat tails to saturate in; ${dead} % of units are dead (output 0 for every point).`,
  tableSummary: 'Data table: each layer’s activations',
  tableCaption: 'Mean, spread (standard deviation) and saturated or dead share of each hidden layer’s activations',
  headers: { layer: 'Layer', mean: 'Mean', std: 'Spread', saturated: 'Saturated', dead: 'Dead units' },
  notApplicable: 'n/a',
  keeping: 'Still showing the last valid settings.',
} as const;

export const lesson4Widgets = { activationNames, chainOfSlopes, deepNetworkLab, saturation } as const;
