// Lesson 3 in a real browser: the page loads clean and passes axe in light and dark at phone and desktop widths,
// reads without JavaScript, runs its code cells, each of the four widgets works by keyboard alone and survives
// bad input with a visible message, and the exercises check answers.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkAxe, expectNoProblems, openPage, useSite } from './harness.ts';
import { unlockCell } from './unlock.ts';
import { openWidget, pasteAndEnter, tabTo } from './widget-helpers.ts';
import { getActivation } from '../../src/lib/math/activation-registry.ts';
import { sigmoid, softmax } from '../../src/lib/math/index.ts';
import { formatFixed } from '../../src/lib/format.ts';

useSite();
const LESSON = '/lessons/activation-functions/';
const WIDGETS = ['function-gallery', 'softmax-vs-sigmoid', 'linear-collapse', 'forget-gate'] as const;

const textOf = (page: Page, selector: string): Promise<string> => page.locator(selector).innerText();

describe('lesson 3 page', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      it(`loads clean and passes axe, ${colorScheme} at ${viewport.width} px, with every widget mounted`, async () => {
        const { page, problems, close } = await openPage(LESSON, { colorScheme, viewport });
        for (const id of WIDGETS) {
          await page.locator(`#${id}`).scrollIntoViewIfNeeded();
          await page.locator(`#${id}[data-ready]`).waitFor();
        }
        // No widget says NaN, Infinity or undefined once every widget has drawn itself. (The prose and the code
        // exercises name them on purpose: a naive softmax overflows to NaN.)
        expect((await page.locator('article .widget').allInnerTexts()).join('\n')).not.toMatch(/\bNaN\b|Infinity|undefined/);
        expect(await checkAxe(page)).toEqual([]);
        expectNoProblems(problems);
        await close();
      });
    }
  }

  it('reads without JavaScript: prose, math, the comparison table and every widget’s static figure', async () => {
    const { page, close } = await openPage(LESSON, { javaScript: false });
    expect(await page.locator('article h2').count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator('article .katex').count()).toBeGreaterThan(40);
    expect(await page.locator('#activation-table thead th').allInnerTexts()).toEqual(['sigmoid', 'tanh', 'ReLU', 'leaky ReLU', 'SiLU', 'ELU', 'GELU']);
    const slopes = (await page.locator('#activation-table tr[data-property="largest-slope"] td').allInnerTexts()).map((cell) => cell.replace(/\u00a0/g, ' '));
    expect(slopes[0]).toBe('0.25 at x = 0');
    expect(slopes[4]).toBe('≈ 1.10 at x ≈ 2.40');
    for (const id of WIDGETS) expect(await page.locator(`#${id} svg, #${id} table`).count()).toBeGreaterThan(0);
    expect(await textOf(page, '#softmax-vs-sigmoid [data-role="softmax-sum"]')).toBe('1.0000');
    expect(await checkAxe(page)).toEqual([]);
    await close();
  });

  it('runs every code cell without an error', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const cells = page.locator('.cell-code');
    const count = await cells.count();
    expect(count).toBe(6);
    for (let i = 0; i < count; i++) {
      const cell = cells.nth(i);
      await unlockCell(page, cell);
      await cell.locator('button.run').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => cell.locator('.output').getAttribute('data-state'), { timeout: 10_000 }).toBe('done');
    }
    expect(await textOf(page, '#code-softmax .output')).toContain('tensor([0.6590, 0.2424, 0.0986])');
    expect(await textOf(page, '#code-collapse .output')).toContain('y = 2x + 1.5');
    expectNoProblems(problems);
    await close();
  });
});

