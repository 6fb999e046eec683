// Helpers the per-lesson browser tests share for driving widgets as a reader would: open a lesson at a widget,
// Tab to a control, replace a field's text, and read a widget's parts. Built on harness.ts.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openPage, scrollSettled, type OpenedPage } from './harness.ts';

/** Tab presses allowed to reach a control from the widget's own anchor. */
const MAX_TABS = 60;
/** Mounting and short waits: generous, because CI machines may be slow or busy (this is no speed test). */
export const WAIT = { timeout: 15_000 } as const;
/** What a widget must never show a reader. */
export const BAD_TEXT = /NaN|Infinity|undefined/;

/** Opens a lesson at a widget's anchor (where Tab starts from) and waits for its controller. */
export async function openWidget(lesson: string, id: string): Promise<OpenedPage> {
  const opened = await openPage(`${lesson}#${id}`);
  await opened.page.locator(`#${id}[data-ready]`).waitFor();
  return opened;
}

/** Scrolls a widget into view on an open page and waits until its controller has mounted (data-ready). */
export async function live(page: Page, id: string): Promise<Locator> {
  const root = page.locator(`#${id}`);
  await scrollSettled(root, 'start');
  await expect.poll(() => root.getAttribute('data-ready'), WAIT).not.toBeNull();
  return root;
}

/** Presses Tab until the focused element matches `selector`; fails if it never does. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Replaces a focused text field's content by typing key by key, as a reader would. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text !== '') await page.keyboard.type(text);
}

/** Replaces a focused text field's content in one go, as a paste does. (Typed key by key, a bad entry's valid
 *  prefixes, like "5" of "50", would each be applied on the way, so "the last good state" would be the prefix.) */
export async function paste(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.insertText(text);
}

/** Pastes into the focused field and confirms with Enter. */
export async function pasteAndEnter(page: Page, text: string): Promise<void> {
  await paste(page, text);
  await page.keyboard.press('Enter');
}

/** The element of a widget with the given data-role. */
export const role = (root: Locator, name: string): Locator => root.locator(`[data-role="${name}"]`);

/** The trimmed text of a widget's data-role element. */
export const textOf = async (root: Locator, name: string): Promise<string> => (await role(root, name).innerText()).trim();

/** Fails if the widget's text or any of its accessible labels shows NaN, Infinity or undefined. */
export async function expectNoBadText(root: Locator): Promise<void> {
  expect(await root.innerText()).not.toMatch(BAD_TEXT);
  const labels = await root.locator('[aria-label]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
  expect(labels.join(' ')).not.toMatch(BAD_TEXT);
}
