// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

// Math is rendered to HTML at build time; no KaTeX runs in the browser.
export default defineConfig({
  site: 'https://s-curve.example',
  trailingSlash: 'always',
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }]],
    }),
    syntaxHighlight: false,
  },
  integrations: [mdx()],
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});
