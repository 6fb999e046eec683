// Lesson 2 in a real browser: it loads clean and passes axe with every widget live, code cells print what the prose
// quotes, exercises check answers, and each widget works by keyboard, survives bad input and never shows NaN.
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { checkAxe, expectNoProblems, openPage, useSite } from './harness.ts';
import { unlockCell } from './unlock.ts';
import { WAIT, expectNoBadText, live, role, textOf } from './widget-helpers.ts';
import { binaryCrossEntropy } from '../../src/lib/math/losses.ts';
import { logisticLossGradient, predictProbability } from '../../src/lib/math/logistic-regression.ts';

useSite();
const LESSON = '/lessons/logistic-regression/';
const WIDGETS = ['one-feature', 'why-cross-entropy', 'classifier-playground', 'threshold-metrics'] as const;

describe('lesson 2 page', () => {
  it('loads clean, and axe passes in light and dark with every widget live and the playground trained', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, problems, close } = await openPage(LESSON, { colorScheme, reducedMotion: 'reduce' });
      for (const id of WIDGETS) await live(page, id);
      const playground = page.locator('#classifier-playground');
      await role(playground, 'step').click();
      await expect.poll(() => textOf(playground, 'epoch')).toBe('1');
      expect(await checkAxe(page)).toEqual([]);
      expectNoProblems(problems);
      await close();
    }
  });

  it('reads without JavaScript: every widget shows its default figures, and the playground its fitted boundary', async () => {
    const { page, close } = await openPage(LESSON, { javaScript: false });
    expect(await page.locator('#one-feature svg.chart path').count()).toBeGreaterThan(2);
    expect(await textOf(page.locator('#one-feature'), 'loss')).toMatch(/^\d\.\d{4}$/);
    expect(await textOf(page.locator('#threshold-metrics'), 'tp')).toMatch(/^\d+$/);
    expect(await page.locator('#why-cross-entropy svg.chart').count()).toBe(2);
    const fallback = page.locator('#classifier-playground svg.fallback');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.locator('circle').count()).toBe(100);
    expect(await fallback.locator('path').getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+L/);
    expect(await page.locator('#classifier-playground canvas').isVisible()).toBe(false);
    expect(await page.locator('main .katex').count()).toBeGreaterThan(20);
    await close();
  });
});

describe('lesson 2 code cells', () => {
  it('every cell runs, and prints the numbers the prose quotes', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const cells = page.locator('.cell-code');
    const count = await cells.count();
    expect(count).toBeGreaterThanOrEqual(9);
    for (let i = 0; i < count; i++) {
      const cell = cells.nth(i);
      await unlockCell(page, cell);
      await cell.locator('button.run').click();
      await expect.poll(() => cell.locator('.output').getAttribute('data-state'), { timeout: 20_000 }).toBe('done');
    }
    const output = async (id: string): Promise<string> => page.locator(`#${id} .output`).innerText();
    // Quoted in "Why not fit a straight line?" and "How does gradient descent find the weights?".
    expect(await output('code-straight-line')).toContain('0 h → -0.31');
    expect(await output('code-straight-line')).toContain('8 h → 1.50');
    expect(await output('code-learning-rates')).toMatch(/η = 3 .* 6\.4\d\d /);
    expect(await output('code-fit')).toContain('p = 0.5 at 3.41 hours');
    expect(await output('code-odds')).toContain('e^w = 2.0138');
    expect(await output('code-xor')).toMatch(/x1, x2, x1·x2 accuracy 9\d %/);
    expect(await page.locator('.cell-code .output').allInnerTexts()).not.toContain('');
    expectNoProblems(problems);
    await close();
  });
});

