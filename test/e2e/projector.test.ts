// Projector mode: switched by ?projector=1 / ?projector=0 and by the header toggle (keyboard too), remembered
// across pages before first paint, robust to corrupt storage; it hides the navigation, enlarges type, thickens
// chart lines, and every page passes axe in it, light and dark.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkAxe, expectNoProblems, listPages, openPage, siteUrl, useSite } from './harness.ts';

useSite();

const KEY = 's-curve:projector';
const isOn = (page: Page): Promise<boolean> => page.evaluate(() => document.documentElement.hasAttribute('data-projector'));
const stored = (page: Page): Promise<string | null> => page.evaluate((key) => localStorage.getItem(key), KEY);
const toggle = (page: Page) => page.locator('.site-header .projector-toggle');

describe('projector mode', () => {
  it('turns on with ?projector=1, stays on across pages, and turns off with ?projector=0', async () => {
    const { page, problems, close } = await openPage('/?projector=1', { waitUntil: 'networkidle' });
    expect(await isOn(page)).toBe(true);
    expect(await stored(page)).toBe('1');
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
    await page.goto(siteUrl('/lessons/sigmoid/'), { waitUntil: 'networkidle' });
    expect(await isOn(page)).toBe(true);
    await page.goto(siteUrl('/lessons/sigmoid/?projector=0'), { waitUntil: 'networkidle' });
    expect(await isOn(page)).toBe(false);
    expect(await stored(page)).toBe('0');
    await page.goto(siteUrl('/'), { waitUntil: 'networkidle' });
    expect(await isOn(page)).toBe(false);
    expectNoProblems(problems);
    await close();
  });

  it('is applied before first paint: the attribute is there when the body is parsed', async () => {
    const { page, problems, close } = await openPage('/?projector=1', { waitUntil: 'networkidle' });
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { seenAtParse: boolean }).seenAtParse = document.documentElement.hasAttribute('data-projector');
      });
      new MutationObserver(() => {
        if (document.body !== null && !('firstBody' in window)) {
          (window as unknown as { firstBody: boolean }).firstBody = document.documentElement.hasAttribute('data-projector');
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(siteUrl('/lessons/sigmoid/'), { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => (window as unknown as { firstBody: boolean }).firstBody)).toBe(true);
    expectNoProblems(problems);
    await close();
  });

  it('toggles by keyboard from the header, remembers the choice, and drops the address switch', async () => {
    const { page, problems, close } = await openPage('/lessons/sigmoid/?projector=1', { waitUntil: 'networkidle' });
    // The toggle's script is bound once its aria-pressed reflects the mode.
    await expect.poll(() => toggle(page).getAttribute('aria-pressed')).toBe('true');
    await toggle(page).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => isOn(page)).toBe(false);
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('false');
    expect(await stored(page)).toBe('0');
    expect(new URL(page.url()).searchParams.has('projector')).toBe(false);
    await page.keyboard.press('Space');
    await expect.poll(() => isOn(page)).toBe(true);
    expect(await stored(page)).toBe('1');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await isOn(page)).toBe(true);
    // The toggle stays reachable by Tab with the navigation hidden.
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.classList.contains('projector-toggle') ?? false);
    }
    expect(reached).toBe(true);
    expectNoProblems(problems);
    await close();
  });

  it('ignores corrupt or foreign values in storage', async () => {
    const { page, problems, close } = await openPage('/', { waitUntil: 'networkidle' });
    await page.evaluate((key) => {
      localStorage.setItem(key, '{"on":true}');
      localStorage.setItem('s-curve:theme', 'purple');
    }, KEY);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await isOn(page)).toBe(false);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'] ?? null)).toBeNull();
    await page.goto(siteUrl('/?projector=banana'), { waitUntil: 'networkidle' });
    expect(await isOn(page)).toBe(false);
    expectNoProblems(problems);
    await close();
  });

  it('hides the sidebar, contents and header links, enlarges the type and thickens chart lines', async () => {
    const normal = await openPage('/lessons/sigmoid/', { viewport: { width: 1280, height: 900 } });
    const projected = await openPage('/lessons/sigmoid/?projector=1', { viewport: { width: 1280, height: 900 } });
    for (const selector of ['.sidebar', '.site-header nav']) {
      expect(await normal.page.locator(selector).first().isVisible(), selector).toBe(true);
      expect(await projected.page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await projected.page.locator('.inline-toc').isVisible()).toBe(false);
    expect(await projected.page.locator('.lesson-nav').isVisible()).toBe(false);
    expect(await projected.page.locator('.site-header .theme-toggle').isVisible()).toBe(true);
    const size = (page: Page) => page.locator('main p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(await size(projected.page)).toBeGreaterThanOrEqual(1.4 * (await size(normal.page)));
    const stroke = (page: Page) => page.locator('.chart .chart-line').first().evaluate((line) => parseFloat(getComputedStyle(line).strokeWidth));
    // The first line drawn is a half-weight guide (1.25 units); in projector mode every line is 5 units.
    expect(await stroke(normal.page)).toBeLessThanOrEqual(2.5);
    expect(await stroke(projected.page)).toBe(5);
    expectNoProblems(normal.problems);
    expectNoProblems(projected.problems);
    await normal.close();
    await projected.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of listPages()) {
      it(`axe finds no violations on ${path} in projector mode, ${colorScheme}`, async () => {
        const { page, problems, close } = await openPage(`${path}?projector=1`, {
          colorScheme, waitUntil: 'networkidle', reducedMotion: 'reduce',
        });
        expect(await isOn(page)).toBe(true);
        expect(await checkAxe(page)).toEqual([]);
        expectNoProblems(problems);
        await close();
      });
    }
  }
});
