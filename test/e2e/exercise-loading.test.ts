// The exercise checkers load on demand (src/components/exercise/exercise-boot.ts): nothing but the tiny boot runs
// up front, a check made while the checker is still on its way is replayed when it arrives, and a checker that
// cannot load says so on the page and keeps the reader's answer.
import { describe, expect, it } from 'vitest';
import type { Page, Request, Route } from 'playwright-core';
import { loading } from '../../src/strings/en/loading.ts';
import { site } from '../../src/strings/en/site.ts';
import { expectNoProblems, openPage, useSite } from './harness.ts';

useSite();
const LESSON = '/lessons/sigmoid/';
const WAIT = { timeout: 15_000 };
const ON_DEMAND = /\/_astro\/(exercise-client|predict-runtime|code-runtime-exercise)\.[\w-]+\.js$/;

function requested(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request: Request) => urls.push(new URL(request.url()).pathname));
  return urls;
}

/** Holds every request for the numeric/choice checker until `release` is called. */
async function holdChecker(page: Page): Promise<{ held: () => number; release: () => Promise<void> }> {
  const waiting: Route[] = [];
  let open = false;
  await page.route(/\/_astro\/exercise-client\.[\w-]+\.js$/, async (route) => {
    if (open) return route.continue();
    waiting.push(route);
  });
  return {
    held: () => waiting.length,
    release: async () => {
      open = true;
      for (const route of waiting.splice(0)) await route.continue();
    },
  };
}

describe('exercise checkers load on demand', () => {
  it('loads no checker before the reader comes near an exercise', async () => {
    const { page, problems, close } = await openPage(LESSON, { waitUntil: 'networkidle' });
    const urls = requested(page);
    await page.reload({ waitUntil: 'networkidle' });
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => ON_DEMAND.test(url))).toEqual([]);
    // The boot has run: the code exercise's buttons show and the predicted cell's Run is locked.
    await expect.poll(() => page.locator('.code-exercise button.check').first().isVisible(), WAIT).toBe(true);
    expect(await page.locator('.cell-code[data-locked="true"] button.run').first().isDisabled()).toBe(true);
    expectNoProblems(problems);
    await close();
  });

  it('replays an Enter pressed before the checker arrived, with the answer typed by then', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const checker = await holdChecker(page);
    const exercise = page.locator('#ex-sigma-2');
    const input = exercise.locator('input[type="text"]');
    await input.fill('1/(1+exp(-2))');
    await input.press('Enter');
    await expect.poll(checker.held, WAIT).toBeGreaterThan(0);
    // Still on its way: nothing checked yet, and the page did not navigate or reload on the submit.
    expect(await exercise.locator('.feedback').innerText()).toBe('');
    expect(new URL(page.url()).hash).toBe('');
    await checker.release();
    await expect.poll(() => exercise.locator('.feedback').innerText(), WAIT).toBe(site.exercise.correct);
    expect(await exercise.locator('.feedback').getAttribute('data-state')).toBe('correct');
    // Checked once, not once per prefetch: the progress tracker saw exactly one check.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('s-curve:progress')), WAIT).toContain('ex-sigma-2');
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('s-curve:progress'))) ?? '{}');
    expect(saved.lessons[LESSON].exercises['ex-sigma-2']).toEqual({ title: 'σ(2) by hand', solved: true, wrong: 0 });
    expectNoProblems(problems);
    await close();
  });

  it('says so when the checker cannot load, and keeps the answer to check again', async () => {
    const { page, close } = await openPage(LESSON);
    await page.route(/\/_astro\/exercise-client\.[\w-]+\.js$/, (route) => route.abort('failed'));
    const exercise = page.locator('#ex-sigma-2');
    const input = exercise.locator('input[type="text"]');
    await input.fill('0.88');
    await exercise.locator('button[type="submit"]').click();
    await expect.poll(() => exercise.locator('.feedback').innerText(), WAIT).toBe(loading.checkerFailed);
    expect(await input.inputValue()).toBe('0.88');
    await close();
  });
});