describe('lesson 2 exercises', () => {
  it('numeric exercises accept the right answers (and expressions) and reject wrong or bad ones', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const answers: [string, string][] = [
      ['ex-probability', predictProbability([0.6, 0.9], -4, [5, 2]).toFixed(3)],
      ['ex-odds', 'exp(0.4)'],
      ['ex-loss', binaryCrossEntropy(0.8, 0).toFixed(3)],
      ['ex-gradient', (logisticLossGradient([0.5, 0.5], 0, [[2, -1]], [1]).weights[0] ?? 0).toFixed(3)],
      ['ex-boundary', '4'],
      ['ex-precision', '0.75'],
      ['ex-recall', '0.6'],
    ];
    for (const [id, answer] of answers) {
      const exercise = page.locator(`#${id}`);
      const input = exercise.getByLabel('Your answer');
      const feedback = exercise.locator('.feedback');
      await input.fill('abc');
      await input.press('Enter');
      await expect.poll(() => feedback.getAttribute('data-state'), { timeout: 10_000 }).toBe('invalid');
      await input.fill('123');
      await input.press('Enter');
      await expect.poll(() => feedback.getAttribute('data-state'), { timeout: 10_000 }).toBe('incorrect');
      await input.fill(answer);
      await input.press('Enter');
      await expect.poll(() => feedback.getAttribute('data-state'), { message: `${id} with ${answer}` }).toBe('correct');
    }
    expectNoProblems(problems);
    await close();
  });

  it('choice exercises are answered by keyboard and only the right option is marked correct', async () => {
    const { page, problems, close } = await openPage(LESSON);
    for (const [id, right] of [['ex-learning-rate', 1], ['ex-imbalance', 1], ['ex-l2', 1], ['ex-xor', 2]] as const) {
      const exercise = page.locator(`#${id}`);
      const radios = exercise.locator('input[type="radio"]');
      await radios.first().focus();
      await page.keyboard.press('Space');
      await exercise.locator('button[type="submit"]').press('Enter');
      await expect.poll(() => exercise.locator('.feedback').getAttribute('data-state'), { timeout: 10_000 }).toBe('incorrect');
      await radios.first().focus();
      for (let k = 0; k < right; k++) await page.keyboard.press('ArrowDown');
      await exercise.locator('button[type="submit"]').press('Enter');
      await expect.poll(() => exercise.locator('.feedback').getAttribute('data-state'), { message: id }).toBe('correct');
    }
    expectNoProblems(problems);
    await close();
  });
});

describe('one feature widget', () => {
  it('moves w by keyboard, explains bad input and keeps its state, and Fit reaches the best loss', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const root = await live(page, 'one-feature');
    const before = await textOf(root, 'loss');
    await role(root, 'w-slider').focus();
    for (let k = 0; k < 20; k++) await page.keyboard.press('ArrowRight');
    expect(await role(root, 'w').inputValue()).toBe('1.20');
    expect(await textOf(root, 'loss')).not.toBe(before);

    await role(root, 'b').fill('banana');
    await role(root, 'b').press('Enter');
    expect(await role(root, 'b').getAttribute('aria-invalid')).toBe('true');
    expect(await textOf(root, 'message')).toContain('“banana” is not a number');
    expect(await textOf(root, 'message')).toContain('Still showing w = 1.20, b = -2.00');
    await role(root, 'b').fill('1e999');
    await role(root, 'b').press('Enter');
    expect(await textOf(root, 'message')).toContain('too large for a double');
    await role(root, 'b').fill('-25');
    await role(root, 'b').press('Enter');
    expect(await textOf(root, 'message')).toContain('b must be at least -20');
    await role(root, 'w').fill('0');
    await role(root, 'w').press('Enter');
    expect(await textOf(root, 'boundary')).toBe('nowhere (w = 0)');

    await role(root, 'fit').focus();
    await page.keyboard.press('Enter');
    expect(await textOf(root, 'loss')).toBe(await textOf(root, 'best'));
    expect(await textOf(root, 'gap')).toContain('best fit');
    expect(await textOf(root, 'message')).toBe('');
    await expectNoBadText(root);
    expectNoProblems(problems);
    await close();
  });
});

