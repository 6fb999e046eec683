// Lesson 1's four widgets in a real browser: each works by keyboard alone (Tab to a control, type or press
// arrow keys, read the right value from the math module), survives bad input with a visible message and no
// console error, keeps its text alternative in step, reads without JavaScript, and loads only when near.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoProblems, openPage, useSite } from './harness.ts';
import { openWidget, paste, retype, tabTo } from './widget-helpers.ts';
import { logit, sigmoid, sigmoidDerivative } from '../../src/lib/math/index.ts';
import { formatFixed, formatTensor } from '../../src/lib/format.ts';
import { formatUnit } from '../../src/widgets/shared/show-number.ts';

useSite();
const LESSON = '/lessons/sigmoid/';

const text = (page: Page, selector: string): Promise<string> => page.locator(selector).innerText();

describe('sigmoid explorer', () => {
  const root = '#sigmoid-explorer';
  const readouts = async (page: Page): Promise<string[]> =>
    Promise.all(['x', 'sigma', 'slope'].map((role) => text(page, `${root} [data-role="${role}"]`)));
  const expected = (x: number): string[] => [String(x), formatUnit(sigmoid(x), 4), formatUnit(sigmoidDerivative(x), 4)];

  it('moves x with the arrow keys on the focused chart, and the chart’s text alternative follows', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'sigmoid-explorer');
    const chart = `${root} [data-role="chart"]`;
    await tabTo(page, chart);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await readouts(page)).toEqual(expected(1.3));
    expect(await page.locator(chart).getAttribute('aria-label')).toContain(`x = 1.3, where σ(x) = ${formatUnit(sigmoid(1.3), 4)}`);
    await page.keyboard.press('Home');
    expect(await readouts(page)).toEqual(expected(-10));
    await page.keyboard.press('PageUp');
    expect(await readouts(page)).toEqual(expected(-9));
    expectNoProblems(problems);
    await close();
  });

  it('moves x with the slider and with a typed value', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'sigmoid-explorer');
    await tabTo(page, `${root} [data-role="slider"]`);
    await page.keyboard.press('ArrowLeft');
    expect(await readouts(page)).toEqual(expected(0.9));
    await page.keyboard.press('Tab');
    await retype(page, '-2.5');
    expect(await readouts(page)).toEqual(expected(-2.5));
    expect(await page.locator(`${root} [data-role="slider"]`).inputValue()).toBe('-2.5');
    expectNoProblems(problems);
    await close();
  });

  it('rejects bad x with a visible message and keeps the last good x', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'sigmoid-explorer');
    const message = page.locator(`${root} [data-role="message"]`);
    await tabTo(page, `${root} [data-role="field"]`);
    for (const [bad, says] of [
      ['abc', '“abc” is not a number'],
      ['1e309', '“1e309” is too large'],
      ['NaN', '“NaN” is not a number'],
      ['50', 'x must lie in the plotted range, -10 to 10'],
    ] as const) {
      await paste(page, bad);
      await page.keyboard.press('Enter');
      await expect.poll(() => message.innerText()).toContain(says);
      expect(await message.isVisible()).toBe(true);
      expect(await readouts(page)).toEqual(expected(1));
    }
    await retype(page, '');
    await page.keyboard.press('Enter');
    await expect.poll(() => message.innerText()).toContain('Type a number for x');
    await retype(page, '3');
    expect(await message.isVisible()).toBe(false);
    expect(await readouts(page)).toEqual(expected(3));
    expectNoProblems(problems);
    await close();
  });

  it('changes the plotted range, rejects a bad one, and keeps the data table in step', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'sigmoid-explorer');
    const message = page.locator(`${root} [data-role="message"]`);
    await tabTo(page, `${root} [data-role="min"]`);
    await paste(page, '20');
    await expect.poll(() => message.innerText()).toContain('The start of the range must be less than its end.');
    await paste(page, '-1001');
    await expect.poll(() => message.innerText()).toContain('at least -1000');
    await retype(page, '-4');
    await page.keyboard.press('Tab');
    await retype(page, '4');
    await page.keyboard.press('Tab');
    expect(await message.isVisible()).toBe(false);
    // The table sits in a closed <details> until the reader opens it: read its text, not its rendering.
    const firstRow = await page.locator(`${root} [data-role="table"] tr`).first().locator('td').allTextContents();
    expect(firstRow).toEqual(['-4', formatUnit(sigmoid(-4), 4), formatUnit(sigmoidDerivative(-4), 4)]);
    expect(await page.locator(`${root} [data-role="chart"]`).getAttribute('aria-label')).toContain('from -4 to 4');
    expect(await page.locator(`${root} [data-role="slider"]`).getAttribute('min')).toBe('-4');
    expectNoProblems(problems);
    await close();
  });

  it('overlays σ′ from the keyboard and says so in the text alternative', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'sigmoid-explorer');
    const chart = page.locator(`${root} [data-role="chart"]`);
    expect(await chart.getAttribute('aria-label')).not.toContain('σ′(x), a bump');
    await tabTo(page, `${root} [data-role="derivative"]`);
    await page.keyboard.press('Space');
    expect(await chart.getAttribute('aria-label')).toContain('σ′(x), a bump');
    expect(await chart.locator('[data-series="σ′(x)"]').count()).toBe(1);
    expectNoProblems(problems);
    await close();
  });

  it('restyles the chart when the theme toggle sets html[data-theme]', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'sigmoid-explorer');
    const stroke = (): Promise<string> =>
      page.locator(`${root} .chart-line[data-series="σ(x)"]`).evaluate((path) => getComputedStyle(path).stroke);
    const light = await stroke();
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    const dark = await stroke();
    expect(dark).not.toBe(light);
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-accent').trim());
    expect(accent).not.toBe('');
    expectNoProblems(problems);
    await close();
  });

  it('sets x where the chart is clicked', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'sigmoid-explorer');
    const chart = page.locator(`${root} [data-role="chart"]`);
    const marker = chart.locator('.chart-marker');
    const grid = await chart.locator('.chart-grid').boundingBox();
    if (grid === null) throw new Error('the chart has no grid');
    // The middle of the plot area is x = 0 on the default -10 to 10.
    await page.mouse.click(grid.x + grid.width / 2, grid.y + grid.height / 2);
    expect(await readouts(page)).toEqual(expected(0));
    expect(await marker.count()).toBe(1);
    expectNoProblems(problems);
    await close();
  });
});

