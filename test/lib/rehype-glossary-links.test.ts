import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { buildMatcher, findTerms, rehypeGlossaryLinks, type GlossaryTermPattern } from '../../src/lib/rehype-glossary-links.ts';

const terms: GlossaryTermPattern[] = [
  { id: 'logit', match: ['logit'] },
  { id: 'logits', match: ['logits'] },
  { id: 'odds', match: ['odds'] },
  { id: 'log-odds', match: ['log-odds'] },
  { id: 'relu', match: ['ReLUs?'] },
  { id: 'leaky-relu', match: ['leaky ReLUs?'] },
  { id: 'he', match: ['He initiali[sz]ation', 'He init'], exactCase: true },
];

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

const LESSON = '/repo/content/lessons/01-x.mdx';

function run(children: Root['children'], path = LESSON): Root {
  const tree: Root = { type: 'root', children };
  rehypeGlossaryLinks({ terms, href: (id) => `/glossary/#${id}`, pathIncludes: '/content/lessons/' })(tree, { path });
  return tree;
}

/** Every glossary link in the tree as "id=text", in document order. */
function links(node: Root | ElementContent): string[] {
  if (node.type === 'element' && node.tagName === 'a' && node.properties['dataGlossary'] !== undefined) {
    const inner = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    return [`${String(node.properties['dataGlossary'])}=${inner}`];
  }
  return 'children' in node ? (node.children as ElementContent[]).flatMap(links) : [];
}

describe('findTerms', () => {
  const matcher = buildMatcher(terms);

  it('matches whole words only: logit is not found inside logits, odds not inside log-odds', () => {
    expect(findTerms(matcher, 'the logits and the log-odds', new Set()).map((m) => m.id)).toEqual(['logits', 'log-odds']);
  });

  it('prefers the longer phrase at the same place, so leaky ReLU wins over ReLU', () => {
    expect(findTerms(matcher, 'A leaky ReLU, then a ReLU.', new Set())).toEqual([
      { id: 'leaky-relu', index: 2, text: 'leaky ReLU' },
      { id: 'relu', index: 21, text: 'ReLU' },
    ]);
  });

  it('finds each term once and skips terms already used', () => {
    const used = new Set(['logit']);
    expect(findTerms(matcher, 'logit, odds, odds, logit', used).map((m) => m.text)).toEqual(['odds']);
    expect([...used].sort()).toEqual(['logit', 'odds']);
  });

  it('is case-insensitive unless a term asks for exact case', () => {
    expect(findTerms(matcher, 'Relu and the init', new Set()).map((m) => m.id)).toEqual(['relu']);
    expect(findTerms(matcher, 'so he initialisation', new Set())).toEqual([]);
    expect(findTerms(matcher, 'with He initialisation', new Set()).map((m) => m.text)).toEqual(['He initialisation']);
  });
});

describe('rehypeGlossaryLinks', () => {
  it('links the first use in the prose and leaves later uses as text', () => {
    const tree = run([el('p', [text('The logit is the inverse; the logit again.')]), el('p', [text('logit')])]);
    expect(links(tree)).toEqual(['logit=logit']);
    const first = tree.children[0] as Element;
    expect(first.children.map((child) => child.type)).toEqual(['text', 'element', 'text']);
    expect((first.children[1] as Element).properties['href']).toBe('/glossary/#logit');
  });

  it('leaves headings, links, code and math alone and links the next prose use instead', () => {
    const tree = run([
      el('h2', [text('What is a logit?')]),
      el('p', [el('a', [text('logit')], { href: '/x/' }), el('code', [text('logit')])]),
      el('span', [text('logit')], { className: ['katex'] }),
      el('p', [el('strong', [text('logit')])]),
    ]);
    expect(links(tree)).toEqual(['logit=logit']);
    const strong = (tree.children[3] as Element).children[0] as Element;
    expect((strong.children[0] as Element).tagName).toBe('a');
  });

  it('links inside a Callout but not inside other components such as exercises', () => {
    const exercise = { type: 'mdxJsxFlowElement', name: 'NumericExercise', attributes: [], children: [el('p', [text('odds')])] };
    const callout = { type: 'mdxJsxFlowElement', name: 'Callout', attributes: [], children: [el('p', [text('odds')])] };
    run([exercise, callout] as unknown as Root['children']);
    expect(links(exercise.children[0] as Element)).toEqual([]);
    expect(links(callout.children[0] as Element)).toEqual(['odds=odds']);
  });

  it('links several terms in one text node and keeps every character', () => {
    const tree = run([el('p', [text('odds, logit and logits.')])]);
    expect(links(tree)).toEqual(['odds=odds', 'logit=logit', 'logits=logits']);
    const flat = (node: ElementContent): string =>
      node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(flat).join('') : '';
    expect((tree.children[0] as Element).children.map(flat).join('')).toBe('odds, logit and logits.');
  });

  it('only touches files under the given path', () => {
    expect(links(run([el('p', [text('logit')])], '/repo/content/home.mdx'))).toEqual([]);
  });
});
