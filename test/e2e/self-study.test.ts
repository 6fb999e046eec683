// Self-study in a real browser: exercises solved and missed, hints one at a time by keyboard, predict-then-run,
// code exercises (passing, failing, broken, endless), progress that survives a reload and shows on the home page
// and in the lesson list, unreadable saved progress set aside with a notice, reset/export/import, and the
// review page. Axe in light and dark on every page touched, in the states the reader sees.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { checkAxe, expectNoProblems, openPage, scrollSettled, siteUrl, useSite } from './harness.ts';
import { typeCode } from './code-editor.ts';

useSite();
const LESSON = '/lessons/sigmoid/';
const KEY = 's-curve:progress';
const SET_ASIDE = 's-curve:progress:set-aside';
const WIDE = { width: 1280, height: 900 };
const WAIT = { timeout: 15_000 };

/** Types an answer, checks it and returns the feedback once the checker (loaded on demand) has written it. */
async function answer(exercise: Locator, text: string): Promise<string> {
  const feedback = exercise.locator('.feedback');
  await scrollSettled(exercise);
  await exercise.locator('input[type="text"]').fill(text);
  await feedback.evaluate((element) => element.replaceChildren());
  await exercise.locator('button[type="submit"]').click();
  await expect.poll(() => feedback.innerText(), WAIT).not.toBe('');
  return feedback.innerText();
}

/** Presses "Run the tests" and waits for the verdict. */
async function runTests(section: Locator): Promise<string> {
  await scrollSettled(section);
  await section.locator('button.check').click();
  await expect.poll(() => section.locator('.feedback').innerText(), WAIT).not.toBe('');
  return section.locator('.feedback').innerText();
}

const inflight = new WeakMap<Page, Set<unknown>>();

/** openPage, and a count of the page's requests in flight (go() waits for it to reach zero). */
async function open(path: string, options?: Parameters<typeof openPage>[1]): ReturnType<typeof openPage> {
  const opened = await openPage(path, options);
  const requests = new Set<unknown>();
  opened.page.on('request', (request) => requests.add(request));
  opened.page.on('requestfinished', (request) => requests.delete(request));
  opened.page.on('requestfailed', (request) => requests.delete(request));
  inflight.set(opened.page, requests);
  return opened;
}

/** Navigates once no request is in flight, so one still loading (the code cells' spare worker, started as a run
 *  ends; the icon) is not aborted and reported as a failed request. */
