// Saved state under every storage key (src/lib/storage-keys.ts): corrupt, foreign and oversized data is set aside
// under the key's set-aside key (nothing lost), nothing throws, the page works, and where the key holds the
// reader's work a notice says what happened. Each key has a probe: how a page reads it and shows its notice.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STORAGE_KEYS, type StorageKey } from '../../src/lib/storage-keys.ts';
import { strings } from '../../src/strings/index.ts';
import { expectNoProblems, openPage, siteUrl, useSite } from './harness.ts';
import { unlockCell } from './unlock.ts';

useSite();

interface Probe {
  /** A page that reads the key. */
  page: string;
  /** Makes the page read the key (after a reload with the bad data in place); returns the notice shown, if any. */
  read: (page: Page, key: StorageKey) => Promise<string | undefined>;
  /** Checks the feature still works after its data was set aside. */
  stillWorks: (page: Page) => Promise<void>;
}

const PROBES: Record<string, Probe> = {
  's-curve:theme': {
    page: '/',
    read: async () => undefined, // public/theme.js reads it before the page paints
    stillWorks: async (page) => {
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
      await page.locator('.theme-toggle').first().click();
      expect(await page.evaluate(() => localStorage.getItem('s-curve:theme'))).toMatch(/^(light|dark)$/);
    },
  },
  's-curve:code-cells': {
    page: '/lessons/sigmoid/',
    read: async (page) => {
      const cell = page.locator('.cell-code').first();
      await unlockCell(page, cell);
      await cell.locator('button.run').click();
      await expect.poll(() => cell.locator('.output').getAttribute('data-state'), { timeout: 15_000 }).toBe('done');
      return cell.locator('.notice').innerText();
    },
    stillWorks: async (page) => {
      const cell = page.locator('.cell-code').first();
      expect(await cell.locator('.output').innerText()).not.toBe('');
    },
  },
  's-curve:progress': {
    page: '/',
    read: async (page) => {
      const notice = page.locator('[data-progress-panel] [data-progress-notice]');
      await notice.waitFor({ state: 'visible' });
      return notice.locator('.notice-text').innerText();
    },
    stillWorks: async (page) => {
      await page.goto(siteUrl('/lessons/sigmoid/'), { waitUntil: 'networkidle' });
      const exercise = page.locator('[data-exercise="numeric"]').first();
      await exercise.locator('input[name="answer"]').fill('0.5');
      await exercise.locator('button[type="submit"]').click();
      await expect.poll(() => page.evaluate(() => localStorage.getItem('s-curve:progress') ?? '')).toContain('"version"');
    },
  },
  's-curve:projector': {
    page: '/',
    read: async () => undefined, // public/theme.js reads it before the page paints
    stillWorks: async (page) => {
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-projector'))).toBe(false);
      await page.locator('.projector-toggle').first().click();
      expect(await page.evaluate(() => localStorage.getItem('s-curve:projector'))).toBe('1');
    },
  },
};

const NOTICES: Record<string, (key: StorageKey) => string> = {
  's-curve:code-cells': (key) => strings.site.code.setAside(key.setAside),
  's-curve:progress': (key) => strings.selfStudy.progress.setAside(key.setAside),
};

// Over two million characters: more than any store writes, and (with the set-aside copy) within the browser's quota.
const BAD_DATA = {
  corrupt: '{"version": 1, "cells": {"/lessons/sigmoid/#x": "unterminated',
  foreign: JSON.stringify({ app: 'someone-else', items: [1, 2, 3], version: 'two' }),
  oversized: JSON.stringify({ version: 1, cells: { '/lessons/sigmoid/#code-x': 'x'.repeat(2_100_000) } }),
} as const;

describe('saved state', () => {
  it('every storage key has a probe here', () => {
    expect(STORAGE_KEYS.map(({ key }) => key).filter((key) => !(key in PROBES))).toEqual([]);
    expect(STORAGE_KEYS.filter((key) => key.holdsReaderWork).map(({ key }) => key).filter((key) => !(key in NOTICES))).toEqual([]);
  });

  describe.each(STORAGE_KEYS.map((key) => [key.key, key] as const))('%s', (_, key) => {
    it.each(Object.entries(BAD_DATA))('sets %s data aside, keeps it, and the page carries on', async (_kind, bad) => {
      const probe = PROBES[key.key];
      if (probe === undefined) throw new Error(`no probe for ${key.key}`);
      // networkidle: a reload while the favicon is still loading would abort it (a failed request, not a fault).
      const { page, problems, close } = await openPage(probe.page, { waitUntil: 'networkidle' });
      await page.evaluate(([name, value]) => localStorage.setItem(name, value), [key.key, bad] as const);
      await page.reload({ waitUntil: 'networkidle' });
      const notice = await probe.read(page, key);
      const kept = await page.evaluate((name) => localStorage.getItem(name), key.setAside);
      expect(kept === bad, `the data is kept under ${key.setAside}`).toBe(true);
      expect(await page.evaluate((name) => localStorage.getItem(name), key.key)).not.toBe(bad);
      const expected = NOTICES[key.key];
      if (key.holdsReaderWork) expect(notice).toBe(expected?.(key));
      await probe.stillWorks(page);
      expectNoProblems(problems);
      await close();
    });
  });
});