describe('why cross-entropy widget', () => {
  it('follows w, x and y, and rejects bad x', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const root = await live(page, 'why-cross-entropy');
    expect(await textOf(root, 'verdict')).toContain('confidently wrong');
    await role(root, 'w-slider').focus();
    await page.keyboard.press('End');
    expect(await role(root, 'w').inputValue()).toBe('8');
    expect(await textOf(root, 'verdict')).toContain('the model is right');

    await role(root, 'x').fill('4');
    await role(root, 'x').press('Enter');
    expect(await textOf(root, 'message')).toContain('x must be at most 3');
    await role(root, 'x').fill('--1');
    await role(root, 'x').press('Enter');
    expect(await textOf(root, 'message')).toContain('not a number');
    await role(root, 'x').fill('0');
    await role(root, 'x').press('Enter');
    expect(await textOf(root, 'verdict')).toContain('x = 0');
    expect(await textOf(root, 'message')).toBe('');

    await role(root, 'x').fill('2');
    await role(root, 'x').press('Enter');
    await root.locator('[data-role="y"][value="0"]').focus();
    await page.keyboard.press('Space');
    expect(await textOf(root, 'verdict')).toContain('confidently wrong');
    await expectNoBadText(root);
    expectNoProblems(problems);
    await close();
  });
});

describe('threshold and metrics widget', () => {
  it('moves the matrix with the threshold, shows imbalance, and rejects bad thresholds', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const root = await live(page, 'threshold-metrics');
    const total = async (): Promise<number> =>
      (await Promise.all(['tp', 'fp', 'tn', 'fn'].map((key) => textOf(root, key)))).reduce((sum, value) => sum + Number(value), 0);
    expect(await total()).toBe(200);
    const recallAtHalf = Number(await textOf(root, 'recall'));
    await role(root, 'slider').focus();
    for (let k = 0; k < 20; k++) await page.keyboard.press('ArrowLeft');
    expect(await role(root, 'field').inputValue()).toBe('0.3');
    expect(Number(await textOf(root, 'recall'))).toBeGreaterThanOrEqual(recallAtHalf);
    await page.keyboard.press('End');
    expect(await textOf(root, 'precision')).toContain('no positive calls');
    expect(await textOf(root, 'tp')).toBe('0');

    await role(root, 'field').fill('1.5');
    await role(root, 'field').press('Enter');
    expect(await textOf(root, 'message')).toContain('t must be at most 1');
    await role(root, 'field').fill('0.5');
    await role(root, 'field').press('Enter');
    expect(await textOf(root, 'message')).toBe('');

    await root.locator('[data-role="patients"][value="balanced"]').focus();
    await page.keyboard.press('ArrowDown');
    expect(await textOf(root, 'baseline')).toContain('90 %');
    expect(await total()).toBe(200);
    await expectNoBadText(root);
    expectNoProblems(problems);
    await close();
  });
});