async function go(page: Page, path: string | undefined): Promise<void> {
  const requests = inflight.get(page);
  await page.waitForTimeout(250);
  if (requests) await expect.poll(() => requests.size, WAIT).toBe(0);
  if (path === undefined) await page.reload();
  else await page.goto(siteUrl(path));
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

describe('numeric and choice exercises', () => {
  it('records a miss and then a solve, and both survive a reload', async () => {
    const { page, problems, close } = await open(LESSON, { viewport: WIDE });
    const exercise = page.locator('#ex-sigma-2');
    expect(await answer(exercise, '0.5')).toContain('Not quite');
    expect(await answer(exercise, '1/(1+exp(-2))')).toBe('Correct.');
    const choice = page.locator('#ex-threshold');
    await scrollSettled(choice);
    await choice.locator('label').first().click();
    await choice.locator('button[type="submit"]').click();
    await expect.poll(() => stored(page)).toContain('ex-threshold');
    const saved = JSON.parse((await stored(page)) ?? '{}');
    expect(saved.version).toBe(1);
    expect(saved.lessons[LESSON].exercises['ex-sigma-2']).toEqual({ title: 'σ(2) by hand', solved: true, wrong: 1 });
    expect(saved.lessons[LESSON].exercises['ex-threshold']).toEqual({ title: 'Reading an output', solved: false, wrong: 1 });

    await go(page, undefined);
    const entry = page.locator(`.sidebar .lesson-progress[data-page="${LESSON}"]`);
    await expect.poll(() => entry.isVisible(), WAIT).toBe(true);
    expect(await entry.innerText()).toMatch(/^1\/10 exercises · 0\/7 cells · \d+\/9 sections$/);
    expectNoProblems(problems);
    await close();
  });

  it('counts the exercises, cells and sections each lesson really has', async () => {
    const { page, close } = await open('/');
    const entries = await page.locator('.lesson-progress').evaluateAll((nodes) =>
      nodes.map((node) => [node.getAttribute('data-page'), node.getAttribute('data-totals')]),
    );
    expect(entries).toHaveLength(4);
    for (const [path, totals] of entries) {
      await go(page, path ?? '/');
      const counts = await page.evaluate(() =>
        [document.querySelectorAll('.lesson-body .exercise').length, document.querySelectorAll('.lesson-body .cell-code:not(.exercise)').length, document.querySelectorAll('.lesson-body h2[id]').length].join(','),
      );
      expect(counts, path ?? '').toBe(totals);
    }
    await close();
  });
});

describe('hints', () => {
  it('reveals hints one at a time from the keyboard, and all of them read without JavaScript', async () => {
    const { page, problems, close } = await open(LESSON);
    const exercise = page.locator('#code-ex-stable-sigmoid');
    const hints = exercise.locator('details.hint');
    const button = exercise.locator('.hint-next');
    expect(await hints.count()).toBe(2);
    expect(await hints.nth(0).isVisible()).toBe(false);
    expect(await button.innerText()).toBe('Show hint 1 of 2');
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await hints.nth(0).isVisible()).toBe(true);
    expect(await hints.nth(0).getAttribute('open')).toBe('');
    expect(await hints.nth(1).isVisible()).toBe(false);
    expect(await button.innerText()).toBe('Show hint 2 of 2');
    await page.keyboard.press('Space');
    expect(await hints.nth(1).isVisible()).toBe(true);
    expect(await button.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.id)).toBe('code-ex-stable-sigmoid-hint-2');
    expectNoProblems(problems);
    await close();

    const plain = await open(LESSON, { javaScript: false });
    const staticHints = plain.page.locator('#code-ex-stable-sigmoid details.hint summary');
    expect(await staticHints.allInnerTexts()).toEqual(['Hint 1 of 2', 'Hint 2 of 2']);
    expect(await plain.page.locator('#code-ex-stable-sigmoid .hint-next').isVisible()).toBe(false);
    await plain.close();
  });
});

describe('predict, then run', () => {
  it('keeps Run locked until a guess is committed, then compares the guess with the computed value', async () => {
    const { page, problems, close } = await open(LESSON);
    const predict = page.locator('#predict-sigma-10');
    const cell = page.locator('#code-numpy');
    const run = cell.locator('button.run');
    await run.waitFor();
    expect(await run.isDisabled()).toBe(true);
    expect(await cell.locator('.predict-lock').innerText()).toContain('commit a guess');
    expect(await predict.locator('details.answer').isVisible()).toBe(false);
    await cell.locator('.source').click();
    await page.keyboard.press('Control+Enter');
    expect(await cell.locator('.output').getAttribute('data-state')).toBe('idle');

    await predict.locator('button[type="submit"]').click();
    await expect.poll(() => predict.locator('.feedback').innerText(), WAIT).toBe('Type a number first.');
    expect(await run.isDisabled()).toBe(true);
    await predict.locator('input').fill('0.998');
    await page.keyboard.press('Enter');
    await expect.poll(() => predict.locator('.feedback').innerText(), WAIT).toContain('Your guess: 0.998');
    expect(await run.isDisabled()).toBe(false);
    expect(await cell.locator('.predict-lock').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('.cell')?.id)).toBe('code-numpy');
    await page.keyboard.press('Enter');
    await expect.poll(() => predict.locator('.verdict').innerText(), WAIT).toContain('0.999955');
    expect(await predict.locator('.verdict').getAttribute('data-state')).toBe('correct');
    expect(await predict.locator('details.answer').getAttribute('open')).toBe('');
    await expect.poll(() => cell.locator('.output').getAttribute('data-state'), WAIT).toBe('done');
    const saved = JSON.parse((await stored(page)) ?? '{}');
    expect(saved.lessons[LESSON].exercises['predict-sigma-10'].solved).toBe(true);
    expect(saved.lessons[LESSON].cells).toContain('code-numpy');
    expectNoProblems(problems);
    await close();
  });

  it('tells a missed choice prediction apart, and the review page lists it', async () => {
    const { page, problems, close } = await open('/lessons/activation-functions/');
    const predict = page.locator('#predict-shift');
    await predict.locator('label', { hasText: 'Neither changes' }).click();
    await predict.locator('button[type="submit"]').click();
    await expect.poll(() => predict.getAttribute('data-committed'), WAIT).toBe('true');
    await page.locator('#code-softmax button.run').click();
    await expect.poll(() => predict.locator('.verdict').innerText(), WAIT).toContain('not Neither changes');
    expect(await predict.locator('.verdict').getAttribute('data-state')).toBe('incorrect');
    await go(page, '/review/');
    const item = page.locator('.review-list li');
    await expect.poll(() => item.count(), WAIT).toBe(1);
    expect(await item.innerText()).toContain('Add 5 to every logit');
    expect(await item.locator('a').getAttribute('href')).toBe('/lessons/activation-functions/#predict-shift');
    expect(await page.locator('.review-list h2').innerText()).toBe('Lesson 3: Activation functions');
    expectNoProblems(problems);
    await close();
  });
});

