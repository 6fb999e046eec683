// Share links for every widget: set a state by hand, press Copy link, open the link in a fresh page, and find the
// same control values, readouts, text alternatives and tables. A link with malformed values keeps the defaults,
// names what it ignored, and throws nothing.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoProblems, openPage, siteUrl, useSite } from './harness.ts';

useSite();

/** One reader action: set a named control (`data-share` key) to a value, or click something in the widget. */
type Step = { key: string; value: string } | { click: string };

interface Case {
  page: string;
  id: string;
  steps: Step[];
}

const CASES: Case[] = [
  { page: '/lessons/sigmoid/', id: 'sigmoid-explorer', steps: [{ key: 'min', value: '-4' }, { key: 'max', value: '8' }, { key: 'x', value: '6.5' }, { key: 'derivative', value: '1' }] },
  { page: '/lessons/sigmoid/', id: 'squash-vector', steps: [{ key: 'values', value: '3, -2, 0.5, 40' }, { key: 'full', value: '1' }] },
  { page: '/lessons/sigmoid/', id: 'probability-threshold', steps: [{ key: 'p', value: '0.3' }, { key: 't', value: '0.25' }] },
  { page: '/lessons/sigmoid/', id: 'float-trap', steps: [{ key: 'x', value: '-40' }] },
  { page: '/lessons/logistic-regression/', id: 'why-cross-entropy', steps: [{ key: 'weight', value: '2.5' }, { key: 'x', value: '-1.5' }, { key: 'y', value: '0' }] },
  { page: '/lessons/logistic-regression/', id: 'one-feature', steps: [{ key: 'weight', value: '2.5' }, { key: 'bias', value: '-1' }] },
  {
    page: '/lessons/logistic-regression/', id: 'classifier-playground',
    steps: [
      { key: 'dataset', value: 'moons' }, { key: 'seed', value: '7' }, { key: 'noise', value: '0.5' }, { key: 'size', value: '300' },
      { key: 'rate', value: '1' }, { key: 'l2', value: '0.01' }, { key: 'feature', value: 'squares' }, { key: 'brush', value: '0' },
    ],
  },
  { page: '/lessons/logistic-regression/', id: 'threshold-metrics', steps: [{ key: 't', value: '0.3' }, { key: 'patients', value: 'imbalanced' }] },
  {
    page: '/lessons/activation-functions/', id: 'linear-collapse',
    steps: [{ key: 'activation', value: 'tanh' }, { key: 'w1', value: '2' }, { key: 'b2', value: '0.5' }, { key: 'c', value: '1' }],
  },
  {
    page: '/lessons/activation-functions/', id: 'function-gallery',
    steps: [
      { key: 'curve-gelu', value: '1' }, { key: 'slope-sigmoid', value: '1' }, { key: 'min', value: '-3' }, { key: 'max', value: '4' },
      { key: 'cursor', value: '0.5' }, { key: 'shade', value: 'tanh' },
    ],
  },
  {
    page: '/lessons/activation-functions/', id: 'softmax-vs-sigmoid',
    steps: [
      { click: '[data-preset="multi-label"]' }, { click: '[data-role="add-class"]' }, { key: 'logit-4', value: '1.5' },
      { key: 'logit-1', value: '-1' }, { key: 'temperature', value: '2' }, { key: 'shift', value: '3' },
    ],
  },
  { page: '/lessons/activation-functions/', id: 'forget-gate', steps: [{ key: 'g', value: '-1' }, { key: 'steps', value: '35' }, { key: 'start', value: '0.5' }] },
  { page: '/lessons/vanishing-gradients/', id: 'chain-of-slopes', steps: [{ key: 'depth', value: '6' }, { key: 'z', value: '0.5' }, { key: 'weight', value: '2' }] },
  {
    page: '/lessons/vanishing-gradients/', id: 'deep-network-lab',
    steps: [
      { key: 'preset', value: 'deepRelu' }, { key: 'depth', value: '5' }, { key: 'width', value: '6' }, { key: 'activation', value: 'tanh' },
      { key: 'init', value: 'xavier' }, { key: 'optimizer', value: 'adam' }, { key: 'rate', value: '0.1' }, { key: 'epochs', value: '200' },
      { key: 'dataset', value: 'circles' }, { key: 'seed', value: '7' },
    ],
  },
  {
    page: '/lessons/vanishing-gradients/', id: 'saturation',
    steps: [{ key: 'activation', value: 'tanh' }, { key: 'init', value: 'xavier' }, { key: 'depth', value: '7' }, { key: 'width', value: '16' }, { key: 'seed', value: '3' }],
  },
];