describe('function gallery', () => {
  const root = '#function-gallery';
  const cellOf = (page: Page, id: string, column: number): Promise<string> =>
    textOf(page, `${root} [data-role="readout"] tr[data-activation="${id}"] td:nth-of-type(${column})`);

  it('moves the cursor with the arrow keys and reads each function from the registry', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'function-gallery');
    const chart = `${root} [data-role="chart"]`;
    await tabTo(page, chart);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    const tanh = getActivation('tanh');
    expect(await cellOf(page, 'tanh', 1)).toBe(formatFixed(tanh.value(1.15), 4));
    expect(await cellOf(page, 'tanh', 2)).toBe(formatFixed(tanh.derivative(1.15), 4));
    expect(await page.locator(chart).getAttribute('aria-label')).toContain('At the cursor, x = 1.15');
    await page.keyboard.press('Home');
    expect(await cellOf(page, 'sigmoid', 3)).toBe('yes');
    expect(await cellOf(page, 'relu', 2)).toBe('0.0000');
    expectNoProblems(problems);
    await close();
  });

  it('plots a function and a slope chosen by keyboard, and shades the chosen function', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'function-gallery');
    await tabTo(page, `${root} input[data-role="curve"][data-id="leaky-relu"]`);
    await page.keyboard.press('Space');
    expect(await page.locator(`${root} [data-role="readout"] tr`).count()).toBe(5);
    expect(await cellOf(page, 'leaky-relu', 2)).toBe('1.0000');
    await tabTo(page, `${root} input[data-role="slope"][data-id="gelu"]`);
    await page.keyboard.press('Space');
    expect(await textOf(page, `${root} [data-role="legend"]`)).toContain('GELU slope');
    await tabTo(page, `${root} [data-role="shade"]`);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator(`${root} [data-role="shade"]`).inputValue()).toBe('tanh');
    expect(await textOf(page, `${root} [data-role="shade-text"]`)).toContain('|tanh′| < 0.01');
    expect(await page.locator(`${root} .chart-band`).count()).toBe(2);
    expectNoProblems(problems);
    await close();
  });

  it('rejects a bad cursor or range with a visible message and keeps what it shows', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'function-gallery');
    const message = page.locator(`${root} [data-role="message"]`);
    await tabTo(page, `${root} [data-role="min"]`);
    await pasteAndEnter(page, '7');
    await expect.poll(() => message.innerText()).toContain('The start of the range must be less than its end.');
    await pasteAndEnter(page, '-2000');
    await expect.poll(() => message.innerText()).toContain('at least -1000');
    await pasteAndEnter(page, '-2');
    expect(await message.isVisible()).toBe(false);
    await tabTo(page, `${root} [data-role="cursor"]`);
    for (const [bad, says] of [
      ['abc', '“abc” is not a number'],
      ['1e400', 'too large for a double'],
      ['50', 'The cursor must lie in the plotted range, -2 to 6'],
      ['', 'Type a number for the cursor x'],
    ] as const) {
      await pasteAndEnter(page, bad);
      await expect.poll(() => message.innerText()).toContain(says);
      expect(await cellOf(page, 'sigmoid', 1)).toBe(formatFixed(sigmoid(1), 4));
    }
    await pasteAndEnter(page, '-1.5');
    expect(await message.isVisible()).toBe(false);
    expect(await cellOf(page, 'sigmoid', 1)).toBe(formatFixed(sigmoid(-1.5), 4));
    expectNoProblems(problems);
    await close();
  });
});

