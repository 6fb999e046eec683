import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import Slugger from 'github-slugger';
import { GLOSSARY, GLOSSARY_IDS, glossaryHref, glossaryLinkTerms, isGlossaryId } from '../../src/lib/glossary.ts';
import { buildMatcher, findTerms } from '../../src/lib/rehype-glossary-links.ts';
import { renderInlineMath } from '../../src/lib/inline-math.ts';
import { glossaryTerms } from '../../src/strings/en/glossary.ts';

const LESSON_DIR = new URL('../../content/lessons/', import.meta.url);

/** Heading ids of each lesson, slugged the way rehype-cells.ts (and Astro) do: github-slugger over the text. */
const headingIds = new Map(
  readdirSync(LESSON_DIR)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const slugger = new Slugger();
      const source = readFileSync(new URL(file, LESSON_DIR), 'utf8');
      const ids = [...source.matchAll(/^#{2,4} (.+)$/gm)].map((match) => slugger.slug(match[1] ?? ''));
      return [file.replace(/\.mdx$/, ''), new Set(ids)] as const;
    }),
);

// The terms issue 7 asks for, as glossary ids.
const REQUIRED = [
  'sigmoid', 'logistic-function', 'logit', 'odds', 'binary-cross-entropy', 'decision-boundary', 'threshold', 'roc',
  'auc', 'activation-function', 'relu', 'tanh', 'silu', 'softmax', 'multi-label', 'vanishing-gradient',
  'backpropagation', 'initialisation', 'odds-ratio', 'log-odds', 'gradient-descent', 'learning-rate',
  'confusion-matrix', 'precision', 'recall', 'leaky-relu', 'exploding-gradient', 'xavier-initialisation',
  'he-initialisation', 'saturation', 'one-hot', 'cross-entropy', 'logits',
];

describe('the glossary', () => {
  it('has every term the issue lists', () => {
    expect(REQUIRED.filter((id) => !isGlossaryId(id))).toEqual([]);
  });

  it('links every entry to lesson sections that exist', () => {
    expect(headingIds.size).toBe(4);
    const broken = GLOSSARY_IDS.flatMap((id) =>
      GLOSSARY[id].taught
        .filter(({ lesson, heading }) => headingIds.get(lesson)?.has(heading) !== true)
        .map(({ lesson, heading }) => `${id} -> ${lesson}#${heading}`),
    );
    expect(broken).toEqual([]);
  });

  it('points "see also" at other entries, never at itself', () => {
    const bad = GLOSSARY_IDS.flatMap((id) =>
      GLOSSARY[id].seeAlso.filter((other) => other === id || !isGlossaryId(other)).map((other) => `${id} -> ${other}`),
    );
    expect(bad).toEqual([]);
  });

  it('has an id that is a plain anchor, a name and a definition whose math renders, for every term', () => {
    for (const id of GLOSSARY_IDS) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(glossaryHref(id)).toBe(`/glossary/#${id}`);
      expect(glossaryTerms[id].term.trim()).not.toBe('');
      expect(glossaryTerms[id].definition.length).toBeGreaterThan(40);
      expect(() => renderInlineMath(glossaryTerms[id].definition), id).not.toThrow();
    }
  });

  it('gives no two terms the same name or link phrase', () => {
    const names = GLOSSARY_IDS.map((id) => glossaryTerms[id].term.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const phrases = GLOSSARY_IDS.flatMap((id) => glossaryTerms[id].match.map((phrase) => phrase.toLowerCase()));
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it('has link phrases without capture groups, each finding its own term in the term name', () => {
    const matcher = buildMatcher(glossaryLinkTerms());
    for (const id of GLOSSARY_IDS) {
      for (const phrase of glossaryTerms[id].match) expect(new RegExp(`${phrase}|`).exec('')?.length, phrase).toBe(1);
      const found = findTerms(matcher, glossaryTerms[id].term, new Set());
      expect(found[0]?.id, glossaryTerms[id].term).toBe(id);
    }
  });
});
