import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { rehypeCells } from '../../src/lib/rehype-cells.ts';

const element = (tagName: string, properties: Element['properties'], text: string): Element => ({
  type: 'element',
  tagName,
  properties,
  children: [{ type: 'text', value: text }],
});

const run = (tree: Root): Root => {
  rehypeCells({ headingLinkLabel: 'Link to this section', equationLinkLabel: (n) => `Link to equation ${n}` })(tree);
  return tree;
};

describe('rehypeCells', () => {
  it('gives headings a slug id and a text-free anchor to themselves', () => {
    const tree = run({ type: 'root', children: [element('h2', {}, 'Why does σ(0) = 0.5?')] });
    const heading = tree.children[0] as Element;
    expect(heading.properties['id']).toBe('why-does-σ0--05');
    const link = heading.children[1] as Element;
    expect(link.properties['href']).toBe('#why-does-σ0--05');
    expect(link.children).toEqual([]);
  });

  it('keeps an id the author chose and de-duplicates repeated titles', () => {
    const tree = run({
      type: 'root',
      children: [element('h2', { id: 'custom' }, 'Same'), element('h2', {}, 'Same'), element('h3', {}, 'Same')],
    });
    const ids = tree.children.map((node) => (node as Element).properties['id']);
    expect(ids).toEqual(['custom', 'same', 'same-1']);
  });

  it('wraps each display equation in a numbered, linkable math cell and leaves prose alone', () => {
    const tree = run({
      type: 'root',
      children: [
        element('span', { className: ['katex-display'] }, 'x'),
        element('p', {}, 'prose'),
        element('span', { className: ['katex-display'] }, 'y'),
      ],
    });
    const [first, prose, second] = tree.children as Element[];
    expect(first?.properties['id']).toBe('eq-1');
    expect(first?.properties['className']).toEqual(['cell', 'cell-math']);
    expect(prose?.tagName).toBe('p');
    expect(second?.properties['id']).toBe('eq-2');
    expect((second?.children[0] as Element).properties['ariaLabel']).toBe('Link to equation 2');
    expect((second?.children[1] as Element).properties['tabIndex']).toBe(0);
  });
});