describe('softmax or sigmoid', () => {
  const root = '#softmax-vs-sigmoid';
  const column = (page: Page, role: 'result-softmax' | 'result-sigmoid'): Promise<string[]> =>
    page.locator(`${root} tr[data-role="result-row"]:not([hidden]) [data-role="${role}"]`).allInnerTexts();
  const fixed = (values: readonly number[]): string[] => values.map((value) => formatFixed(value, 4));

  it('moves a logit by slider and by typing, and softmax still sums to 1', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'softmax-vs-sigmoid');
    await tabTo(page, `${root} [data-role="slider"]`);
    await page.keyboard.press('ArrowRight');
    expect(await column(page, 'result-softmax')).toEqual(fixed(softmax([2.1, 1, 0.1])));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('softmax-vs-sigmoid-field-1');
    await pasteAndEnter(page, '3');
    expect(await column(page, 'result-softmax')).toEqual(fixed(softmax([2.1, 3, 0.1])));
    expect(await textOf(page, `${root} [data-role="softmax-says"]`)).toContain('most likely dog');
    expect(await textOf(page, `${root} [data-role="softmax-sum"]`)).toBe('1.0000');
    expectNoProblems(problems);
    await close();
  });

  it('adds c to every logit: softmax stays, sigmoids rise, and a step past the limit is refused', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'softmax-vs-sigmoid');
    const before = await column(page, 'result-softmax');
    await tabTo(page, `${root} [data-role="add-shift"]`);
    await page.keyboard.press('Enter');
    expect(await column(page, 'result-softmax')).toEqual(before);
    expect(await column(page, 'result-sigmoid')).toEqual(fixed([7, 6, 5.1].map(sigmoid)));
    await page.keyboard.press('Enter');
    const message = page.locator(`${root} [data-role="message"]`);
    await expect.poll(() => message.innerText()).toContain('Adding c would take the logit for cat beyond ±10');
    expect(await column(page, 'result-sigmoid')).toEqual(fixed([7, 6, 5.1].map(sigmoid)));
    expectNoProblems(problems);
    await close();
  });

  it('switches presets, changes the temperature and the number of classes by keyboard', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'softmax-vs-sigmoid');
    await tabTo(page, `${root} [data-preset="multi-label"]`);
    await page.keyboard.press('Enter');
    expect(await page.locator(`${root} [data-preset="multi-label"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await textOf(page, `${root} [data-role="sigmoids-say"]`)).toContain('3 labels reach 0.5 (person, bicycle, helmet)');
    await tabTo(page, `${root} [data-role="add-class"]`);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    expect(await column(page, 'result-softmax')).toHaveLength(6);
    expect(await page.locator(`${root} [data-role="add-class"]`).isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-role'))).toBe('remove-class');
    await tabTo(page, `${root} [data-role="t"]`);
    await pasteAndEnter(page, '0.5');
    const logits = [3, 2, 1.5, 0, 0, 0];
    expect(await column(page, 'result-softmax')).toEqual(fixed(softmax(logits, 0.5)));
    expect(await column(page, 'result-sigmoid')).toEqual(fixed(logits.map(sigmoid)));
    expectNoProblems(problems);
    await close();
  });

  it('rejects bad logits and temperatures with a visible message and keeps the last good values', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'softmax-vs-sigmoid');
    const message = page.locator(`${root} [data-role="message"]`);
    const good = await column(page, 'result-softmax');
    await tabTo(page, `${root} #softmax-vs-sigmoid-field-0`);
    for (const [bad, says] of [
      ['abc', '“abc” is not a number'],
      ['1e309', 'too large for a double'],
      ['11', 'The logit for cat must be at most 10'],
      ['', 'Type a number for the logit for cat'],
    ] as const) {
      await pasteAndEnter(page, bad);
      await expect.poll(() => message.innerText()).toContain(says);
      expect(await column(page, 'result-softmax')).toEqual(good);
    }
    await tabTo(page, `${root} [data-role="t"]`);
    await pasteAndEnter(page, '0');
    await expect.poll(() => message.innerText()).toContain('The temperature T must be at least 0.1');
    expect(await column(page, 'result-softmax')).toEqual(good);
    expectNoProblems(problems);
    await close();
  });
});

describe('linear collapse', () => {
  const root = '#linear-collapse';

  it('shows one straight line without an activation and bends with ReLU, chosen by keyboard', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'linear-collapse');
    expect(await textOf(page, `${root} [data-role="shape"]`)).toBe('With ReLU, the line bends at x = 0.00 and 1.00.');
    await tabTo(page, `${root} [data-role="activation"]`);
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator(`${root} [data-role="activation"]`).inputValue()).toBe('none');
    expect(await textOf(page, `${root} [data-role="shape"]`)).toContain('exactly this one line');
    expect(await page.locator(`${root} .chart-marker`).count()).toBe(0);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, `${root} [data-param="b1"][data-role="slider"]`);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    expect(await textOf(page, `${root} [data-role="shape"]`)).toBe('With ReLU, the line bends at x = 0.50 and 1.00.');
    expect(await textOf(page, `${root} [data-role="formula"]`)).toContain('ReLU(1.00x − 0.50)');
    expect(await page.locator(`${root} .chart-marker`).count()).toBe(2);
    expectNoProblems(problems);
    await close();
  });

  it('rejects a bad weight with a visible message and keeps the last good one', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'linear-collapse');
    const message = page.locator(`${root} [data-role="message"]`);
    await tabTo(page, `${root} [data-param="v2"][data-role="field"]`);
    for (const [bad, says] of [
      ['abc', '“abc” is not a number'],
      ['9', 'v₂ must be at most 3'],
      ['Infinity', 'too large for a double'],
    ] as const) {
      await pasteAndEnter(page, bad);
      await expect.poll(() => message.innerText()).toContain(says);
      expect(await textOf(page, `${root} [data-role="collapsed"]`)).toContain('y = −1.00x + 2.00');
    }
    await pasteAndEnter(page, '-1');
    expect(await message.isVisible()).toBe(false);
    expect(await textOf(page, `${root} [data-role="collapsed"]`)).toContain('y = 0.00x + 1.00');
    expectNoProblems(problems);
    await close();
  });
});

