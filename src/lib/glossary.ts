// The glossary's structure: which terms exist, where each is taught and what it relates to. The words
// themselves (term, definition, the phrases that link to it) live in src/strings/en/glossary.ts.

/** The lesson file id ('01-sigmoid') and the heading id of the section that teaches a term. */
export interface TaughtIn {
  lesson: string;
  heading: string;
}

export interface GlossaryStructure {
  seeAlso: readonly GlossaryId[];
  taught: readonly TaughtIn[];
}

import { glossaryTerms } from '../strings/en/glossary.ts';

const l1 = '01-sigmoid';
const l2 = '02-logistic-regression';
const l3 = '03-activation-functions';
const l4 = '04-vanishing-gradients';

export const GLOSSARY = {
  sigmoid: {
    seeAlso: ['logistic-function', 'logit', 'saturation', 'activation-function'],
    taught: [
      { lesson: l1, heading: 'what-is-the-sigmoid' },
      { lesson: l3, heading: 'sigmoid-why-did-it-leave-the-hidden-layers' },
    ],
  },
  'logistic-function': {
    seeAlso: ['sigmoid', 'logistic-regression'],
    taught: [{ lesson: l1, heading: 'what-is-the-sigmoid' }],
  },
  logit: {
    seeAlso: ['log-odds', 'odds', 'logits', 'sigmoid'],
    taught: [{ lesson: l1, heading: 'how-do-we-go-back-from-a-probability-to-a-score' }],
  },
  logits: {
    seeAlso: ['logit', 'softmax', 'sigmoid'],
    taught: [{ lesson: l3, heading: 'what-does-softmax-do-with-a-vector-of-logits' }],
  },
  odds: {
    seeAlso: ['log-odds', 'odds-ratio', 'logit'],
    taught: [
      { lesson: l1, heading: 'how-do-we-go-back-from-a-probability-to-a-score' },
      { lesson: l2, heading: 'what-does-a-weight-mean' },
    ],
  },
  'log-odds': {
    seeAlso: ['odds', 'logit', 'logistic-regression'],
    taught: [
      { lesson: l1, heading: 'how-do-we-go-back-from-a-probability-to-a-score' },
      { lesson: l2, heading: 'what-does-a-weight-mean' },
    ],
  },
  'odds-ratio': {
    seeAlso: ['odds', 'log-odds'],
    taught: [{ lesson: l2, heading: 'what-does-a-weight-mean' }],
  },
  'logistic-regression': {
    seeAlso: ['sigmoid', 'binary-cross-entropy', 'gradient-descent', 'decision-boundary'],
    taught: [{ lesson: l2, heading: 'what-does-logistic-regression-add-to-the-sigmoid' }],
  },
  'cross-entropy': {
    seeAlso: ['binary-cross-entropy', 'softmax', 'one-hot'],
    taught: [
      { lesson: l2, heading: 'how-do-we-score-a-guess' },
      { lesson: l3, heading: 'which-function-goes-where' },
    ],
  },
  'binary-cross-entropy': {
    seeAlso: ['cross-entropy', 'logistic-regression', 'gradient-descent'],
    taught: [
      { lesson: l2, heading: 'how-do-we-score-a-guess' },
      { lesson: l2, heading: 'why-not-squared-error' },
    ],
  },
  'gradient-descent': {
    seeAlso: ['learning-rate', 'backpropagation', 'binary-cross-entropy'],
    taught: [{ lesson: l2, heading: 'how-does-gradient-descent-find-the-weights' }],
  },
  'learning-rate': {
    seeAlso: ['gradient-descent', 'exploding-gradient'],
    taught: [{ lesson: l2, heading: 'how-does-gradient-descent-find-the-weights' }],
  },
  'decision-boundary': {
    seeAlso: ['threshold', 'logistic-regression'],
    taught: [{ lesson: l2, heading: 'where-does-the-model-change-its-mind' }],
  },
  threshold: {
    seeAlso: ['decision-boundary', 'confusion-matrix', 'roc'],
    taught: [
      { lesson: l1, heading: 'how-do-we-read-the-output-as-a-probability' },
      { lesson: l2, heading: 'how-do-we-pick-a-threshold' },
    ],
  },
  'confusion-matrix': {
    seeAlso: ['precision', 'recall', 'threshold'],
    taught: [{ lesson: l2, heading: 'how-do-we-pick-a-threshold' }],
  },
  precision: {
    seeAlso: ['recall', 'confusion-matrix'],
    taught: [
      { lesson: l2, heading: 'how-do-we-pick-a-threshold' },
      { lesson: l2, heading: 'what-if-one-class-is-rare' },
    ],
  },
  recall: {
    seeAlso: ['precision', 'confusion-matrix', 'roc'],
    taught: [
      { lesson: l2, heading: 'how-do-we-pick-a-threshold' },
      { lesson: l2, heading: 'what-if-one-class-is-rare' },
    ],
  },
  roc: {
    seeAlso: ['auc', 'threshold', 'recall'],
    taught: [{ lesson: l2, heading: 'how-do-we-pick-a-threshold' }],
  },
  auc: {
    seeAlso: ['roc', 'threshold'],
    taught: [{ lesson: l2, heading: 'how-do-we-pick-a-threshold' }],
  },
  'l2-regularisation': {
    seeAlso: ['logistic-regression', 'gradient-descent'],
    taught: [{ lesson: l2, heading: 'why-do-the-weights-keep-growing-and-how-does-l2-stop-them' }],
  },
  'multi-label': {
    seeAlso: ['sigmoid', 'softmax', 'one-hot'],
    taught: [
      { lesson: l1, heading: 'where-is-the-sigmoid-used' },
      { lesson: l2, heading: 'how-does-one-model-give-several-labels' },
    ],
  },
  'activation-function': {
    seeAlso: ['sigmoid', 'tanh', 'relu', 'silu', 'softmax'],
    taught: [
      { lesson: l3, heading: 'why-does-a-network-need-a-non-linearity' },
      { lesson: l3, heading: 'which-function-goes-where' },
    ],
  },
  tanh: {
    seeAlso: ['sigmoid', 'saturation', 'xavier-initialisation'],
    taught: [
      { lesson: l3, heading: 'tanh-what-does-centring-at-zero-buy' },
      { lesson: l4, heading: 'is-tanh-any-better' },
    ],
  },
  relu: {
    seeAlso: ['leaky-relu', 'dying-relu', 'he-initialisation', 'vanishing-gradient'],
    taught: [
      { lesson: l3, heading: 'relu-why-is-it-the-default' },
      { lesson: l4, heading: 'how-does-relu-fix-it' },
    ],
  },
  'leaky-relu': {
    seeAlso: ['relu', 'dying-relu'],
    taught: [{ lesson: l3, heading: 'leaky-relu-how-does-a-small-slope-keep-units-alive' }],
  },
  'dying-relu': {
    seeAlso: ['relu', 'leaky-relu'],
    taught: [{ lesson: l3, heading: 'relu-why-is-it-the-default' }],
  },
  silu: {
    seeAlso: ['sigmoid', 'relu', 'activation-function'],
    taught: [{ lesson: l3, heading: 'silu-why-use-a-function-that-dips-below-zero' }],
  },
  softmax: {
    seeAlso: ['logits', 'temperature', 'cross-entropy', 'one-hot', 'multi-label'],
    taught: [{ lesson: l3, heading: 'what-does-softmax-do-with-a-vector-of-logits' }],
  },
  temperature: {
    seeAlso: ['softmax', 'logits'],
    taught: [{ lesson: l3, heading: 'what-does-the-temperature-do' }],
  },
  'one-hot': {
    seeAlso: ['softmax', 'cross-entropy'],
    taught: [{ lesson: l3, heading: 'what-does-the-temperature-do' }],
  },
  saturation: {
    seeAlso: ['sigmoid', 'tanh', 'vanishing-gradient'],
    taught: [
      { lesson: l3, heading: 'what-do-the-usual-activation-functions-look-like' },
      { lesson: l4, heading: 'why-do-saturated-units-make-it-worse' },
    ],
  },
  'chain-rule': {
    seeAlso: ['backpropagation', 'vanishing-gradient'],
    taught: [
      { lesson: l1, heading: 'how-steep-is-the-curve' },
      { lesson: l4, heading: 'how-does-a-gradient-travel-back-through-the-layers' },
    ],
  },
  backpropagation: {
    seeAlso: ['chain-rule', 'gradient-descent', 'vanishing-gradient'],
    taught: [{ lesson: l4, heading: 'how-does-a-gradient-travel-back-through-the-layers' }],
  },
  'vanishing-gradient': {
    seeAlso: ['exploding-gradient', 'saturation', 'backpropagation', 'relu'],
    taught: [
      { lesson: l4, heading: 'why-does-the-sigmoid-make-the-gradient-vanish' },
      { lesson: l4, heading: 'what-happens-when-you-train-a-deep-sigmoid-network' },
    ],
  },
  'exploding-gradient': {
    seeAlso: ['vanishing-gradient', 'initialisation', 'learning-rate'],
    taught: [{ lesson: l4, heading: 'can-gradients-explode-instead' }],
  },
  initialisation: {
    seeAlso: ['xavier-initialisation', 'he-initialisation', 'vanishing-gradient'],
    taught: [{ lesson: l4, heading: 'does-the-starting-size-of-the-weights-matter' }],
  },
  'xavier-initialisation': {
    seeAlso: ['he-initialisation', 'initialisation', 'tanh'],
    taught: [{ lesson: l4, heading: 'does-the-starting-size-of-the-weights-matter' }],
  },
  'he-initialisation': {
    seeAlso: ['xavier-initialisation', 'initialisation', 'relu'],
    taught: [{ lesson: l4, heading: 'does-the-starting-size-of-the-weights-matter' }],
  },
} as const satisfies Record<string, { seeAlso: readonly string[]; taught: readonly TaughtIn[] }>;

export type GlossaryId = keyof typeof GLOSSARY;

export const GLOSSARY_IDS = Object.keys(GLOSSARY) as GlossaryId[];

export const GLOSSARY_PATH = '/glossary/';

export function glossaryHref(id: GlossaryId): string {
  return `${GLOSSARY_PATH}#${id}`;
}

export function isGlossaryId(value: string): value is GlossaryId {
  return Object.hasOwn(GLOSSARY, value);
}

/** Every term with the phrases that link to it, for the lesson link plugin (rehype-glossary-links.ts). */
export function glossaryLinkTerms(): { id: GlossaryId; match: readonly string[]; exactCase: boolean }[] {
  return GLOSSARY_IDS.map((id) => ({ id, match: glossaryTerms[id].match, exactCase: glossaryTerms[id].exactCase === true }));
}