describe('squash a vector', () => {
  const root = '#squash-vector';
  const outputs = (page: Page): Promise<string[]> => page.locator(`${root} [data-role="rows"] td.out`).allInnerTexts();

  it('squashes typed numbers and prints them as PyTorch does, or with every digit', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'squash-vector');
    await tabTo(page, `${root} [data-role="input"]`);
    await retype(page, '0 2, -3');
    const values = [0, 2, -3].map(sigmoid);
    expect(await text(page, `${root} [data-role="printed"]`)).toBe(`torch.sigmoid(x) → ${formatTensor(values, 4)}`);
    expect(await outputs(page)).toEqual(values.map((value) => formatFixed(value, 4)));
    await tabTo(page, `${root} [data-role="full"]`);
    await page.keyboard.press('Space');
    expect(await outputs(page)).toEqual(values.map(String));
    expect(await text(page, `${root} [data-role="summary"]`)).toContain('3 numbers squashed');
    expectNoProblems(problems);
    await close();
  });

  it('names the bad item and keeps the last good list', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'squash-vector');
    const message = page.locator(`${root} [data-role="message"]`);
    const before = await outputs(page);
    await tabTo(page, `${root} [data-role="input"]`);
    for (const [bad, says] of [
      ['1, abc, 3', 'Item 2, “abc”, is not a number'],
      ['1,,2', 'Item 2 is empty'],
      ['NaN', 'Item 1, “NaN”, is not a number'],
      ['1 1e309', 'Item 2, “1e309”, is too large'],
      [Array.from({ length: 101 }, () => '1').join(' '), 'That is 101 numbers; this widget squashes at most 100.'],
    ] as const) {
      await paste(page, bad);
      await expect.poll(() => message.innerText()).toContain(says);
      expect(await message.isVisible()).toBe(true);
      expect(await outputs(page)).toEqual(before);
    }
    await retype(page, '');
    await expect.poll(() => message.innerText()).toContain('Type at least one number');
    expectNoProblems(problems);
    await close();
  });
});

describe('probability and threshold', () => {
  const root = '#probability-threshold';
  const decision = (page: Page): Promise<string> => text(page, `${root} [data-role="decision"]`);
  const score = (page: Page): Promise<string> => text(page, `${root} [data-role="score"]`);

  it('reads p = 1 and p = 0 with the score in words, and a typed p with its logit', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'probability-threshold');
    await tabTo(page, `${root} [data-role="p-slider"]`);
    await page.keyboard.press('End');
    expect(await decision(page)).toBe('1 → positive (spam), 100 % likely true');
    expect(await score(page)).toBe('plus infinity (+∞)');
    await page.keyboard.press('Home');
    expect(await decision(page)).toBe('0 → negative (not spam), 100 % likely false');
    expect(await score(page)).toBe('minus infinity (−∞)');
    await page.keyboard.press('Tab');
    await retype(page, '0.2');
    expect(await decision(page)).toBe('0.2 → negative (not spam), 80 % likely false');
    expect(await score(page)).toBe(formatFixed(logit(0.2), 4));
    expect(await page.locator(`${root} [data-role="p-slider"]`).getAttribute('aria-valuetext')).toBe(await decision(page));
    expectNoProblems(problems);
    await close();
  });

  it('moves the threshold by keyboard and flips the prediction', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'probability-threshold');
    await tabTo(page, `${root} [data-role="t"]`);
    await retype(page, '0.95');
    expect(await decision(page)).toBe('0.9 → negative (not spam), 10 % likely false');
    expect(await text(page, `${root} [data-role="note"]`)).toContain('only 10 %');
    expectNoProblems(problems);
    await close();
  });

  it('rejects p outside [0, 1] or not a number and keeps the last good p', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'probability-threshold');
    const message = page.locator(`${root} [data-role="message"]`);
    await tabTo(page, `${root} [data-role="p"]`);
    for (const [bad, says] of [
      ['1.5', 'p must be at most 1'],
      ['-0.1', 'p must be at least 0'],
      ['abc', '“abc” is not a number'],
      ['1e309', 'too large'],
    ] as const) {
      await paste(page, bad);
      await page.keyboard.press('Enter');
      await expect.poll(() => message.innerText()).toContain(says);
      expect(await decision(page)).toBe('0.9 → positive (spam), 90 % likely true');
    }
    expectNoProblems(problems);
    await close();
  });
});