describe('forget gate', () => {
  const root = '#forget-gate';

  it('changes g by keyboard and the memory follows σ(g) step by step', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'forget-gate');
    await tabTo(page, `${root} [data-role="g-slider"]`);
    await page.keyboard.press('ArrowRight');
    expect(await textOf(page, `${root} [data-role="keep"]`)).toBe(formatFixed(sigmoid(2.1), 4));
    expect(await textOf(page, `${root} [data-role="last"]`)).toBe(formatFixed(sigmoid(2.1) ** 20, 4));
    await tabTo(page, `${root} [data-role="steps"]`);
    await pasteAndEnter(page, '10');
    expect(await textOf(page, `${root} [data-role="last"]`)).toBe(formatFixed(sigmoid(2.1) ** 10, 4));
    expect(await page.locator(`${root} [data-role="chart"]`).getAttribute('aria-label')).toContain('over 10 steps');
    expectNoProblems(problems);
    await close();
  });

  it('rejects fractional steps and bad numbers with a visible message', async () => {
    const { page, problems, close } = await openWidget(LESSON, 'forget-gate');
    const message = page.locator(`${root} [data-role="message"]`);
    const last = formatFixed(sigmoid(2) ** 20, 4);
    await tabTo(page, `${root} [data-role="steps"]`);
    for (const [bad, says] of [
      ['2.5', '“2.5” is not a whole number of steps'],
      ['0', 'at least 1'],
      ['x', '“x” is not a number'],
    ] as const) {
      await pasteAndEnter(page, bad);
      await expect.poll(() => message.innerText()).toContain(says);
      expect(await textOf(page, `${root} [data-role="last"]`)).toBe(last);
    }
    await tabTo(page, `${root} [data-role="start"]`);
    await pasteAndEnter(page, '1e999');
    await expect.poll(() => message.innerText()).toContain('too large for a double');
    expectNoProblems(problems);
    await close();
  });
});

describe('lesson 3 exercises', () => {
  it('check numeric answers, including expressions, by keyboard', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const cases: [string, string][] = [
      ['ex-collapse', '-6'],
      ['ex-tanh', '2/(1+exp(-2))-1'],
      ['ex-tanh-slope', '1'],
      ['ex-softmax', 'exp(1)/(exp(1)+1+exp(-1))'],
      ['ex-temperature', formatFixed(softmax([2, 0], 0.5)[0] ?? 0, 4)],
      ['ex-gate', formatFixed(sigmoid(2) ** 10, 4)],
    ];
    for (const [id, answer] of cases) {
      const exercise = page.locator(`#${id}`);
      const input = exercise.getByLabel('Your answer');
      await input.fill('0.123');
      await input.press('Enter');
      await expect.poll(() => exercise.locator('.feedback').getAttribute('data-state'), { timeout: 10_000 }).toBe('incorrect');
      await input.fill(answer);
      await input.press('Enter');
      await expect.poll(() => exercise.locator('.feedback').getAttribute('data-state'), { timeout: 10_000 }).toBe('correct');
    }
    expectNoProblems(problems);
    await close();
  });

  it('check multiple-choice answers chosen by keyboard, showing the chosen option’s explanation', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const correct: Record<string, number> = { 'ex-steepest': 3, 'ex-shift': 0, 'ex-output': 1, 'ex-regression': 2, 'ex-not-activation': 2 };
    for (const [id, index] of Object.entries(correct)) {
      const exercise = page.locator(`#${id}`);
      await exercise.locator('input[type="radio"]').first().focus();
      await page.keyboard.press('Space');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => exercise.locator('.feedback').getAttribute('data-state'), { timeout: 10_000 }).toBe('correct');
      expect(await exercise.locator('.option').nth(index).locator('.why').isVisible()).toBe(true);
    }
    expect(await page.locator('.exercise').count()).toBeGreaterThanOrEqual(10);
    expectNoProblems(problems);
    await close();
  });
});