describe('classifier playground', () => {
  const epoch = async (root: Locator): Promise<number> => Number(await textOf(root, 'epoch'));
  const mapLabel = async (root: Locator): Promise<string> => (await role(root, 'map').getAttribute('aria-label')) ?? '';

  it('trains from the keyboard without blocking, pauses, steps and resets', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const root = await live(page, 'classifier-playground');
    expect(await textOf(root, 'loss')).toBe('0.6931');
    await role(root, 'train').focus();
    await page.keyboard.press('Enter');
    expect(await textOf(root, 'train')).toBe('Pause');
    await expect.poll(() => epoch(root), WAIT).toBeGreaterThan(100);
    expect(Number(await textOf(root, 'loss'))).toBeLessThan(0.2);
    // Controls answer while it trains: a new learning rate restarts training from zero weights, still running.
    await role(root, 'rate').selectOption('0.3');
    expect(await textOf(root, 'status')).toContain('starts again from zero weights');
    expect(await textOf(root, 'train')).toBe('Pause');
    await expect.poll(() => epoch(root), WAIT).toBeGreaterThan(100);
    await role(root, 'train').focus();
    await page.keyboard.press('Enter');
    expect(await textOf(root, 'train')).toBe('Train');
    const paused = await epoch(root);
    await page.waitForTimeout(300);
    expect(await epoch(root)).toBe(paused);
    expect(Number.parseFloat(await textOf(root, 'accuracy'))).toBeGreaterThan(95);
    expect(await mapLabel(root)).toContain('The decision boundary is the line');

    await role(root, 'step').press('Enter');
    expect(await epoch(root)).toBe(paused + 1);
    await role(root, 'reset').press('Enter');
    expect(await epoch(root)).toBe(0);
    expect(await textOf(root, 'loss')).toBe('0.6931');
    expect(Number(await role(root, 'map').getAttribute('data-frames'))).toBeGreaterThan(50);
    await expectNoBadText(root);
    expectNoProblems(problems);
    await close();
  });

  it('adds and removes points with keys and clicks', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const root = await live(page, 'classifier-playground');
    const map = role(root, 'map');
    expect(await mapLabel(root)).toContain('with 200 points: 100 of class 1');
    await map.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowUp');
    expect(await textOf(root, 'status')).toBe('Cross-hair at (0.25, 1.25).');
    await page.keyboard.press('Enter');
    expect(await textOf(root, 'status')).toBe('Added a point of class 1 (blue circles) at (0.25, 1.25).');
    await page.keyboard.press('0');
    expect(await mapLabel(root)).toContain('with 202 points: 101 of class 1 (blue circles) and 101 of class 0');
    await page.keyboard.press('Delete');
    expect(await textOf(root, 'status')).toContain('Removed the point of');
    expect(await mapLabel(root)).toContain('with 201 points');

    // A click on empty ground adds a point; a click on that point removes it again.
    const box = await map.boundingBox();
    if (box === null) throw new Error('the map has no box');
    await map.click({ position: { x: box.width * 0.95, y: box.height * 0.05 } });
    expect(await textOf(root, 'status')).toContain('Added a point of class 1');
    expect(await mapLabel(root)).toContain('with 202 points');
    await map.click({ position: { x: box.width * 0.95, y: box.height * 0.05 } });
    expect(await textOf(root, 'status')).toContain('Removed');
    await map.click({ position: { x: box.width * 0.95, y: box.height * 0.05 }, modifiers: ['Shift'] });
    expect(await textOf(root, 'status')).toContain('Added a point of class 0');
    await expectNoBadText(root);
    expectNoProblems(problems);
    await close();
  });

  it('rejects a bad seed with a message, and XOR needs the product feature', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const root = await live(page, 'classifier-playground');
    const seed = role(root, 'seed');
    const before = await mapLabel(root);
    for (const [typed, message] of [['1.5', 'whole number'], ['seven', 'not a number'], ['-3', 'at least 0']] as const) {
      await seed.fill(typed);
      await seed.press('Enter');
      expect(await textOf(root, 'message')).toContain(message);
      expect(await seed.getAttribute('aria-invalid')).toBe('true');
    }
    expect(await mapLabel(root)).toBe(before);
    await seed.fill('7');
    await seed.press('Enter');
    expect(await textOf(root, 'message')).toBe('');

    await role(root, 'preset').selectOption('xor');
    await role(root, 'rate').selectOption('1');
    await role(root, 'train').click();
    await expect.poll(() => epoch(root), WAIT).toBeGreaterThan(300);
    await role(root, 'train').click();
    expect(Number.parseFloat(await textOf(root, 'accuracy'))).toBeLessThan(75);

    await role(root, 'feature').focus();
    await role(root, 'feature').selectOption('product');
    await role(root, 'train').click();
    await expect.poll(() => epoch(root), WAIT).toBeGreaterThan(300);
    await role(root, 'train').click();
    expect(Number.parseFloat(await textOf(root, 'accuracy'))).toBeGreaterThan(90);
    expect(await mapLabel(root)).toContain('The decision boundary is the curve');
    await expectNoBadText(root);
    expectNoProblems(problems);
    await close();
  });

  it('stays sane at the largest learning rate, with 1,000 points and the noise at both ends', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const root = await live(page, 'classifier-playground');
    await role(root, 'rate').selectOption('10');
    await role(root, 'size').focus();
    await page.keyboard.press('End');
    expect(await textOf(root, 'size-value')).toBe('1000');
    expect(await mapLabel(root)).toContain('with 1000 points');
    await role(root, 'train').click();
    await expect.poll(() => epoch(root), WAIT).toBeGreaterThan(60);
    await role(root, 'train').click();
    await expectNoBadText(root);

    for (const key of ['End', 'Home'] as const) {
      await role(root, 'noise').focus();
      await page.keyboard.press(key);
      await role(root, 'step').click();
      expect(await epoch(root)).toBe(1);
      await expectNoBadText(root);
    }
    expect(await textOf(root, 'noise-value')).toBe('0');
    expectNoProblems(problems);
    await close();
  });
});