/** Does what a reader does to set one control: types and presses Enter, picks, ticks, drags or presses. */
async function act(page: Page, id: string, step: Step): Promise<void> {
  if ('click' in step) {
    await page.locator(`#${id} ${step.click}`).first().click();
    return;
  }
  const control = page.locator(`#${id} [data-share="${step.key}"]`);
  const kind = await control.first().evaluate((element) =>
    element instanceof HTMLSelectElement ? 'select' : element instanceof HTMLInputElement ? element.type : 'group');
  if (kind === 'select') await control.selectOption(step.value);
  else if (kind === 'checkbox') await control.setChecked(step.value === '1');
  else if (kind === 'radio') await page.locator(`#${id} [data-share="${step.key}"][value="${step.value}"]`).check();
  else if (kind === 'range') await control.fill(step.value);
  else if (kind === 'group') await control.locator(`[data-share-value="${step.value}"]`).click();
  else {
    await control.fill(step.value);
    await control.press('Enter');
  }
}

/** Everything the widget shows that depends on its state: named controls, readouts, text alternatives, tables. */
async function snapshot(page: Page, id: string): Promise<Record<string, string>> {
  return page.locator(`#${id}`).evaluate((root) => {
    const seen: Record<string, string> = {};
    // Numbers compare as numbers: "2.5" typed and "2.50" shown by the widget are the same value.
    const tidy = (value: string): string => (value.trim() !== '' && Number.isFinite(Number(value)) ? String(Number(value)) : value.trim());
    for (const element of root.querySelectorAll<HTMLElement>('[data-share]')) {
      if (element.closest('[hidden]') !== null) continue;
      const key = `control ${element.dataset['share']}`;
      if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
        if (element.type === 'checkbox' || element.checked) seen[key] = element.type === 'checkbox' ? String(element.checked) : element.value;
      } else if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
        seen[key] = tidy(element.value);
      } else {
        seen[key] = element.querySelector('[aria-pressed="true"]')?.getAttribute('data-share-value') ?? '';
      }
    }
    root.querySelectorAll('.widget-readouts').forEach((list, i) => (seen[`readouts ${i}`] = list.textContent?.replace(/\s+/g, ' ') ?? ''));
    root.querySelectorAll('[role="img"]').forEach((image, i) => (seen[`image ${i}`] = image.getAttribute('aria-label') ?? ''));
    root.querySelectorAll('tbody').forEach((body, i) => (seen[`table ${i}`] = body.textContent?.replace(/\s+/g, ' ') ?? ''));
    seen['message'] = root.querySelector('[data-role="message"]')?.textContent ?? '';
    return seen;
  });
}

async function copyLink(page: Page, id: string): Promise<string> {
  await page.locator(`#${id} [data-role="share-copy"]`).click();
  await expect.poll(() => page.locator(`#${id} [data-role="share-status"]`).innerText()).not.toBe('');
  return page.locator(`#${id} [data-role="share-field"]`).inputValue();
}