describe('code exercises', () => {
  it('fails the starting code test by test, passes a correct function, and keeps it over a reload', async () => {
    const { page, problems, close } = await open(LESSON);
    const section = page.locator('#code-ex-stable-sigmoid');
    expect(await runTests(section)).toMatch(/^\d of 9 tests pass/);
    const failed = section.locator('.test-results li[data-pass="false"]');
    expect(await failed.count()).toBeGreaterThan(0);
    expect(await failed.first().innerText()).toMatch(/✗ fail stableSigmoid\(\d+\): expected [\d.e-]+, got NaN/);

    await typeCode(
      page,
      section,
      'export function stableSigmoid(x: number): number {\nif (x >= 0) return 1 / (1 + Math.exp(-x));\nconst e = Math.exp(x);\nreturn e / (1 + e);\n}',
    );
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => section.locator('.feedback').innerText(), WAIT).toBe('All 9 tests pass. Well done.');
    expect(await section.locator('.test-results li[data-pass="true"]').count()).toBe(9);
    const saved = JSON.parse((await stored(page)) ?? '{}');
    expect(saved.lessons[LESSON].exercises['code-ex-stable-sigmoid']).toMatchObject({ solved: true, wrong: 1 });

    await go(page, undefined);
    await section.locator('.cm-content').waitFor();
    expect(await section.locator('.cm-content').innerText()).toContain('Math.exp(-x)');
    expectNoProblems(problems);
    await close();
  });

  it('stops an endless loop at the time limit, and names an error or a missing function', async () => {
    const { page, problems, close } = await open('/lessons/activation-functions/');
    const section = page.locator('#code-ex-softmax');
    await typeCode(page, section, 'function mySoftmax(logits: number[]): number[] {\nwhile (true) {}\n}');
    const started = Date.now();
    expect(await runTests(section)).toContain('ran longer than 3 s');
    expect(Date.now() - started).toBeLessThan(14_000);
    // The page stayed responsive and the next run works.
    await typeCode(page, section, 'const x = 1;\nnull.boom;');
    expect(await runTests(section)).toMatch(/stopped with an error.*line 2/s);
    // The failing line is marked in the editor, whose editing area the feedback naming it describes.
    const content = section.locator('.cm-content');
    expect(await section.locator('.cm-error-line').textContent()).toBe('null.boom;');
    expect(await content.getAttribute('aria-invalid')).toBe('true');
    const messageId = ((await content.getAttribute('aria-describedby')) ?? '').split(' ')[1] ?? 'none';
    expect(await page.locator(`#${messageId}`).innerText()).toMatch(/line 2/);
    await typeCode(page, section, 'const softmax = 1;');
    expect(await runTests(section)).toBe('Your code does not define a function called mySoftmax.');
    expect(await section.locator('.cm-error-line').count()).toBe(0);
    expect(await content.getAttribute('aria-invalid')).toBeNull();
    await typeCode(page, section, 'function mySoftmax(z) { console.log("hi", z.length); return z; }');
    expect(await runTests(section)).toMatch(/^0 of 6 tests pass/);
    expect(await section.locator('.printed .output').innerText()).toContain('hi 3');
    expectNoProblems(problems);
    await close();
  });
});

