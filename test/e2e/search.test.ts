// Full-text search (Pagefind, indexed by `npm run build`) and the glossary: searching from the header dialog,
// keyboard use, the no-JavaScript fallback, axe with the dialog open, and glossary links that resolve.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ACTION_TIMEOUT_MS, DIST_DIR, checkAxe, expectNoProblems, listPages, openPage, useSite } from './harness.ts';

useSite();

/** The first search loads the index (about a second on a busy machine); polls wait as long as locators do. */
const poll = { timeout: ACTION_TIMEOUT_MS };

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const searchField = (page: Page) => page.getByRole('searchbox', { name: 'Search the lessons and the glossary' });
const searchButton = (page: Page) => page.getByRole('button', { name: 'Search' });

/** Opens the dialog with the header button, types a query and waits for the result links. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  await searchButton(page).click();
  await searchField(page).fill(query);
  const results = dialog(page).locator('.search-results a');
  await results.first().waitFor();
  return results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** Ids of the elements in a built page. */
function idsIn(path: string): Set<string> {
  const html = readFileSync(join(DIST_DIR, ...path.split('/').filter(Boolean), 'index.html'), 'utf8');
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
}

test('the build wrote the search index with the lessons, the glossary and the teacher guides in it', () => {
  const entry = JSON.parse(readFileSync(join(DIST_DIR, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  // Four lessons, the glossary and the four teacher guides carry data-pagefind-body; the home, playground, search
  // and answer-key pages do not.
  expect(entry.languages['en']?.page_count).toBe(9);
  expect(existsSync(join(DIST_DIR, 'pagefind', 'pagefind.js'))).toBe(true);
});

describe('searching from the header', () => {
  test('"vanishing" finds the vanishing-gradients lesson and the glossary entry, with excerpts', async () => {
    const { page, problems } = await openPage('/');
    const hrefs = await searchFor(page, 'vanishing');
    expect(hrefs.some((href) => href.startsWith('/lessons/vanishing-gradients/'))).toBe(true);
    expect(hrefs).toContain('/glossary/#vanishing-gradient');
    expect(await dialog(page).locator('.search-excerpt mark').count()).toBeGreaterThan(0);
    await expect.poll(() => dialog(page).locator('.search-status').innerText(), poll).toMatch(/match “vanishing”/);
    expectNoProblems(problems);
  });

  test('"logit" finds the sigmoid lesson and the glossary, and a result link leads to its section', async () => {
    const { page, problems } = await openPage('/lessons/activation-functions/');
    const hrefs = await searchFor(page, 'logit');
    expect(hrefs.some((href) => href.startsWith('/lessons/sigmoid/'))).toBe(true);
    expect(hrefs).toContain('/glossary/#logit');
    await dialog(page).locator('a[href="/glossary/#logit"]').click();
    await page.waitForURL(/\/glossary\/#logit$/);
    expect(await page.locator('h2#logit').innerText()).toBe('Logit');
    expectNoProblems(problems);
  });

  test('a query with no match says so, and clearing the field brings back the hint', async () => {
    const { page, problems } = await openPage('/');
    await searchButton(page).click();
    await searchField(page).fill('qqqzzzxx');
    const status = dialog(page).locator('.search-status');
    await expect.poll(() => status.innerText(), poll).toMatch(/No results for “qqqzzzxx”/);
    expect(await dialog(page).locator('.search-results li').count()).toBe(0);
    await searchField(page).fill('');
    await expect.poll(() => status.innerText(), poll).toMatch(/^Type a word/);
    expectNoProblems(problems);
  });
});

test('nothing is fetched from /pagefind/ until search opens, and then only from this site', async () => {
  const { page, problems } = await openPage('/lessons/sigmoid/', { waitUntil: 'networkidle' });
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.mouse.wheel(0, 4000);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await searchFor(page, 'sigmoid');
  expect(fetched).toContain('/pagefind/pagefind.js');
  expectNoProblems(problems);
});

describe('keyboard', () => {
  test('"/" opens search with the field focused, Escape closes it and focus returns', async () => {
    const { page, problems } = await openPage('/lessons/sigmoid/');
    await page.locator('.brand').focus();
    await page.keyboard.press('/');
    await expect.poll(() => dialog(page).evaluate((element: HTMLDialogElement) => element.open), poll).toBe(true);
    await expect.poll(() => searchField(page).evaluate((field) => field === document.activeElement), poll).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).evaluate((element: HTMLDialogElement) => element.open), poll).toBe(false);
    expect(await page.locator('.brand').evaluate((brand) => brand === document.activeElement)).toBe(true);
    expectNoProblems(problems);
  });

  test('Enter on the Search button opens it; ArrowDown reaches the results; Close returns focus to the button', async () => {
    const { page, problems } = await openPage('/');
    await searchButton(page).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => searchField(page).evaluate((field) => field === document.activeElement), poll).toBe(true);
    await page.keyboard.type('softmax');
    await dialog(page).locator('.search-results a').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.closest('.search-results') !== null);
    expect(focused).toBe(true);
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => searchButton(page).evaluate((button) => button === document.activeElement), poll).toBe(true);
    expectNoProblems(problems);
  });

  test('"/" typed in a text field stays in the field', async () => {
    const { page, problems } = await openPage('/lessons/sigmoid/');
    const field = page.locator('.exercise-form input[type="text"], .exercise-form input[inputmode]').first();
    await field.focus();
    await page.keyboard.type('1/2');
    expect(await field.inputValue()).toBe('1/2');
    expect(await dialog(page).evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
    expectNoProblems(problems);
  });
});

