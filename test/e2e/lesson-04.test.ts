// Lesson 4 in a real browser: it loads clean and passes axe with every widget live, reads without JavaScript, the
// code cells print what the prose says, the exercises check answers, each widget works by keyboard and survives
// bad input, and each of the lab's presets, trained to its epochs, gives the outcome it promises.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { checkAxe, expectNoProblems, openPage, useSite, type OpenedPage, type OpenPageOptions } from './harness.ts';
import { unlockCell } from './unlock.ts';
import { WAIT, expectNoBadText, live, role, textOf } from './widget-helpers.ts';
import { sigmoidDerivative } from '../../src/lib/math/activations.ts';
import { formatScientific } from '../../src/widgets/chain-of-slopes/log-chart.ts';

useSite();
const LESSON = '/lessons/vanishing-gradients/';
const WIDGETS = ['chain-of-slopes', 'deep-network-lab', 'saturation'] as const;
/** A full 1,000-epoch run of the deep presets on a busy machine; this is no speed test (see test/bench). */
const RUN = { timeout: 150_000, interval: 250 } as const;

/** Opens the lesson, runs the test body and always closes the page, so a failure leaves no lab training behind. */
async function withLesson(options: OpenPageOptions, body: (opened: OpenedPage) => Promise<void>): Promise<void> {
  const opened = await openPage(LESSON, options);
  try {
    await body(opened);
  } finally {
    await opened.close();
  }
}

/** Presses a control by keyboard: focus, then Enter (buttons) or the given key. */
async function press(page: Page, control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await page.keyboard.press(key);
}

/** Types into a text field and presses Enter, as a reader would. */
async function typeInto(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
}

describe('lesson 4 page', () => {
  it('loads clean, and axe passes in light and dark with every widget live and the lab trained a step', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await withLesson({ colorScheme }, async ({ page, problems }) => {
        for (const id of WIDGETS) await live(page, id);
        const lab = page.locator('#deep-network-lab');
        await role(lab, 'step').click();
        await expect.poll(() => lab.getAttribute('data-epoch'), WAIT).toBe('1');
        expect(await checkAxe(page)).toEqual([]);
        for (const id of WIDGETS) await expectNoBadText(page.locator(`#${id}`));
        expectNoProblems(problems);
      });
    }
  });

  it('reads without JavaScript: math, every widget’s default figures and each preset’s seeded result', async () => {
    await withLesson({ javaScript: false }, async ({ page }) => {
      expect(await page.locator('.katex').count()).toBeGreaterThan(10);
      const chain = page.locator('#chain-of-slopes');
      // 10 sigmoid layers at z = 1: σ′(1)¹⁰.
      expect(await textOf(chain, 'final-sigmoid')).toBe('8.63 × 10⁻⁸');
      expect(Math.abs(sigmoidDerivative(1) ** 10 - 8.63e-8)).toBeLessThan(5e-11);
      expect(await chain.locator('svg.chart path').count()).toBe(4);
      const lab = page.locator('#deep-network-lab');
      expect(await lab.locator('[data-preset-note]').count()).toBe(3);
      expect(await lab.locator('[data-preset-note="deepSigmoid"]').innerText()).toMatch(/Seeded result: accuracy 0\.\d{4} after 1,000 epochs/);
      expect(await textOf(lab, 'epoch')).toBe('1,000');
      expect(await lab.locator('[data-role="norm-chart"] path').count()).toBe(10);
      expect(await lab.locator('[data-role="map-fallback"] circle').count()).toBe(200);
      expect(await lab.locator('[data-role="train"]').isVisible()).toBe(false);
      const saturation = page.locator('#saturation');
      expect(await saturation.locator('svg.histogram').count()).toBe(5);
      expect(await textOf(saturation, 'summary')).toMatch(/% of the activations are saturated/);
      expect(await checkAxe(page)).toEqual([]);
    });
  });

  it('the code cells print what the prose quotes', async () => {
    await withLesson({}, async ({ page, problems }) => {
      const run = async (id: string): Promise<string> => {
        const cell = page.locator(`#${id}`);
        await unlockCell(page, cell);
        await cell.locator('button.run').click();
        await expect.poll(() => cell.locator('.output').getAttribute('data-state'), WAIT).toBe('done');
        return cell.locator('.output').innerText();
      };
      const chain = await run('code-chain-rule');
      expect(chain).toContain('layer 1: dL/dw = -1.6573e-4');
      expect(chain).toContain('chain rule by hand: dL/dw_1 = -1.6573e-4');
      expect(await run('code-bound')).toContain('0.25^10 = 9.537e-7');
      const deep = await run('code-deep-vs-shallow');
      const printed = /output layer \/ hidden layer 1 = (\d\.\d+)e\+(\d+)/.exec(deep);
      expect(printed).not.toBeNull();
      // The prose quotes the build-time run to two digits: the cell's ratio, rounded, must be the quoted one.
      const quoted = formatScientific(Number(`${printed![1]}e${printed![2]}`), 2);
      expect(await page.locator('article').innerText()).toContain(`first hidden layer’s gradient is ${quoted} times smaller`);
      expect(await run('code-exploding')).toContain('after 10 layers 1024');
      expectNoProblems(problems);
    });
  });

  it('has at least six exercises, checked by keyboard', async () => {
    await withLesson({}, async ({ page, problems }) => {
      expect(await page.locator('.exercise').count()).toBeGreaterThanOrEqual(6);
      const bound = page.locator('#ex-bound');
      const input = bound.getByLabel('Your answer');
      await typeInto(input, '0.25^9');
      await expect.poll(() => bound.locator('.feedback').getAttribute('data-state'), { timeout: 10_000 }).toBe('incorrect');
      await typeInto(input, '0.25^10');
      await expect.poll(() => bound.locator('.feedback').getAttribute('data-state'), { timeout: 10_000 }).toBe('correct');

      const match = page.locator('#ex-init-match');
      await match.locator('input[type="radio"]').first().focus();
      await page.keyboard.press('Space');
      await match.locator('button[type="submit"]').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => match.locator('.feedback').getAttribute('data-state'), { timeout: 10_000 }).toBe('correct');
      expectNoProblems(problems);
    });
  });
});