describe('progress', () => {
  it('shows runs, sections and exercises on the home page and in the lesson list, updating live', async () => {
    const { page, problems, close } = await open(LESSON, { viewport: WIDE });
    const sidebar = page.locator(`.sidebar .lesson-progress[data-page="${LESSON}"]`);
    await page.locator('#code-symmetry button.run').click();
    await expect.poll(() => sidebar.innerText(), WAIT).toMatch(/1\/7 cells/);
    await page.locator('#what-comes-next').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').lessons?.[LESSON]?.sections ?? [], WAIT).toContain('what-comes-next');
    await go(page, '/');
    const home = page.locator(`.lesson-list .lesson-progress[data-page="${LESSON}"]`);
    await expect.poll(() => home.innerText(), WAIT).toMatch(/^0 of 10 exercises · 1 of 7 cells · [1-9] of 9 sections$/);
    const bar = home.locator('progress');
    expect(await bar.getAttribute('aria-label')).toBe('Progress in Lesson 1: The sigmoid');
    expect(Number(await bar.evaluate((node) => (node as HTMLProgressElement).value))).toBeGreaterThanOrEqual(2);
    const other = page.locator('.lesson-list .lesson-progress[data-page="/lessons/vanishing-gradients/"]');
    expect(await other.innerText()).toMatch(/^0 of \d+ exercises · 0 of \d+ cells · 0 of \d+ sections$/);
    expectNoProblems(problems);
    await close();
  });

  it('sets unreadable saved progress aside with a notice, never a crash', async () => {
    for (const bad of ['{oops', '{"version":99,"lessons":{}}', '"just a string"', JSON.stringify({ version: 1, lessons: {}, pad: 'x'.repeat(210_000) })]) {
      const { page, problems, close } = await open(LESSON);
      await page.evaluate(([key, value]) => localStorage.setItem(key ?? '', value ?? ''), [KEY, bad]);
      await go(page, undefined);
      const notice = page.locator('[data-progress-notice]');
      await expect.poll(() => notice.isVisible(), WAIT).toBe(true);
      expect(await notice.innerText()).toContain('could not be read');
      expect(await page.evaluate((key) => localStorage.getItem(key), SET_ASIDE)).toBe(bad);
      // Recording works again at once.
      expect(await answer(page.locator('#ex-sigma-2'), '0.8808')).toBe('Correct.');
      await expect.poll(() => stored(page), WAIT).toContain('ex-sigma-2');
      await go(page, '/');
      const homeNotice = page.locator('[data-progress-panel] [data-progress-notice]');
      expect(await homeNotice.isVisible()).toBe(true);
      await homeNotice.locator('button.discard').click();
      expect(await homeNotice.isVisible()).toBe(false);
      expect(await page.evaluate((key) => localStorage.getItem(key), SET_ASIDE)).toBeNull();
      expectNoProblems(problems);
      await close();
    }
  });

  it('exports to a file, resets after a confirm, and imports the file back; bad files change nothing', async () => {
    const { page, problems, close } = await open(LESSON);
    expect(await answer(page.locator('#ex-sigma-2'), '0.8808')).toBe('Correct.');
    await expect.poll(() => stored(page), WAIT).toContain('ex-sigma-2');
    await go(page, '/');
    const line = page.locator(`.lesson-list .lesson-progress[data-page="${LESSON}"] .progress-line`);
    await expect.poll(() => line.innerText(), WAIT).toMatch(/^1 of 10 exercises/);
    const panel = page.locator('[data-progress-panel]');
    const status = panel.locator('.status');

    const [download] = await Promise.all([page.waitForEvent('download'), panel.locator('button.export').click()]);
    expect(download.suggestedFilename()).toBe('s-curve-progress.json');
    const path = await download.path();
    const file = readFileSync(path, 'utf8');
    expect(JSON.parse(file)).toMatchObject({ format: 's-curve-progress', version: 1 });

    page.once('dialog', (dialog) => void dialog.dismiss());
    await panel.locator('button.reset').click();
    expect(await status.innerText()).toBe('Nothing was reset.');
    expect(await line.innerText()).toMatch(/^1 of 10/);
    page.once('dialog', (dialog) => void dialog.accept());
    await panel.locator('button.reset').click();
    expect(await status.innerText()).toBe('Progress reset.');
    expect(await line.innerText()).toMatch(/^0 of 10/);
    expect(await stored(page)).toBeNull();

    const input = panel.locator('input.import');
    const bad = [
      ['nope.json', 'nope', 'That file is not JSON'],
      ['cells.json', '{"format":"s-curve-code-cells","version":1,"cells":{}}', 'not an S-Curve progress export'],
      ['newer.json', '{"format":"s-curve-progress","version":9,"lessons":{}}', 'newer version'],
    ] as const;
    for (const [name, content, message] of bad) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect.poll(() => status.innerText(), WAIT).toContain(message);
      expect(await stored(page)).toBeNull();
    }
    await input.setInputFiles({ name: 's-curve-progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => status.innerText(), WAIT).toContain('Imported');
    expect(await line.innerText()).toMatch(/^1 of 10 exercises/);
    expectNoProblems(problems);
    await close();
  });
});

describe('the review page', () => {
  it('has a friendly empty state, and says without JavaScript what it needs', async () => {
    const { page, problems, close } = await open('/review/');
    expect(await page.locator('.empty').isVisible()).toBe(true);
    expect(await page.locator('.review-list li').count()).toBe(0);
    expectNoProblems(problems);
    await close();
    const plain = await open('/review/', { javaScript: false });
    expect(await plain.page.locator('main').innerText()).toContain('needs JavaScript');
    await plain.close();
  });

  it('lists the missed exercises, unsolved first, with links back that land on them', async () => {
    const { page, problems, close } = await open(LESSON);
    expect(await answer(page.locator('#ex-sigma-2'), '2')).toContain('Not quite');
    expect(await answer(page.locator('#ex-logit'), '1')).toContain('Not quite');
    expect(await answer(page.locator('#ex-logit'), 'ln(9)')).toBe('Correct.');
    await expect.poll(() => stored(page), WAIT).toContain('ex-logit');
    await go(page, '/');
    await page.locator('[data-progress-panel] a', { hasText: 'Review the exercises you missed' }).click();
    await page.waitForURL('**/review/');
    const items = page.locator('.review-list li');
    await expect.poll(() => items.count(), WAIT).toBe(2);
    expect(await items.nth(0).innerText()).toMatch(/σ\(2\) by hand\s+not solved yet · 1 wrong try/);
    expect(await items.nth(1).innerText()).toMatch(/Which score gives 0\.9\?\s+solved since · after 1 wrong try/);
    expect(await page.locator('.empty').isVisible()).toBe(false);
    await items.nth(0).locator('a').click();
    await page.waitForURL(`**${LESSON}#ex-sigma-2`);
    expect(await page.evaluate(() => location.hash)).toBe('#ex-sigma-2');
    expectNoProblems(problems);
    await close();
  });
});

describe('accessibility of the touched pages', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${colorScheme}, with progress, hints, predictions and test results showing`, async () => {
      const { page, close } = await open(LESSON, { colorScheme, viewport: WIDE });
      await answer(page.locator('#ex-sigma-2'), '0.1');
      await page.locator('#code-ex-stable-sigmoid .hint-next').click();
      await page.locator('#predict-sigma-10 input').fill('0.5');
      await page.locator('#predict-sigma-10 button[type="submit"]').click();
      await expect.poll(() => page.locator('#predict-sigma-10').getAttribute('data-committed'), WAIT).toBe('true');
      await page.locator('#code-numpy button.run').click();
      await expect.poll(() => page.locator('#predict-sigma-10 .verdict').innerText(), WAIT).not.toBe('');
      await runTests(page.locator('#code-ex-stable-sigmoid'));
      await expect.poll(() => page.locator('.sidebar .lesson-progress').first().isVisible(), WAIT).toBe(true);
      expect(await checkAxe(page)).toEqual([]);
      await go(page, '/');
      await page.locator('.lesson-progress').first().waitFor();
      expect(await checkAxe(page)).toEqual([]);
      await go(page, '/review/');
      await page.locator('.review-list li').first().waitFor();
      expect(await checkAxe(page)).toEqual([]);
      await page.evaluate((key) => localStorage.setItem(key, 'broken'), KEY);
      await go(page, '/');
      await page.locator('[data-progress-panel] [data-progress-notice]').waitFor();
      expect(await checkAxe(page)).toEqual([]);
      await close();
    });
  }
});
