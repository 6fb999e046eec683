// The teacher guide: every lesson has a guide page with a 45-minute plan, and every demonstration link in it opens
// its widget with exactly the values the link names, with no notice and no console error.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoProblems, listPages, openPage, useSite } from './harness.ts';
import { LESSON_PATH } from '../bench/size.ts';

useSite();

const guidePages = listPages().filter((path) => /^\/teacher\/[a-z-]+\/$/.test(path));
const lessonPages = listPages().filter((path) => LESSON_PATH.test(path));

/** What a named control shows, as a link would spell it; null when the key is not a plain control. */
async function controlValue(page: Page, widget: string, key: string): Promise<string | null> {
  return page.locator(`#${widget}`).evaluate((root, name) => {
    const controls = [...root.querySelectorAll<HTMLElement>(`[data-share="${name}"]`)];
    const [first] = controls;
    if (first === undefined) return null;
    if (first instanceof HTMLInputElement && first.type === 'radio') {
      return controls.find((control) => control instanceof HTMLInputElement && control.checked)?.getAttribute('value') ?? '';
    }
    if (first instanceof HTMLInputElement && first.type === 'checkbox') return first.checked ? '1' : '0';
    if (first instanceof HTMLInputElement || first instanceof HTMLSelectElement) return first.value;
    // A button group (a preset) is an action: later values in the link may change what is pressed.
    return null;
  }, key);
}

const same = (shown: string, wanted: string): boolean =>
  shown === wanted || (wanted.trim() !== '' && Number.isFinite(Number(wanted)) && Number(shown) === Number(wanted));

describe('teacher guide', () => {
  it('has one guide per lesson, linked from the guide index and every page footer', async () => {
    expect(guidePages.map((path) => path.replace('/teacher/', '/lessons/'))).toEqual(lessonPages);
    const { page, problems, close } = await openPage('/');
    await page.locator('footer a[href="/teacher/"]').click();
    await page.waitForURL(/\/teacher\/$/);
    const links = await page.locator('main ol a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect([...links].sort()).toEqual(guidePages);
    expectNoProblems(problems);
    await close();
  });

  for (const path of guidePages) {
    it(`${path}: the plan takes 45 minutes in order, and every part of the guide is there`, async () => {
      const { page, problems, close } = await openPage(path);
      const rows = page.locator('table.plan tbody tr');
      const minutes = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-minutes'))));
      expect(minutes.reduce((a, b) => a + b, 0)).toBe(45);
      expect(await rows.last().locator('.time').innerText()).toMatch(/–45 min$/);
      for (const id of ['objectives', 'demonstrations', 'misconceptions', 'questions']) {
        expect(await page.locator(`#${id} + *`).count(), id).toBe(1);
      }
      expect(await page.locator('#objectives + ul li').count()).toBeGreaterThan(2);
      expect(await page.locator('#questions + ol li').count()).toBeGreaterThan(3);
      expect(await page.locator('.misconceptions li a[data-share-link]').count()).toBeGreaterThan(2);
      expectNoProblems(problems);
      await close();
    });

    it(`${path}: every demonstration link restores the state it names`, async () => {
      const guide = await openPage(path);
      const hrefs = [...new Set(await guide.page.locator('a[data-share-link], a[data-projector-link]').evaluateAll((anchors) =>
        anchors.map((a) => a.getAttribute('href') ?? '')))];
      expectNoProblems(guide.problems);
      await guide.close();
      expect(hrefs.length).toBeGreaterThan(3);
      for (const href of hrefs) {
        const url = new URL(href, 'http://guide.test');
        const widget = url.searchParams.get('w') ?? '';
        expect(url.hash, href).toBe(`#${widget}`);
        expect(LESSON_PATH.test(url.pathname), href).toBe(true);
        const { page, problems, close } = await openPage(`${url.pathname}${url.search}${url.hash}`);
        await page.locator(`#${widget}[data-share-ready]`).waitFor();
        expect(await page.locator(`#${widget} [data-role="share-notice"]`).isHidden(), href).toBe(true);
        for (const [key, wanted] of url.searchParams) {
          if (key === 'w' || key === 'projector') continue;
          const shown = await controlValue(page, widget, key);
          if (shown !== null) expect(same(shown, wanted), `${href}: ${key} shows ${shown}`).toBe(true);
        }
        const projector = await page.evaluate(() => document.documentElement.hasAttribute('data-projector'));
        expect(projector, href).toBe(url.searchParams.get('projector') === '1');
        expectNoProblems(problems);
        await close();
      }
    });
  }
});