describe('chain of slopes', () => {
  it('depth and z by keyboard change the products; bad input is explained and the figures kept', async () => {
    await withLesson({}, async ({ page, problems }) => {
      const chain = await live(page, 'chain-of-slopes');
      await press(page, role(chain, 'depth'), 'ArrowLeft');
      expect(await textOf(chain, 'depth-value')).toBe('9');
      await typeInto(role(chain, 'z'), '0');
      // 9 layers at z = 0: 0.25⁹ ≈ 3.81 × 10⁻⁶, tanh′(0) = 1, and ReLU′(0) = 0 cuts the gradient.
      expect(await textOf(chain, 'final-sigmoid')).toBe('3.81 × 10⁻⁶');
      expect(await textOf(chain, 'final-tanh')).toBe('1');
      expect(await textOf(chain, 'final-relu')).toContain('passes nothing back');

      await typeInto(role(chain, 'z'), 'abc');
      expect(await role(chain, 'z').getAttribute('aria-invalid')).toBe('true');
      expect(await textOf(chain, 'message')).toContain('“abc” is not a number');
      expect(await textOf(chain, 'final-sigmoid')).toBe('3.81 × 10⁻⁶');

      await typeInto(role(chain, 'z'), '1');
      await typeInto(role(chain, 'list'), '0, 0, 50');
      expect(await textOf(chain, 'message')).toContain('Value 3 must lie between');
      await typeInto(role(chain, 'list'), '0, 5');
      expect(await textOf(chain, 'message')).toBe('');
      // z = 0, 5, then seven layers at z = 1.
      const expected = sigmoidDerivative(0) * sigmoidDerivative(5) * sigmoidDerivative(1) ** 7;
      expect(await textOf(chain, 'final-sigmoid')).toBe(formatScientific(expected));

      await press(page, role(chain, 'w-slider'), 'End');
      expect(await textOf(chain, 'bound')).toBe('7.45');
      await expectNoBadText(chain);
      expectNoProblems(problems);
    });
  });
});

