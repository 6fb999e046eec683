// A classroom with no internet: the site served from a laptop must need nothing from anywhere else. The built
// files name no other origin for anything they load, and in the browser every lesson, scrolled through with
// every widget mounted and a code cell run, makes no request beyond the local server (the harness blocks and
// reports any), and a reader can go on to the next lesson.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { DIST_DIR, expectNoProblems, listPages, openPage, useSite } from './harness.ts';
import { unlockCell } from './unlock.ts';

useSite();

const LESSONS = listPages().filter((path) => /^\/lessons\/[^/]+\/$/.test(path));

/** Absolute URLs that appear in built scripts but are never fetched, each with the reason. */
const NEVER_FETCHED = [
  'http://www.w3.org/', // XML namespaces (SVG, MathML) that scripts pass to createElementNS
  'http://foo.com', // a parse base inside the bundled source-map URL resolver of the code runner's compiler
  'https://example.com${', // Pagefind's search script resolves result URLs against this placeholder base
];

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? builtFiles(full) : [full];
  });
}

const isAbsolute = (url: string): boolean => /^\s*(?:https?:)?\/\//i.test(url);

/** URLs a page loads or links to from HTML attributes; the canonical link names the page, it loads nothing. */
function htmlReferences(html: string): string[] {
  const withoutCanonical = html.replace(/<link\b[^>]*\brel="canonical"[^>]*>/g, '');
  const attributes = withoutCanonical.matchAll(/\s(?:src|href|srcset|action|formaction|poster|data|xlink:href)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi);
  return [...attributes].flatMap((match) =>
    match[1]!.replace(/^["']|["']$/g, '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''),
  );
}

function cssReferences(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi)].map((match) => match[2]!);
  const imports = [...css.matchAll(/@import\s+(["'])([^"']*)\1/gi)].map((match) => match[2]!);
  return [...urls, ...imports];
}

function scriptReferences(js: string): string[] {
  return [...js.matchAll(/["'`]((?:https?:)?\/\/[^"'`\s]*)/gi)]
    .map((match) => match[1]!)
    .filter((url) => /^(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i.test(url))
    .filter((url) => !NEVER_FETCHED.some((allowed) => url.startsWith(allowed)));
}

describe('offline classroom', () => {
  it('no built page, stylesheet or script names another origin for anything it loads', () => {
    const found: string[] = [];
    const files = builtFiles(DIST_DIR);
    expect(files.some((file) => file.endsWith('.html'))).toBe(true);
    for (const file of files) {
      const type = extname(file);
      if (!['.html', '.css', '.js', '.mjs', '.svg'].includes(type)) continue;
      const text = readFileSync(file, 'utf8');
      const references =
        type === '.html' ? htmlReferences(text) : type === '.css' ? cssReferences(text) : type === '.svg' ? htmlReferences(text) : scriptReferences(text);
      for (const url of references) if (isAbsolute(url)) found.push(`${relative(DIST_DIR, file)}: ${url}`);
    }
    expect(found).toEqual([]);
  });

  it('the scan would catch an outside font, script or stylesheet', () => {
    expect(htmlReferences('<script src="https://cdn.example/x.js"></script>').filter(isAbsolute)).toHaveLength(1);
    expect(htmlReferences('<link rel="stylesheet" href="//fonts.example/css">').filter(isAbsolute)).toHaveLength(1);
    expect(htmlReferences('<link rel="canonical" href="https://s-curve.example/">').filter(isAbsolute)).toHaveLength(0);
    expect(cssReferences('@font-face{src:url("https://fonts.example/a.woff2")}').filter(isAbsolute)).toHaveLength(1);
    expect(scriptReferences('import("https://cdn.example/mod.js")').filter(isAbsolute)).toHaveLength(1);
    expect(scriptReferences('createElementNS("http://www.w3.org/2000/svg","svg")')).toHaveLength(0);
  });

  for (const lesson of LESSONS) {
    it(`${lesson} works from the local server alone: widgets mount, code runs, the next lesson opens`, async () => {
      const { page, problems, close } = await openPage(lesson);
      const widgets = page.locator('[data-widget]');
      const count = await widgets.count();
      for (let i = 0; i < count; i++) {
        await widgets.nth(i).scrollIntoViewIfNeeded();
        await expect.poll(() => widgets.nth(i).getAttribute('data-ready'), { timeout: 10_000 }).toBe('');
      }
      const cell = page.locator('.cell-code').first();
      await unlockCell(page, cell);
      await cell.locator('button.run').click();
      await expect.poll(() => cell.locator('.output').getAttribute('data-state'), { timeout: 10_000 }).toBe('done');
      const next = page.locator('.lesson-nav a[rel="next"]');
      if ((await next.count()) > 0) {
        const href = await next.getAttribute('href');
        await Promise.all([page.waitForURL(`**${href}`), next.click()]);
        expect(await page.locator('h1').count()).toBe(1);
      }
      await page.waitForLoadState('networkidle');
      expectNoProblems(problems);
      await close();
    }, 120_000);
  }
});
