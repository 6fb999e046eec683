// Build-time rehype plugin: in each lesson, the first use of a glossary term in the prose becomes a link to its
// glossary entry. Headings, links, code, math and interactive components are left alone, so no MDX edits.
import type { Element, ElementContent, Root, Text } from 'hast';

export interface GlossaryTermPattern {
  id: string;
  /** Regular-expression sources of the phrases that name the term (whole words only). */
  match: readonly string[];
  /** When set, the matched text must have the case written in `match`. */
  exactCase?: boolean;
}

export interface GlossaryLinkOptions {
  terms: readonly GlossaryTermPattern[];
  href: (id: string) => string;
  /** Only files whose path contains this are linked (e.g. '/content/lessons/'). */
  pathIncludes?: string;
}

/** Elements whose text is never linked: headings, existing links, code, math, form controls. */
const SKIP_TAGS = new Set([
  'a', 'code', 'pre', 'kbd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'label', 'summary', 'script', 'style',
  'svg', 'math', 'select', 'textarea', 'figcaption',
]);
const SKIP_CLASSES = new Set(['katex', 'katex-display', 'cell-math']);
/** MDX components whose children are ordinary prose; text inside any other component is left alone. */
const PROSE_COMPONENTS = new Set(['Callout']);

// A letter, digit, underscore or hyphen next to a match means it is part of a longer word ("logits", "log-odds").
const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}_-])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}_-])';

interface Matcher {
  regex: RegExp;
  /** Capture group i + 1 is one phrase of phraseTerms[i]. */
  phraseTerms: readonly GlossaryTermPattern[];
  /** Case-sensitive check per phrase, for exactCase terms. */
  exact: (RegExp | undefined)[];
}

/** One regex with a group per phrase, longest phrase first, so "leaky ReLU" wins over "ReLU" and "odds ratio"
 *  over "odds" wherever they start at the same place. */
export function buildMatcher(terms: readonly GlossaryTermPattern[]): Matcher {
  const phrases = terms
    .flatMap((term) => term.match.map((phrase) => ({ term, phrase })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const alternation = phrases.map(({ phrase }) => `(${phrase})`).join('|');
  const regex = new RegExp(`${WORD_EDGE_BEFORE}(?:${alternation})${WORD_EDGE_AFTER}`, 'giu');
  const exact = phrases.map(({ term, phrase }) => (term.exactCase ? new RegExp(`^(?:${phrase})$`, 'u') : undefined));
  return { regex, phraseTerms: phrases.map(({ term }) => term), exact };
}

export interface TermMatch {
  id: string;
  index: number;
  text: string;
}

/** Matches in `text` of terms not yet in `used`, each term at most once, in order; `used` is updated. */
export function findTerms(matcher: Matcher, text: string, used: Set<string>): TermMatch[] {
  const found: TermMatch[] = [];
  matcher.regex.lastIndex = 0;
  for (let match = matcher.regex.exec(text); match !== null; match = matcher.regex.exec(text)) {
    const groupIndex = match.slice(1).findIndex((value) => value !== undefined);
    const term = matcher.phraseTerms[groupIndex];
    if (term === undefined || used.has(term.id)) continue;
    if (matcher.exact[groupIndex]?.test(match[0]) === false) continue;
    used.add(term.id);
    found.push({ id: term.id, index: match.index, text: match[0] });
  }
  return found;
}

function hasSkipClass(node: Element): boolean {
  const value = node.properties['className'];
  return Array.isArray(value) && value.some((name) => SKIP_CLASSES.has(String(name)));
}

type Parent = Root | Element | { type: string; name?: string | null; children: unknown[] };

function linkText(node: Text, matches: readonly TermMatch[], href: (id: string) => string): ElementContent[] {
  const parts: ElementContent[] = [];
  let at = 0;
  for (const match of matches) {
    if (match.index > at) parts.push({ type: 'text', value: node.value.slice(at, match.index) });
    parts.push({
      type: 'element',
      tagName: 'a',
      properties: { href: href(match.id), className: ['glossary-term'], dataGlossary: match.id },
      children: [{ type: 'text', value: match.text }],
    });
    at = match.index + match.text.length;
  }
  if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
  return parts;
}

export function rehypeGlossaryLinks(options: GlossaryLinkOptions) {
  const matcher = buildMatcher(options.terms);
  return (tree: Root, file?: { path?: string }): void => {
    if (options.pathIncludes !== undefined) {
      const path = (file?.path ?? '').split('\\').join('/');
      if (!path.includes(options.pathIncludes)) return;
    }
    const used = new Set<string>();
    const visit = (parent: Parent): void => {
      const children = parent.children as (ElementContent | { type: string; name?: string | null; children?: unknown[] })[];
      for (let i = 0; i < children.length; i += 1) {
        const child = children[i];
        if (child === undefined) continue;
        if (child.type === 'text') {
          const matches = findTerms(matcher, (child as Text).value, used);
          if (matches.length === 0) continue;
          const parts = linkText(child as Text, matches, options.href);
          children.splice(i, 1, ...parts);
          i += parts.length - 1;
        } else if (child.type === 'element') {
          const element = child as Element;
          if (!SKIP_TAGS.has(element.tagName) && !hasSkipClass(element)) visit(element);
        } else if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
          if (PROSE_COMPONENTS.has(child.name ?? '') && Array.isArray(child.children)) visit(child as Parent);
        }
      }
    };
    visit(tree);
  };
}
