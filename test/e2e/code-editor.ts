// Browser-test helpers for the code editor that code cells and code exercises share: open it with Edit, and
// replace its text by typing, as a reader would.
import type { Locator, Page } from 'playwright-core';
import { scrollSettled } from './harness.ts';

/** Opens the editor of a cell or exercise (pressing Edit unless it is open) and returns its editing area. */
export async function openEditor(section: Locator): Promise<Locator> {
  const content = section.locator('.cm-content');
  if ((await content.count()) > 0) return content;
  await scrollSettled(section);
  await section.locator('button.edit').click();
  await content.waitFor();
  return content;
}

/** Replaces the editor's text by typing, as a reader would. */
export async function typeCode(page: Page, section: Locator, code: string): Promise<void> {
  const content = await openEditor(section);
  await content.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  for (const [index, line] of code.split('\n').entries()) {
    if (index > 0) {
      await page.keyboard.press('Enter');
      // The editor keeps the indentation of the line above; start each typed line at column 1.
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Delete');
    }
    await page.keyboard.type(line);
  }
}