describe('share links restore every widget exactly', () => {
  for (const { page: path, id, steps } of CASES) {
    it(`${id}: a copied link reopens the same state; a malformed one keeps the defaults with a notice`, async () => {
      const original = await openPage(`${path}#${id}`);
      await original.page.locator(`#${id}[data-share-ready]`).waitFor();
      const defaults = await snapshot(original.page, id);
      for (const step of steps) await act(original.page, id, step);
      const link = await copyLink(original.page, id);
      const url = new URL(link);
      expect(url.pathname).toBe(path);
      expect(url.hash).toBe(`#${id}`);
      expect(url.searchParams.get('w')).toBe(id);
      const changed = await snapshot(original.page, id);
      expect(changed).not.toEqual(defaults);

      const opened = await openPage(`${url.pathname}${url.search}${url.hash}`);
      await opened.page.locator(`#${id}[data-share-ready]`).waitFor();
      await expect.poll(() => snapshot(opened.page, id)).toEqual(await snapshot(original.page, id));
      expect(await opened.page.locator(`#${id} [data-role="share-notice"]`).isHidden()).toBe(true);
      expectNoProblems(original.problems);
      expectNoProblems(opened.problems);
      await original.close();
      await opened.close();

      const [first] = steps.filter((step): step is { key: string; value: string } => 'key' in step);
      const bad = await openPage(`${path}?w=${id}&${first?.key}=%E2%88%9E%25not-a-value&no-such-setting=1&Bad%20Key=2#${id}`);
      await bad.page.locator(`#${id}[data-share-ready]`).waitFor();
      const notice = bad.page.locator(`#${id} [data-role="share-notice"]`);
      await expect.poll(() => notice.innerText()).toContain('no-such-setting');
      expect(await notice.innerText()).toContain(first?.key ?? '');
      expect(await notice.innerText()).toContain('Bad Key');
      await expect.poll(() => snapshot(bad.page, id)).toEqual(defaults);
      expectNoProblems(bad.problems);
      await bad.close();
    });
  }

  it('opens the teacher guide’s example link: nine sigmoid layers, seed 7, rate 0.5', async () => {
    const { page, problems, close } = await openPage('/lessons/vanishing-gradients/?w=deep-network-lab&preset=deepSigmoid&depth=9&activation=sigmoid&seed=7&rate=0.5#deep-network-lab');
    const root = page.locator('#deep-network-lab[data-share-ready]');
    await root.waitFor();
    expect(await page.locator('#deep-network-lab [data-share="depth"]').inputValue()).toBe('9');
    expect(await page.locator('#deep-network-lab [data-share="seed"]').inputValue()).toBe('7');
    expect(await page.locator('#deep-network-lab [data-share="rate"]').inputValue()).toBe('0.5');
    expect(await page.locator('#deep-network-lab [data-share="activation"]').inputValue()).toBe('sigmoid');
    expect(await page.locator('#deep-network-lab [data-share-value="deepSigmoid"]').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('#deep-network-lab [data-role="share-notice"]').isHidden()).toBe(true);
    // The widget the link names is in view.
    expect(await root.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top < window.innerHeight && box.bottom > 0;
    })).toBe(true);
    expectNoProblems(problems);
    await close();
  });

  it('copies to the clipboard when allowed, and says so', async () => {
    const { page, problems, close } = await openPage('/lessons/sigmoid/#float-trap');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl('/') });
    await page.locator('#float-trap[data-share-ready]').waitFor();
    await act(page, 'float-trap', { key: 'x', value: '-40' });
    await page.locator('#float-trap [data-role="share-copy"]').click();
    await expect.poll(() => page.locator('#float-trap [data-role="share-status"]').innerText()).toContain('copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).search).toBe('?w=float-trap&x=-40');
    expect(await page.locator('#float-trap [data-role="share-field-box"]').isHidden()).toBe(true);
    expectNoProblems(problems);
    await close();
  });

  it('shows the selected link in a field when the clipboard is blocked', async () => {
    const { page, problems, close } = await openPage('/lessons/sigmoid/#float-trap');
    await page.locator('#float-trap[data-share-ready]').waitFor();
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('blocked')) } }));
    await page.locator('#float-trap [data-role="share-copy"]').click();
    const field = page.locator('#float-trap [data-role="share-field"]');
    await field.waitFor();
    expect(await field.inputValue()).toContain('?w=float-trap&x=');
    expect(await field.evaluate((input: HTMLInputElement) => document.activeElement === input && input.selectionEnd === input.value.length)).toBe(true);
    expect(await page.locator('#float-trap [data-role="share-status"]').innerText()).toContain('Ctrl+C');
    expectNoProblems(problems);
    await close();
  });
});
