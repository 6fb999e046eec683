// An Astro integration that builds the Pagefind search index into dist/pagefind/ once the site is written, so
// `npm run build` alone produces a searchable site. Only elements marked data-pagefind-body are indexed (lesson
// articles, the glossary); the selectors below keep code, widget controls and math markup out of the index.
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Parts of an indexed page that are not prose a reader would search for. */
export const SEARCH_EXCLUDE_SELECTORS = [
  // KaTeX writes each formula twice; the MathML copy (without its TeX annotation) reads best in an excerpt.
  '.katex-html',
  'annotation',
  '.heading-anchor',
  '.permalink',
  '.cell-code',
  '.widget',
  '.exercise-form',
  '.inline-toc',
  '.lesson-nav',
  'noscript',
  'button',
];

export const SEARCH_OUTPUT_DIR = 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 's-curve:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        try {
          const created = await createIndex({ excludeSelectors: SEARCH_EXCLUDE_SELECTORS });
          if (created.index === undefined) throw new Error(`Pagefind: ${created.errors.join('; ')}`);
          const added = await created.index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Pagefind found no pages to index in ' + site);
          const written = await created.index.writeFiles({ outputPath: join(site, SEARCH_OUTPUT_DIR) });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`search index: ${added.page_count} pages in ${SEARCH_OUTPUT_DIR}/`);
        } finally {
          await close();
        }
      },
    },
  };
}
