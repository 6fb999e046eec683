import { describe, expect, it } from 'vitest';
import { escapeHtml, renderInlineMath } from '../../src/lib/inline-math.ts';

describe('renderInlineMath', () => {
  it('renders dollar spans as KaTeX with MathML for screen readers', () => {
    const html = renderInlineMath('It is $\\sigma(0)$ exactly.');
    expect(html.startsWith('It is <span class="katex">')).toBe(true);
    expect(html).toContain('<math');
    expect(html.endsWith(' exactly.')).toBe(true);
  });

  it('escapes everything outside the math so option text cannot inject markup', () => {
    expect(renderInlineMath('<img src=x onerror=alert(1)> & "q"')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;');
    expect(escapeHtml("it's")).toBe('it&#39;s');
  });

  it('fails the build on malformed TeX rather than printing it raw', () => {
    expect(() => renderInlineMath('$\\frac{1}{$')).toThrow();
  });
});
