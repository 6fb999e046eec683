// A code cell linked to a predict-then-run exercise keeps Run locked until a guess is committed. Tests that run
// every cell commit a guess first (any guess: they check the cell, not the prediction).
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { scrollSettled } from './harness.ts';

export async function unlockCell(page: Page, cell: Locator): Promise<void> {
  await cell.locator('button.run').waitFor();
  if ((await cell.getAttribute('data-locked')) !== 'true') return;
  const predict = page.locator(`.exercise[data-cell="${(await cell.getAttribute('id')) ?? ''}"]`);
  await scrollSettled(predict);
  const input = predict.locator('input[type="text"]');
  if ((await input.count()) > 0) await input.fill('0');
  else await predict.locator('input[type="radio"]').first().check();
  await predict.locator('button[type="submit"]').click();
  await expect.poll(() => cell.getAttribute('data-locked'), { timeout: 10_000 }).toBeNull();
}
