// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { fileURLToPath } from 'node:url';
import { rehypeCells } from './src/lib/rehype-cells.ts';
import { site } from './src/strings/en/site.ts';
import { rehypeGlossaryLinks } from './src/lib/rehype-glossary-links.ts';
import { glossaryLinkTerms, glossaryHref } from './src/lib/glossary.ts';
import { pagefindIndex } from './src/lib/pagefind-integration.ts';

// Math is rendered to HTML at build time; no KaTeX runs in the browser.
export default defineConfig({
  site: 'https://s-curve.example',
  trailingSlash: 'always',
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [
        [rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }],
        [
          rehypeCells,
          { headingLinkLabel: site.cell.headingLink, equationLinkLabel: (/** @type {number} */ n) => `${site.cell.permalink} (${n})` },
        ],
        [rehypeGlossaryLinks, { terms: glossaryLinkTerms(), href: glossaryHref, pathIncludes: '/content/lessons/' }],
      ],
    }),
    syntaxHighlight: false,
  },
  integrations: [mdx(), pagefindIndex()],
  // Stylesheets go inline: on a phone each render-blocking stylesheet costs a round trip before the first paint
  // (Lighthouse, mobile: first contentful paint 2.0 s with six <link>ed sheets, 1.4 s inline).
  build: { inlineStylesheets: 'always' },
  // Content-Security-Policy as a <meta> in every page. Scripts: only the site's own files and the inline scripts
  // Astro emits, by hash; nothing compiled from strings. Styles: the site's own files plus inline styles, because
  // KaTeX's layout and the SVG charts' colours are style attributes and the code editor (CodeMirror) injects its
  // theme as <style> elements at run time; CSS cannot run code. data: fonts and images are the ones Vite inlines
  // into the site's own CSS and JavaScript. Code cells compile the reader's code in their worker, which a page's
  // policy does not cover: see WORKER_CSP in test/e2e/static-server.ts and the README.
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      // 'wasm-unsafe-eval' lets the search (Pagefind) compile its WebAssembly; it does not allow eval of JavaScript.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    resolve: {
      alias: {
        's-curve/math': fileURLToPath(new URL('./src/lib/math/index.ts', import.meta.url)),
        's-curve/format': fileURLToPath(new URL('./src/lib/format.ts', import.meta.url)),
      },
    },
    // Code cells run in a module worker that imports each lesson example lazily.
    worker: { format: 'es' },
  },
});
