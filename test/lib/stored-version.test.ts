// Versioned saved state: older data is brought forward step by step, nothing the reader saved is lost, and data
// that cannot be read (foreign, newer, corrupt, oversized) is classified so the store can set it aside.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { upgrade, type UpgradeStep } from '../../src/lib/stored-version.ts';
import {
  MAX_SOURCE_LENGTH,
  MAX_STORE_LENGTH,
  parseStore,
  readStore,
  SET_ASIDE_KEY,
  STORE_KEY,
  type StorageLike,
} from '../../src/lib/code-runner/storage.ts';
import { STORAGE_KEYS } from '../../src/lib/storage-keys.ts';

class MemoryStorage implements StorageLike {
  items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

// A made-up history of one store: v0 kept a list of { page, cell, text }, v1 a map, v2 renamed the map.
const steps: Record<number, UpgradeStep> = {
  0: (data) => ({
    cells: Object.fromEntries(
      (data['cells'] as { page: string; cell: string; text: string }[]).map(({ page, cell, text }) => [`${page}#${cell}`, text]),
    ),
  }),
  1: (data) => ({ sources: data['cells'] }),
};

describe('upgrade', () => {
  it('brings version 0 through every step to the current version', () => {
    const v0 = { version: 0, cells: [{ page: '/lessons/sigmoid/', cell: 'code-numpy', text: 'mine' }] };
    expect(upgrade(v0, 2, steps)).toEqual({ version: 2, sources: { '/lessons/sigmoid/#code-numpy': 'mine' } });
    expect(upgrade(v0, 1, steps)).toEqual({ version: 1, cells: { '/lessons/sigmoid/#code-numpy': 'mine' } });
  });

  it('leaves current data as it is', () => {
    expect(upgrade({ version: 2, sources: { a: 'b' } }, 2, steps)).toEqual({ version: 2, sources: { a: 'b' } });
  });

  it('calls newer data newer, data with no step foreign, and a step that throws corrupt', () => {
    expect(upgrade({ version: 3 }, 2, steps)).toBe('newer');
    expect(upgrade({ version: -1 }, 2, steps)).toBe('foreign');
    expect(upgrade({ version: 0, cells: 'not a list' }, 2, steps)).toBe('corrupt');
  });

  it('calls anything without a whole-number version foreign', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const hasVersion =
          typeof value === 'object' && value !== null && !Array.isArray(value) && Number.isInteger((value as Record<string, unknown>)['version']);
        fc.pre(!hasVersion);
        expect(upgrade(value, 1, {})).toBe('foreign');
      }),
    );
  });
});

describe('the code-cell store across versions', () => {
  const v0Steps: Record<number, UpgradeStep> = { 0: steps[0]! };

  it('reads a version-0 store through its step and writes it back as version 1, keeping every edit', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORE_KEY, JSON.stringify({ version: 0, cells: [{ page: '/lessons/sigmoid/', cell: 'code-numpy', text: 'mine' }] }));
    const read = readStore(storage, v0Steps);
    expect(read.setAside).toBeUndefined();
    expect(read.store.cells).toEqual({ '/lessons/sigmoid/#code-numpy': 'mine' });
    expect(JSON.parse(storage.getItem(STORE_KEY) ?? '')).toEqual({ version: 1, cells: { '/lessons/sigmoid/#code-numpy': 'mine' } });
    expect(storage.getItem(SET_ASIDE_KEY)).toBeNull();
  });

  it('sets aside a version-0 store when there is no step for it (as today: version 1 is the first)', () => {
    const storage = new MemoryStorage();
    const old = JSON.stringify({ version: 0, cells: [] });
    storage.setItem(STORE_KEY, old);
    expect(readStore(storage).setAside).toBe('foreign');
    expect(storage.getItem(SET_ASIDE_KEY)).toBe(old);
  });

  it('sets aside oversized data: a source longer than it ever keeps, or more text than it ever writes', () => {
    const key = '/lessons/sigmoid/#code-numpy';
    expect(parseStore(JSON.stringify({ version: 1, cells: { [key]: 'x'.repeat(MAX_SOURCE_LENGTH + 1) } })).setAside).toBe('oversized');
    expect(parseStore(`"${'x'.repeat(MAX_STORE_LENGTH)}"`).setAside).toBe('oversized');
    const storage = new MemoryStorage();
    const huge = JSON.stringify({ version: 1, cells: { [key]: 'y'.repeat(MAX_SOURCE_LENGTH * 2) } });
    storage.setItem(STORE_KEY, huge);
    expect(readStore(storage).setAside).toBe('oversized');
    expect(storage.getItem(SET_ASIDE_KEY)).toBe(huge);
  });
});

describe('the storage keys', () => {
  it('are distinct, under the site’s prefix, and each has a set-aside key of its own', () => {
    const all = STORAGE_KEYS.flatMap(({ key, setAside }) => [key, setAside]);
    expect(new Set(all).size).toBe(all.length);
    for (const key of all) expect(key).toMatch(/^s-curve:/);
    expect(STORAGE_KEYS.map(({ key }) => key)).toContain(STORE_KEY);
  });
});
