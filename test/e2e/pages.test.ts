// Every built page: loads clean, passes axe in both colour schemes, reads without JavaScript, has a title and
// description, and is in the sitemap. Page-specific behaviour (widgets) lives in the per-lesson test files.
import { describe, expect, test } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { LESSON_PATH } from '../bench/size.ts';
import { DIST_DIR, NOT_FOUND_PAGE, checkAxe, expectNoProblems, listPages, openPage, useSite } from './harness.ts';

const pages = listPages();
/** Characters of visible text in <main> below which a page does not "read" without JavaScript. */
const MIN_MAIN_TEXT = { lesson: 1500, other: 50 };
const UNKNOWN_PATH = '/no-such-page-e2e/';
// Contrast depends on the colour scheme, not on JavaScript, and is the slowest rule on long lessons, so the run
// without JavaScript (which checks the static fallbacks' structure and names) leaves it to the other two.
const AXE_MODES = [
  { name: 'the light colour scheme', colorScheme: 'light', javaScript: true, disabledRules: [] },
  { name: 'the dark colour scheme', colorScheme: 'dark', javaScript: true, disabledRules: [] },
  {
    name: 'the light colour scheme without JavaScript (contrast aside)',
    colorScheme: 'light',
    javaScript: false,
    disabledRules: ['color-contrast'],
  },
] as const;

useSite();

test('the build has a home page and a 404 page', () => {
  expect(pages).toContain('/');
  expect(pages).toContain(NOT_FOUND_PAGE);
});

describe.each(pages)('%s', (path) => {
  const isLesson = LESSON_PATH.test(path);

  test('loads with no console error, page error, failed request or outside request', async () => {
    const { response, problems } = await openPage(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expectNoProblems(problems);
  });

  test.each(AXE_MODES)('axe finds no violations in $name', async ({ colorScheme, javaScript, disabledRules }) => {
    const { page, problems } = await openPage(path, {
      colorScheme,
      javaScript,
      waitUntil: 'networkidle',
      reducedMotion: 'reduce',
    });
    expect(await checkAxe(page, { disabledRules })).toEqual([]);
    expectNoProblems(problems);
  });

  test('reads without JavaScript: an h1 and a <main> with its text', async () => {
    const { page, problems } = await openPage(path, { javaScript: false });
    const headings = await page.locator('h1').allInnerTexts();
    expect(headings).toHaveLength(1);
    expect(headings[0]?.trim()).not.toBe('');
    expect(await page.locator('main').count()).toBe(1);
    const text = (await page.locator('main').allInnerTexts()).join(' ').replace(/\s+/g, ' ').trim();
    expect(text.length, `text of <main>: "${text.slice(0, 160)}..."`).toBeGreaterThanOrEqual(
      isLesson ? MIN_MAIN_TEXT.lesson : MIN_MAIN_TEXT.other,
    );
    expectNoProblems(problems);
  });

  if (isLesson) {
    test('shows math rendered by KaTeX without JavaScript', async () => {
      const { page } = await openPage(path, { javaScript: false });
      expect(await page.locator('main .katex').count()).toBeGreaterThan(0);
      expect(await page.locator('.katex-error').count()).toBe(0);
      const text = (await page.locator('main').allInnerTexts()).join(' ');
      expect(text).not.toContain('$$');
    });
  }

  test('has a <title> and a meta description', async () => {
    const { page } = await openPage(path, { javaScript: false });
    expect((await page.title()).trim()).not.toBe('');
    const descriptions = await page
      .locator('head meta[name="description"]')
      .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content') ?? ''));
    expect(descriptions).toHaveLength(1);
    expect(descriptions[0]?.trim()).not.toBe('');
  });
});

test(`an unknown URL is answered with the 404 page and status 404`, async () => {
  const { page, response, problems } = await openPage(UNKNOWN_PATH, { expectedStatus: 404, waitUntil: 'networkidle' });
  expect(response?.status()).toBe(404);
  const notFound = await openPage(NOT_FOUND_PAGE, { javaScript: false });
  const headings = async (target: Page): Promise<string[]> => target.locator('h1').allInnerTexts();
  expect(await headings(notFound.page)).toHaveLength(1);
  expect(await headings(page)).toEqual(await headings(notFound.page));
  expectNoProblems(problems);
});

describe('sitemap.xml', () => {
  const sitemapFile = join(DIST_DIR, 'sitemap.xml');
  const listed = existsSync(sitemapFile)
    ? [...readFileSync(sitemapFile, 'utf8').matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map(
        (match) => new URL(match[1] ?? '').pathname,
      )
    : [];

  test('exists and lists pages', () => {
    expect(existsSync(sitemapFile), `${sitemapFile} is missing`).toBe(true);
    expect(listed.length).toBeGreaterThan(0);
  });

  test.each(pages.filter((path) => path !== NOT_FOUND_PAGE))('lists %s', (path) => {
    expect(listed).toContain(path);
  });

  test('lists only pages that exist, and not the 404 page', () => {
    expect(listed.filter((path) => !pages.includes(path) || path === NOT_FOUND_PAGE)).toEqual([]);
  });
});