describe('deep-network lab', () => {
  const presets = [
    // The promises: 9 sigmoid layers stay near chance, 1 sigmoid layer and 9 ReLU layers learn XOR.
    { name: 'deepSigmoid', check: (accuracy: number) => expect(accuracy).toBeLessThanOrEqual(0.6) },
    { name: 'shallowSigmoid', check: (accuracy: number) => expect(accuracy).toBeGreaterThanOrEqual(0.95) },
    { name: 'deepRelu', check: (accuracy: number) => expect(accuracy).toBeGreaterThanOrEqual(0.95) },
  ] as const;

  for (const { name, check } of presets) {
    it(`preset ${name}, trained to its epochs by keyboard, gives the outcome its note promises`, { timeout: 200_000 }, async () => {
      await withLesson({}, async ({ page, problems }) => {
        const lab = await live(page, 'deep-network-lab');
        const button = lab.locator(`button[data-preset="${name}"]`);
        await press(page, button);
        // The page redraws on the next animation frame.
        await expect.poll(() => button.getAttribute('aria-pressed'), WAIT).toBe('true');
        const note = lab.locator(`[data-preset-note="${name}"]`);
        await expect.poll(() => note.isVisible(), WAIT).toBe(true);
        expect(await lab.locator('[data-preset-note]:visible').count()).toBe(1);
        await expect.poll(() => lab.getAttribute('data-epoch'), WAIT).toBe('0');
        await press(page, role(lab, 'train'));
        await expect.poll(() => lab.getAttribute('data-state'), RUN).toBe('done');
        expect(await lab.getAttribute('data-epoch')).toBe(await note.getAttribute('data-epochs'));
        // The worker trained on the engine's WebAssembly kernels, which its policy ('wasm-unsafe-eval') allows.
        expect(await lab.getAttribute('data-engine')).toBe('webassembly');
        const accuracy = Number(await lab.getAttribute('data-accuracy'));
        check(accuracy);
        // The seeded run in the browser matches the one measured at build time.
        expect(Math.abs(accuracy - Number(await note.getAttribute('data-expected-accuracy')))).toBeLessThanOrEqual(0.01);
        expect(await textOf(lab, 'accuracy')).toBe(accuracy.toFixed(4));
        expect(await lab.locator('[data-role="norm-chart"] path.chart-line').count()).toBe(name === 'shallowSigmoid' ? 2 : 10);
        expect(await role(lab, 'map').getAttribute('aria-label')).toContain('1,000 epochs');
        await expectNoBadText(lab);
        expectNoProblems(problems);
      });
    });
  }

  it('step, pause and reset by keyboard; the page stays responsive while it trains', async () => {
    await withLesson({}, async ({ page, problems }) => {
      const lab = await live(page, 'deep-network-lab');
      await press(page, role(lab, 'step'));
      await expect.poll(() => lab.getAttribute('data-epoch'), WAIT).toBe('1');
      await press(page, role(lab, 'train'));
      await expect.poll(() => textOf(lab, 'train'), WAIT).toBe('Pause');
      await expect.poll(async () => Number(await lab.getAttribute('data-epoch')), WAIT).toBeGreaterThan(20);
      // While it trains, the main thread answers at once: Pause takes effect on the page well within 2 s even on
      // a busy machine (the training worker never holds the page's thread).
      await press(page, role(lab, 'train'));
      await expect.poll(() => textOf(lab, 'train'), { timeout: 2000, interval: 20 }).toBe('Train');
      await expect.poll(() => lab.getAttribute('data-state'), WAIT).toBe('paused');
      // A slice already under way may still report; after that the epoch stays put.
      await page.waitForTimeout(300);
      const paused = await lab.getAttribute('data-epoch');
      await page.waitForTimeout(400);
      expect(await lab.getAttribute('data-epoch')).toBe(paused);
      await press(page, role(lab, 'reset'));
      await expect.poll(() => lab.getAttribute('data-epoch'), WAIT).toBe('0');
      expect(await textOf(lab, 'shrinkage')).toBe('—');
      expectNoProblems(problems);
    });
  });

  it('settings by keyboard start a new network; bad values are explained and the last good settings kept', async () => {
    await withLesson({}, async ({ page, problems }) => {
      const lab = await live(page, 'deep-network-lab');
      await press(page, role(lab, 'depth'), 'ArrowLeft');
      expect(await textOf(lab, 'depth-value')).toBe('8');
      await expect.poll(() => lab.locator('button[data-preset="deepSigmoid"]').getAttribute('aria-pressed'), WAIT).toBe('false');
      await expect.poll(() => lab.locator('[data-preset-note]:visible').count(), WAIT).toBe(0);
      await role(lab, 'activation').selectOption('relu');
      await role(lab, 'init').selectOption('he');
      await role(lab, 'dataset').selectOption('circles');
      await press(page, role(lab, 'step'));
      await expect.poll(() => lab.getAttribute('data-epoch'), WAIT).toBe('1');
      expect(await lab.locator('[data-role="norm-chart"] path.chart-line').count()).toBe(9);

      for (const [value, message] of [['abc', '“abc” is not a number'], ['0', 'must be at least'], ['1e9', 'must be at most']] as const) {
        await typeInto(role(lab, 'rate'), value);
        expect(await role(lab, 'rate').getAttribute('aria-invalid')).toBe('true');
        await expect.poll(() => textOf(lab, 'message'), WAIT).toContain(message);
      }
      // The rejected text left the network alone.
      expect(await lab.getAttribute('data-epoch')).toBe('1');
      await typeInto(role(lab, 'seed'), '2.5');
      await expect.poll(() => textOf(lab, 'message'), WAIT).toContain('whole number');
      await typeInto(role(lab, 'rate'), '0.05');
      await typeInto(role(lab, 'seed'), '3');
      await expect.poll(() => textOf(lab, 'message'), WAIT).toBe('');
      await expect.poll(() => lab.getAttribute('data-epoch'), WAIT).toBe('0');

      await press(page, lab.locator('button[data-preset="deepRelu"]'));
      expect(await role(lab, 'depth').inputValue()).toBe('9');
      expect(await role(lab, 'rate').inputValue()).toBe('0.02');
      expect(await role(lab, 'dataset').inputValue()).toBe('xor');
      await expectNoBadText(lab);
      expectNoProblems(problems);
    });
  });

  it('a network whose numbers overflow stops with a message instead of showing NaN', { timeout: 200_000 }, async () => {
    await withLesson({}, async ({ page, problems }) => {
      const lab = await live(page, 'deep-network-lab');
      // The lesson's exploding example: 12 ReLU layers of 16 units with N(0, 1) weights.
      await press(page, lab.locator('button[data-preset="deepRelu"]'));
      await press(page, role(lab, 'depth'), 'End');
      await press(page, role(lab, 'width'), 'End');
      await role(lab, 'init').selectOption('normal');
      await typeInto(role(lab, 'epochs'), '100');
      await press(page, role(lab, 'train'));
      await expect.poll(() => lab.getAttribute('data-state'), RUN).toBe('diverged');
      expect(Number(await lab.getAttribute('data-epoch'))).toBeLessThan(100);
      expect(await textOf(lab, 'status')).toContain('the gradients exploded');
      expect(await role(lab, 'train').isDisabled()).toBe(true);
      await expectNoBadText(lab);
      expectNoProblems(problems);
    });
  });
});

describe('saturation', () => {
  it('switching to Xavier by keyboard takes the sigmoid layers out of the tails; a bad seed is explained', async () => {
    await withLesson({}, async ({ page, problems }) => {
      const saturation = await live(page, 'saturation');
      expect(await textOf(saturation, 'summary')).not.toContain(' 0\u00a0% of the activations');
      await role(saturation, 'init').focus();
      await role(saturation, 'init').selectOption('xavier');
      await expect.poll(() => textOf(saturation, 'summary')).toContain('0\u00a0% of the activations are saturated');
      await press(page, role(saturation, 'depth'), 'End');
      await expect.poll(() => saturation.locator('svg.histogram').count()).toBe(9);
      await typeInto(role(saturation, 'seed'), 'x');
      await expect.poll(() => textOf(saturation, 'message'), WAIT).toContain('“x” is not a number');
      expect(await saturation.locator('svg.histogram').count()).toBe(9);
      await expectNoBadText(saturation);
      expectNoProblems(problems);
    });
  });
});
