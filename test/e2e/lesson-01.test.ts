// Lesson 1 in a real browser: code cells run and print what the sources print, exercises check answers by
// keyboard, cells and headings can be linked to, and the theme choice survives a reload.
import { describe, expect, it } from 'vitest';
import { expectNoProblems, openPage, scrollSettled, useSite } from './harness.ts';
import { unlockCell } from './unlock.ts';
import { logit, sigmoid } from '../../src/lib/math/index.ts';

useSite();
const LESSON = '/lessons/sigmoid/';

describe('lesson 1 code cells', () => {
  it('Run executes the NumPy twin in the page and prints NumPy’s digits', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const cell = page.locator('#code-numpy');
    await unlockCell(page, cell);
    await cell.locator('button.run').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cell.locator('.output').getAttribute('data-state'), { timeout: 8000 }).toBe('done');
    expect(await cell.locator('.output').innerText()).toBe('0.9999546021312976\n0.5\n4.5397868702434395e-05');
    expectNoProblems(problems);
    await close();
  });

  it('Ctrl+Enter inside a cell runs it, and every cell on the page runs without an error', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const cells = page.locator('.cell-code');
    const count = await cells.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) {
      const cell = cells.nth(i);
      await unlockCell(page, cell);
      await cell.locator('pre.astro-code').last().focus();
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => cell.locator('.output').getAttribute('data-state'), { timeout: 8000 }).toBe('done');
      const printed = (await cell.locator('.output').innerText()).trim().length;
      expect(printed + (await cell.locator('.plots > *').count())).toBeGreaterThan(0);
    }
    expect(await page.locator('#code-pytorch .output').innerText()).toContain('tensor([0.5250, 0.0759, 0.9820])');
    expectNoProblems(problems);
    await close();
  });
});

describe('lesson 1 exercises', () => {
  it('a numeric exercise accepts the right value or an expression, and explains bad input', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const exercise = page.locator('#ex-sigma-2');
    const input = exercise.getByLabel('Your answer');
    const feedback = exercise.locator('.feedback');

    await input.fill('abc');
    await input.press('Enter');
    await expect.poll(() => feedback.getAttribute('data-state'), { timeout: 8000 }).toBe('invalid');
    expect(await feedback.innerText()).toContain('not a number');

    await input.fill('0.5');
    await input.press('Enter');
    await expect.poll(() => feedback.getAttribute('data-state'), { timeout: 8000 }).toBe('incorrect');

    await input.fill(sigmoid(2).toFixed(4));
    await input.press('Enter');
    await expect.poll(() => feedback.getAttribute('data-state'), { timeout: 8000 }).toBe('correct');

    const logitExercise = page.locator('#ex-logit');
    await logitExercise.getByLabel('Your answer').fill('ln(9)');
    await logitExercise.getByLabel('Your answer').press('Enter');
    await expect.poll(() => logitExercise.locator('.feedback').getAttribute('data-state'), { timeout: 8000 }).toBe('correct');
    expect(Math.abs(Math.log(9) - logit(0.9))).toBeLessThan(1e-12);
    expectNoProblems(problems);
    await close();
  });

  it('a multiple-choice exercise is answered by keyboard and shows the chosen option’s explanation', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const exercise = page.locator('#ex-threshold');
    await scrollSettled(exercise);
    await exercise.locator('button[type="submit"]').click();
    await expect.poll(() => exercise.locator('.feedback').getAttribute('data-state'), { timeout: 8000 }).toBe('invalid');

    await exercise.locator('input[type="radio"]').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => exercise.locator('.feedback').getAttribute('data-state'), { timeout: 8000 }).toBe('correct');
    await expect.poll(() => exercise.locator('.option').nth(1).locator('.why').isVisible()).toBe(true);
    expect(await exercise.locator('.option').nth(0).locator('.why').isVisible()).toBe(false);
    expectNoProblems(problems);
    await close();
  });

  it('hints and worked solutions open without JavaScript', async () => {
    const { page, close } = await openPage(LESSON, { javaScript: false });
    const solution = page.locator('#ex-overflow details.solution');
    await solution.locator('summary').click();
    expect(await solution.innerText()).toContain('overflows to infinity');
    expect(await page.locator('.exercise').count()).toBeGreaterThanOrEqual(6);
    await close();
  });
});

describe('lesson 1 page furniture', () => {
  it('every cell and section heading has an id and a link to itself', async () => {
    const { page, close } = await openPage(LESSON);
    const cells = await page.locator('.cell').evaluateAll((nodes) =>
      nodes.map((node) => ({ id: node.id, link: node.querySelector('a.permalink')?.getAttribute('href') ?? '' })),
    );
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) expect(cell.link).toBe(`#${cell.id}`);
    const headings = await page.locator('article h2').evaluateAll((nodes) =>
      nodes.map((node) => ({ id: node.id, link: node.querySelector('a.heading-anchor')?.getAttribute('href') ?? '' })),
    );
    for (const heading of headings) expect(heading.link).toBe(`#${heading.id}`);
    await close();
  });

  it('the theme toggle switches to dark, is announced as pressed, and is remembered', async () => {
    const { page, problems, close } = await openPage(LESSON, { colorScheme: 'light' });
    const toggle = page.locator('.theme-toggle');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.reload();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(18, 20, 23)');
    expectNoProblems(problems);
    await close();
  });
});
