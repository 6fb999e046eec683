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
  build: { inlineStylesheets: 'never' },
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
