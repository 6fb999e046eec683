// The glossary's words: each term's name, a short definition ($…$ is KaTeX, rendered at build time) and the
// phrases in lesson prose that link to it at first use (regular-expression sources, matched case-insensitively
// on whole words unless exactCase is set). Structure (see also, where taught) is in src/lib/glossary.ts.
import type { GlossaryId } from '../../lib/glossary.ts';

export interface GlossaryWords {
  term: string;
  definition: string;
  match: readonly string[];
  exactCase?: boolean;
}

export const glossaryTerms: Record<GlossaryId, GlossaryWords> = {
  sigmoid: {
    term: 'Sigmoid',
    definition:
      'The S-shaped function $\\sigma(x) = 1/(1 + e^{-x})$. It maps every real number into the open interval $(0, 1)$, with $\\sigma(0) = 0.5$ and $\\sigma(-x) = 1 - \\sigma(x)$; its slope is $\\sigma\'(x) = \\sigma(x)(1 - \\sigma(x))$, at most $1/4$.',
    match: ['sigmoids?'],
  },
  'logistic-function': {
    term: 'Logistic function',
    definition:
      'Another name for the sigmoid. The general logistic curve $L / (1 + e^{-k(x - x_0)})$ adds a height $L$, a steepness $k$ and a midpoint $x_0$; the standard one ($L = 1$, $k = 1$, $x_0 = 0$) is $\\sigma$.',
    match: ['logistic functions?'],
  },
  logit: {
    term: 'Logit',
    definition:
      'The inverse of the sigmoid: $\\operatorname{logit}(p) = \\ln\\bigl(p / (1 - p)\\bigr)$ for $0 < p < 1$. It turns a probability back into the score that produced it, so $\\sigma(\\operatorname{logit}(p)) = p$.',
    match: ['logit'],
  },
  logits: {
    term: 'Logits',
    definition:
      'The raw scores a model computes before a sigmoid or softmax turns them into probabilities. They can be any real numbers; only their differences matter to softmax.',
    match: ['logits'],
  },
  odds: {
    term: 'Odds',
    definition:
      'The chance of yes divided by the chance of no: $p / (1 - p)$. A probability of 0.8 is odds of 4 (4 to 1); a probability of 0.5 is odds of 1.',
    match: ['odds'],
  },
  'log-odds': {
    term: 'Log-odds',
    definition:
      'The natural logarithm of the odds, $\\ln\\bigl(p / (1 - p)\\bigr)$, which is the logit of $p$. Logistic regression models the log-odds as a straight-line function of the features, $\\mathbf{w} \\cdot \\mathbf{x} + b$.',
    match: ['log-odds'],
  },
  'odds-ratio': {
    term: 'Odds ratio',
    definition:
      'One odds divided by another. In logistic regression, raising feature $x_j$ by one unit multiplies the odds by $e^{w_j}$, so $e^{w_j}$ is that feature\'s odds ratio; a weight of 0 gives a ratio of 1 (no change).',
    match: ['odds ratios?'],
  },
  'logistic-regression': {
    term: 'Logistic regression',
    definition:
      'A classifier that predicts $p = \\sigma(\\mathbf{w} \\cdot \\mathbf{x} + b)$, the probability of the positive class. Its weights are fitted by minimising binary cross-entropy, usually with gradient descent.',
    match: ['logistic regression'],
  },
  'cross-entropy': {
    term: 'Cross-entropy',
    definition:
      'A loss that compares a predicted distribution $p$ with a target $y$: $L = -\\sum_k y_k \\ln p_k$. With a one-hot target it is minus the log-probability given to the true class, so a confident wrong answer costs a lot.',
    match: ['cross-entropy'],
  },
  'binary-cross-entropy': {
    term: 'Binary cross-entropy',
    definition:
      'Cross-entropy for a yes/no label: $L = -\\bigl[y \\ln p + (1 - y) \\ln(1 - p)\\bigr]$, averaged over examples. It is the negative log-likelihood of the data, and with $p = \\sigma(z)$ its gradient in the score is simply $p - y$.',
    match: ['binary cross-entropy', 'log loss'],
  },
  'gradient-descent': {
    term: 'Gradient descent',
    definition:
      'Training by repeated small steps downhill on the loss: $\\mathbf{w} \\leftarrow \\mathbf{w} - \\eta \\, \\nabla L(\\mathbf{w})$, where $\\eta$ is the learning rate. Each step moves every weight against its own partial derivative.',
    match: ['gradient descent'],
  },
  'learning-rate': {
    term: 'Learning rate',
    definition:
      'The step size $\\eta$ in gradient descent. Too small and training crawls; too large and the loss jumps about or grows without bound.',
    match: ['learning rates?'],
  },
  'decision-boundary': {
    term: 'Decision boundary',
    definition:
      'The set of inputs where a classifier switches from one class to the other. For logistic regression with threshold $t$ it is where $\\mathbf{w} \\cdot \\mathbf{x} + b = \\operatorname{logit}(t)$, a straight line (a plane, in more dimensions); at $t = 0.5$ that is $\\mathbf{w} \\cdot \\mathbf{x} + b = 0$.',
    match: ['decision boundar(?:y|ies)'],
  },
  threshold: {
    term: 'Threshold',
    definition:
      'The cut-off $t$ that turns a probability into a yes/no decision: predict yes when $p \\ge t$. The usual 0.5 is only a default; moving it trades false positives for false negatives.',
    match: ['thresholds?'],
  },
  'confusion-matrix': {
    term: 'Confusion matrix',
    definition:
      'The table of a classifier\'s four outcomes at one threshold: true positives (TP), false positives (FP), false negatives (FN) and true negatives (TN). Accuracy, precision and recall are all read from it.',
    match: ['confusion matri(?:x|ces)'],
  },
  precision: {
    term: 'Precision',
    definition:
      'Of the examples flagged positive, the fraction that really are: $TP / (TP + FP)$. High precision means few false alarms.',
    match: ['precision'],
  },
  recall: {
    term: 'Recall',
    definition:
      'Of the examples that really are positive, the fraction that were flagged: $TP / (TP + FN)$. Also called the true-positive rate or sensitivity; high recall means few misses.',
    match: ['recall'],
  },
  roc: {
    term: 'ROC curve',
    definition:
      'The receiver operating characteristic: recall (true-positive rate) plotted against the false-positive rate $FP / (FP + TN)$ as the threshold sweeps from 1 down to 0. A classifier that guesses at random follows the diagonal.',
    match: ['ROC curves?', 'ROC'],
  },
  auc: {
    term: 'AUC',
    definition:
      'The area under the ROC curve, between 0 and 1. It equals the probability that a randomly chosen positive gets a higher score than a randomly chosen negative: 0.5 is chance, 1 is perfect ranking. It does not depend on the threshold.',
    match: ['AUC', 'area under the (?:ROC )?curve'],
  },
  'l2-regularisation': {
    term: 'L2 regularisation',
    definition:
      'Adding a penalty $\\tfrac{\\lambda}{2} \\lVert \\mathbf{w} \\rVert^2$ to the loss, which adds $\\lambda \\mathbf{w}$ to the gradient and pulls every weight towards 0. It keeps weights finite on separable data and makes the model less sure of itself.',
    match: ['L2 regulari[sz]ation'],
  },
  'multi-label': {
    term: 'Multi-label',
    definition:
      'A task where one example can have several labels at once (a photo with a person, a bicycle and a helmet). Each label gets its own sigmoid and its own binary cross-entropy, instead of one softmax over all labels.',
    match: ['multi-label'],
  },
  'activation-function': {
    term: 'Activation function',
    definition:
      'The non-linear function a neural-network unit applies to its weighted sum, element by element (sigmoid, tanh, ReLU, SiLU…). Without one, any stack of linear layers collapses into a single linear map.',
    match: ['activation functions?'],
  },
  tanh: {
    term: 'Tanh',
    definition:
      'The hyperbolic tangent, $\\tanh(x) = (e^x - e^{-x}) / (e^x + e^{-x}) = 2\\sigma(2x) - 1$: a sigmoid stretched to the range $(-1, 1)$ and centred at zero. Its slope is $1 - \\tanh^2(x)$, at most 1, and it saturates on both sides.',
    match: ['tanh'],
  },
  relu: {
    term: 'ReLU',
    definition:
      'The rectified linear unit, $\\operatorname{ReLU}(x) = \\max(0, x)$. Its slope is 1 for positive inputs and 0 for negative ones, so it does not saturate on the positive side; the usual default for hidden layers.',
    match: ['ReLUs?'],
  },
  'leaky-relu': {
    term: 'Leaky ReLU',
    definition:
      'A ReLU with a small slope $\\alpha$ (often 0.01) for negative inputs: $x$ if $x > 0$, else $\\alpha x$. The small slope keeps a gradient flowing, so units cannot die.',
    match: ['leaky ReLUs?'],
  },
  'dying-relu': {
    term: 'Dying ReLU',
    definition:
      'A ReLU unit whose input is negative for every example outputs 0 and gets a zero gradient, so its weights never change again: the unit is dead. A large learning rate or a large negative bias can cause it.',
    match: ['dying ReLUs?'],
  },
  silu: {
    term: 'SiLU',
    definition:
      'The sigmoid linear unit (also called swish), $\\operatorname{SiLU}(x) = x \\, \\sigma(x)$. It is smooth, close to ReLU for large $|x|$, and dips slightly below zero (to about $-0.28$ near $x \\approx -1.28$).',
    match: ['SiLU'],
  },
  softmax: {
    term: 'Softmax',
    definition:
      'Turns a vector of logits into probabilities that are positive and sum to 1: $\\operatorname{softmax}(\\mathbf{z})_k = e^{z_k} / \\sum_j e^{z_j}$. Adding the same number to every logit changes nothing, which is why it is computed after subtracting the largest.',
    match: ['softmax'],
  },
  temperature: {
    term: 'Temperature',
    definition:
      'A divisor $T > 0$ applied to the logits before softmax, $\\operatorname{softmax}(\\mathbf{z} / T)$. $T < 1$ sharpens the distribution towards the top class (one-hot as $T \\to 0$); $T > 1$ flattens it towards uniform.',
    match: ['temperature'],
  },
  'one-hot': {
    term: 'One-hot',
    definition:
      'A vector with a 1 in the position of one class and 0 everywhere else, such as $(0, 1, 0)$ for the second of three classes. It is the usual target for softmax with cross-entropy.',
    match: ['one-hot'],
  },
  saturation: {
    term: 'Saturation',
    definition:
      'A function saturates where its slope is nearly 0, so changing the input barely changes the output. The sigmoid saturates for large $|x|$ ($\\sigma\'(5) \\approx 0.0066$); a gradient passing back through a saturated unit almost vanishes.',
    match: ['saturat(?:ion|es|ed|e|ing)'],
  },
  'chain-rule': {
    term: 'Chain rule',
    definition:
      'The derivative of a composition is the product of the local derivatives: $(f \\circ g)\'(x) = f\'(g(x)) \\, g\'(x)$. Through a chain of many functions, the slopes multiply.',
    match: ['chain rule'],
  },
  backpropagation: {
    term: 'Backpropagation',
    definition:
      'The algorithm that computes the gradient of the loss with respect to every weight by applying the chain rule from the output layer back to the input, reusing each layer\'s results. It costs about as much as a couple of forward passes.',
    match: ['backpropagation', 'backprop'],
  },
  'vanishing-gradient': {
    term: 'Vanishing gradient',
    definition:
      'Gradients that shrink layer by layer on the way back, because each is a product of many factors smaller than 1, so early layers barely learn. With sigmoids each factor $\\sigma\'$ is at most $1/4$, and ten layers give at most $(1/4)^{10} \\approx 10^{-6}$ from the activations alone.',
    match: ['vanishing gradients?', 'vanishing-gradient'],
  },
  'exploding-gradient': {
    term: 'Exploding gradient',
    definition:
      'The mirror image of a vanishing gradient: when the factors in the chain are larger than 1 (large weights), the gradient grows exponentially with depth, steps overshoot and the loss can become NaN. Careful initialisation, a smaller learning rate or gradient clipping help.',
    match: ['exploding gradients?'],
  },
  initialisation: {
    term: 'Initialisation',
    definition:
      'Choosing the random starting weights. Their scale decides whether signals and gradients keep their size through the layers, shrink or blow up; all-equal weights fail because every unit would learn the same thing.',
    match: ['initiali[sz]ations?'],
  },
  'xavier-initialisation': {
    term: 'Xavier (Glorot) initialisation',
    definition:
      'Random weights with $\\operatorname{Var}(w) = 2 / (n_{\\text{in}} + n_{\\text{out}})$ (Glorot and Bengio, 2010), so the signal keeps about the same size from layer to layer; designed for sigmoid and tanh.',
    match: ['Xavier \\(Glorot\\) initiali[sz]ation', 'Xavier initiali[sz]ation', 'Glorot initiali[sz]ation', 'Xavier', 'Glorot'],
  },
  'he-initialisation': {
    term: 'He initialisation',
    definition:
      'Random weights with $\\operatorname{Var}(w) = 2 / n_{\\text{in}}$ (He and others, 2015), designed for ReLU: a ReLU zeroes about half its inputs, and the extra factor of 2 makes up for the lost half.',
    match: ['He initiali[sz]ation', 'He init'],
    exactCase: true,
  },
};

export const glossary = {
  title: 'Glossary',
  description: 'Short definitions of the terms used in the S-Curve lessons, each linked to the section that teaches it.',
  intro:
    'Short definitions of the words the lessons use. Each entry links to the lesson section that teaches it; terms in the lessons link here the first time they appear.',
  indexLabel: 'All terms',
  taughtIn: 'Taught in',
  seeAlso: 'See also',
  lessonSection: (lesson: number, heading: string) => `Lesson ${lesson}: ${heading}`,
  footerLink: 'Glossary',
} as const;
