// Renders $...$ spans inside a short plain-text string (option labels, table cells) to KaTeX HTML at build
// time; everything outside the dollars is HTML-escaped, so the result is safe for set:html.
import katex from 'katex';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

export function renderInlineMath(text: string): string {
  return text
    .split(/(\$[^$]+\$)/)
    .map((part) =>
      part.length > 2 && part.startsWith('$') && part.endsWith('$')
        ? katex.renderToString(part.slice(1, -1), { throwOnError: true, output: 'htmlAndMathml', strict: 'error' })
        : escapeHtml(part),
    )
    .join('');
}