describe('without JavaScript', () => {
  test('the Search control is a link to /search/, which explains and offers the lessons and glossary', async () => {
    const { page, problems } = await openPage('/lessons/sigmoid/', { javaScript: false });
    const link = page.getByRole('link', { name: 'Search' });
    expect(await link.getAttribute('href')).toBe('/search/');
    await link.click();
    await page.waitForURL(/\/search\/$/);
    expect(await page.locator('main').innerText()).toMatch(/needs JavaScript/);
    expect(await page.locator('main a[href="/glossary/"]').count()).toBe(1);
    expect(await page.locator('main a[href^="/lessons/"]').count()).toBe(4);
    expect(await checkAxe(page)).toEqual([]);
    expectNoProblems(problems);
  });
});

describe.each(['light', 'dark'] as const)('the open dialog in the %s colour scheme', (colorScheme) => {
  test('has no axe violations, with results listed', async () => {
    const { page, problems } = await openPage('/lessons/vanishing-gradients/', { colorScheme, reducedMotion: 'reduce' });
    await searchFor(page, 'gradient');
    expect(await checkAxe(page)).toEqual([]);
    expectNoProblems(problems);
  });
});

describe('the glossary in the built site', () => {
  const glossaryIds = idsIn('/glossary/');
  const lessons = listPages().filter((path) => /^\/lessons\/[^/]+\/$/.test(path));

  test.each(lessons)('%s links terms to glossary entries that exist, each at most once', (path) => {
    const html = readFileSync(join(DIST_DIR, ...path.split('/').filter(Boolean), 'index.html'), 'utf8');
    const targets = [...html.matchAll(/<a href="\/glossary\/#([^"]+)" class="glossary-term"/g)].map((m) => m[1] ?? '');
    expect(targets.length).toBeGreaterThan(5);
    expect(targets.filter((id) => !glossaryIds.has(id))).toEqual([]);
    expect(new Set(targets).size).toBe(targets.length);
  });

  test('every "taught in" link of the glossary leads to a section that exists', () => {
    const html = readFileSync(join(DIST_DIR, 'glossary', 'index.html'), 'utf8');
    const links = [...html.matchAll(/href="(\/lessons\/[^"#]+\/)#([^"]+)"/g)].map((m) => [m[1] ?? '', m[2] ?? ''] as const);
    expect(links.length).toBeGreaterThan(30);
    expect(links.filter(([page, id]) => !idsIn(page).has(decodeURIComponent(id))).map((l) => l.join('#'))).toEqual([]);
  });

  test('is linked from every page footer and listed in the sitemap', () => {
    expect(readFileSync(join(DIST_DIR, 'index.html'), 'utf8')).toContain('href="/glossary/"');
    expect(readFileSync(join(DIST_DIR, 'sitemap.xml'), 'utf8')).toContain('/glossary/</loc>');
  });
});