describe('floating-point trap', () => {
  const root = '#float-trap';
  const cell = (page: Page, row: string, role: string): Promise<string> => text(page, `${root} [data-row="${row}"] [data-role="${role}"]`);

  it('shows NaN as words at x = 800 and the true value beside it', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'float-trap');
    await tabTo(page, `${root} button[data-x="800"]`);
    await page.keyboard.press('Enter');
    expect(await cell(page, 'ratio', 'naive')).toBe('NaN (not a number)');
    expect(await cell(page, 'ratio', 'stable')).toBe(String(sigmoid(800)));
    expect(await cell(page, 'ratio', 'why')).toContain('∞ / ∞');
    expect(await page.locator(`${root} [data-row="ratio"] [data-role="naive"]`).getAttribute('class')).toContain('special');
    expect(await page.locator(`${root} button[data-x="800"]`).getAttribute('aria-pressed')).toBe('true');
    expectNoProblems(problems);
    await close();
  });

  it('diagnoses a typed x: at 40, 1 − σ rounds to 0', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'float-trap');
    await tabTo(page, `${root} [data-role="x"]`);
    await retype(page, '40');
    expect(await cell(page, 'derivative', 'naive')).toBe('0');
    expect(await cell(page, 'derivative', 'stable')).toBe(String(sigmoidDerivative(40)));
    expect(await cell(page, 'derivative', 'why')).toContain('1 − σ(x) = 0');
    expect(await text(page, `${root} [data-role="summary"]`)).toBe('At x = 40, 2 of 4 naive formulas go wrong.');
    expectNoProblems(problems);
    await close();
  });

  it('rejects x = 1e309 and "abc" with a message and keeps the last good x', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'float-trap');
    const message = page.locator(`${root} [data-role="message"]`);
    await tabTo(page, `${root} [data-role="x"]`);
    for (const bad of ['1e309', 'abc']) {
      await paste(page, bad);
      await page.keyboard.press('Enter');
      await expect.poll(() => message.innerText()).toContain(`“${bad}”`);
      expect(await text(page, `${root} [data-role="summary"]`)).toBe('At x = -800, 1 of 4 naive formulas goes wrong.');
    }
    expectNoProblems(problems);
    await close();
  });
});

describe('every widget', () => {
  it('shows its default figures without JavaScript', async () => {
    const { page, problems, close } = await openPage(LESSON, { javaScript: false });
    expect(await text(page, '#sigmoid-explorer [data-role="sigma"]')).toBe(formatUnit(sigmoid(1), 4));
    expect(await page.locator('#sigmoid-explorer [data-role="chart"] .chart-line').count()).toBeGreaterThanOrEqual(3);
    expect(await text(page, '#squash-vector [data-role="printed"]')).toBe(`torch.sigmoid(x) → ${formatTensor([-5, -1, 0, 1, 5].map(sigmoid), 4)}`);
    expect(await text(page, '#probability-threshold [data-role="decision"]')).toBe('0.9 → positive (spam), 90 % likely true');
    expect(await text(page, '#float-trap [data-row="log"] [data-role="naive"]')).toBe('−∞ (minus infinity)');
    expectNoProblems(problems);
    await close();
  });

  it('loads a controller only when its widget nears the viewport', async () => {
    const { page, problems, close } = await openPage(LESSON, { viewport: { width: 1280, height: 800 } });
    await page.waitForLoadState('networkidle');
    const ready = (): Promise<number> => page.locator('figure.widget[data-ready]').count();
    const below = await page.locator('#float-trap').evaluate((element) => element.getBoundingClientRect().top > window.innerHeight + 400);
    expect(below).toBe(true);
    expect(await page.locator('#float-trap[data-ready]').count()).toBe(0);
    await page.locator('#float-trap').scrollIntoViewIfNeeded();
    await page.locator('#float-trap[data-ready]').waitFor();
    expect(await ready()).toBeGreaterThanOrEqual(1);
    expectNoProblems(problems);
    await close();
  });
});
