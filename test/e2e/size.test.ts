// The size budget as a gate: every lesson page needs (almost) no JavaScript to read and at most the lesson
// budget in all. Reads dist/ only; no browser.
import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  BUDGET,
  budgetViolations,
  formatKb,
  measureSearch,
  measureSite,
  SEARCH_DIR,
  type Category,
  type PageSize,
} from '../bench/size.ts';
import { DIST_DIR } from './harness.ts';

const pages = measureSite(DIST_DIR);
const lessons = pages.filter((page) => page.isLesson);

test('the build has lesson pages to measure', () => {
  expect(lessons.length).toBeGreaterThan(0);
});

/** The page's resources of one category, largest first, to show where the bytes go when a budget fails. */
function breakdown(page: PageSize, categories: readonly Category[]): string {
  return page.resources
    .filter((resource) => resource.kind === 'js' && categories.includes(resource.category))
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((resource) => `${formatKb(resource.gzipBytes)} ${resource.id}`)
    .join('; ');
}

test('no page references the search index: it loads by a run-time URL when search opens, outside the budgets', () => {
  const searchFiles = pages.flatMap((page) =>
    page.resources.filter((resource) => resource.id.startsWith(`/${SEARCH_DIR}/`)).map((resource) => resource.id),
  );
  expect(searchFiles).toEqual([]);
  expect(measureSearch(DIST_DIR)?.engineJs).toBeGreaterThan(0);
});

describe.each(lessons.map((page) => [page.path, page] as const))('%s', (_path, page) => {
  test(`runs at most ${formatKb(BUDGET.upFrontJs)} gzip of JavaScript up front`, () => {
    expect(page.totals.upFront.js, breakdown(page, ['upFront'])).toBeLessThanOrEqual(BUDGET.upFrontJs);
  });

  test(`loads at most ${formatKb(BUDGET.lessonJs)} gzip of JavaScript up front and on demand`, () => {
    expect(page.budgetedJs, breakdown(page, ['upFront', 'onDemand'])).toBeLessThanOrEqual(BUDGET.lessonJs);
  });

  test('references only files that exist in dist/', () => {
    expect(page.missing).toEqual([]);
  });
});

describe('the measurement', () => {
  const fixture = mkdtempSync(join(tmpdir(), 's-curve-size-'));
  const write = (path: string, content: string): void => {
    mkdirSync(dirname(join(fixture, path)), { recursive: true });
    writeFileSync(join(fixture, path), content);
  };
  write(
    'lessons/a/index.html',
    [
      '<link rel="stylesheet" href="/_astro/page.css"><script src="/theme.js"></script>',
      '<script type="module" src="/_astro/page.js"></script><script type="application/ld+json">{"a":1}</script>',
    ].join(''),
  );
  write('theme.js', 'document.documentElement.dataset.theme="dark";');
  write('_astro/page.css', 'body{color:red}');
  write(
    '_astro/page.js',
    'import{s as t}from"./shared.js";const e=()=>import("./chart.js"),r=()=>import("./code-runtime.X1.js");',
  );
  write('_astro/shared.js', `export const s=${JSON.stringify('x'.repeat(500))};`);
  write(
    '_astro/chart.js',
    'new Worker(new URL(`/_astro/fit-worker.js`,``+import.meta.url),{type:`module`});new Worker(new URL("./plain-worker.js",import.meta.url));',
  );
  write('_astro/plain-worker.js', 'self.onmessage=()=>{};');
  write('_astro/fit-worker.js', 'import"./shared.js";self.onmessage=()=>{};');
  write('_astro/code-runtime.X1.js', 'import"./shared.js";import"./transpiler.js";import("./gone.js");');
  write('_astro/transpiler.js', 'export const t=1;');
  const [page] = measureSite(fixture);
  const categoryOf = (id: string): string | undefined =>
    page?.resources.find((resource) => resource.id === id)?.category;

  test('counts scripts, stylesheets and their static imports as up front, skipping non-JS script types', () => {
    expect(
      page?.resources
        .filter((resource) => resource.category === 'upFront')
        .map((resource) => resource.id)
        .sort(),
    ).toEqual(['/_astro/page.css', '/_astro/page.js', '/_astro/shared.js', '/theme.js']);
  });

  test('counts dynamic imports and worker scripts as on demand', () => {
    expect(categoryOf('/_astro/chart.js')).toBe('onDemand');
    expect(categoryOf('/_astro/fit-worker.js')).toBe('onDemand');
    expect(categoryOf('/_astro/plain-worker.js')).toBe('onDemand');
  });

  test('puts code-runtime chunks and what only they reach in their own category, outside the budget', () => {
    expect(categoryOf('/_astro/code-runtime.X1.js')).toBe('codeRuntime');
    expect(categoryOf('/_astro/transpiler.js')).toBe('codeRuntime');
    expect(page?.budgetedJs).toBe((page?.totals.upFront.js ?? 0) + (page?.totals.onDemand.js ?? 0));
    expect(page?.totals.codeRuntime.js).toBeGreaterThan(0);
  });

  test('reports references to files that are not built', () => {
    expect(page?.missing).toEqual(['/_astro/gone.js']);
  });

  test('names the page and the excess when over budget', () => {
    if (page === undefined) throw new Error('fixture page not measured');
    const heavy = { ...page, budgetedJs: BUDGET.lessonJs + 1500 };
    expect(budgetViolations([heavy])).toEqual([
      `/lessons/a/: JavaScript (up front + on demand) is ${formatKb(BUDGET.lessonJs + 1500)} gzip, 1.5 KB over the ${formatKb(BUDGET.lessonJs)} budget`,
    ]);
  });

  afterAll(() => rmSync(fixture, { recursive: true, force: true }));
});
