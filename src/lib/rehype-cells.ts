// Build-time rehype plugin for the notebook look: every section heading and every display equation can be
// linked to. Headings get ids (github-slugger, as Astro would) and an anchor; display math becomes a math cell.
import Slugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';

const headingTags = new Set(['h2', 'h3', 'h4']);

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function hasClass(node: Element, name: string): boolean {
  const value = node.properties['className'];
  return Array.isArray(value) && value.includes(name);
}

// The anchor has no text node of its own, so the heading text that Astro collects for the table of contents
// stays clean; CSS draws the "#" and aria-label names the link.
function anchor(href: string, label: string, className: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: [className], href, ariaLabel: label },
    children: [],
  };
}

export interface CellOptions {
  headingLinkLabel: string;
  equationLinkLabel: (n: number) => string;
}

export function rehypeCells(options: CellOptions) {
  return (tree: Root): void => {
    const slugger = new Slugger();
    let equation = 0;
    tree.children = tree.children.map((node) => {
      if (node.type !== 'element') return node;
      if (headingTags.has(node.tagName)) {
        const id = typeof node.properties['id'] === 'string' ? node.properties['id'] : slugger.slug(textOf(node));
        node.properties['id'] = id;
        node.children.push(anchor(`#${id}`, options.headingLinkLabel, 'heading-anchor'));
        return node;
      }
      if (hasClass(node, 'katex-display')) {
        equation += 1;
        // A wide equation scrolls sideways on a phone; tabindex lets a keyboard reach and scroll it.
        node.properties['tabIndex'] = 0;
        const id = `eq-${equation}`;
        const cell: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['cell', 'cell-math'], id },
          children: [anchor(`#${id}`, options.equationLinkLabel(equation), 'permalink cell-math-link'), node],
        };
        return cell;
      }
      return node;
    });
  };
}
