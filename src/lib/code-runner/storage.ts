// Readers' edits to code cells, kept in localStorage under one versioned key for the whole site:
//   's-curve:code-cells' -> { version: 1, cells: { "/lessons/sigmoid/#code-numpy": "source", ... } }
// Older versions are brought forward by UPGRADES (src/lib/stored-version.ts). Data that cannot be read as this
// version (corrupt JSON, another app's data, a newer version, more than this store ever writes) is never thrown
// away and never crashes a page: it is moved to a set-aside key and the cells start from the originals.
// Also the file format of the playground's export and import.

import { STORAGE_KEYS } from '../storage-keys.ts';
import { isRecord, upgrade, type UpgradeStep } from '../stored-version.ts';
import { STORE_KEY } from './store-key.ts';

export { STORE_KEY };
export const SET_ASIDE_KEY = STORAGE_KEYS.find(({ key }) => key === STORE_KEY)?.setAside ?? `${STORE_KEY}:set-aside`;
export const STORE_VERSION = 1;
/** A cell's source longer than this is not kept (it would crowd out every other edit). */
export const MAX_SOURCE_LENGTH = 100_000;
/** Stored text longer than this was not written by this store (every edit of every cell fits well inside). */
export const MAX_STORE_LENGTH = 2_000_000;
/** Steps from each older version to the next: UPGRADES[n] turns version-n data into version n + 1. Version 1 is
 *  the first that shipped, so there is none yet; a version 2 adds UPGRADES[1] here and a test with a v1 store. */
export const UPGRADES: Readonly<Record<number, UpgradeStep>> = {};

export interface CellStore {
  version: typeof STORE_VERSION;
  cells: Record<string, string>;
}

/** Why stored data was set aside. */
export type SetAsideReason = 'corrupt' | 'foreign' | 'newer' | 'oversized';

export interface StoreRead {
  store: CellStore;
  setAside: SetAsideReason | undefined;
  /** True when the data was an older version, brought forward (readStore then writes it back as this version). */
  upgraded?: boolean;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const emptyStore = (): CellStore => ({ version: STORE_VERSION, cells: {} });


/** The key of one cell: its page path and id, which is also a link to it. */
export function cellKey(page: string, cellId: string): string {
  return `${page}#${cellId}`;
}

/** Brings parsed data to the current version through `steps`; the reason it was set aside when it cannot. */
export function migrate(data: unknown, steps: Readonly<Record<number, UpgradeStep>> = UPGRADES): CellStore | SetAsideReason {
  const upgraded = upgrade(data, STORE_VERSION, steps);
  if (typeof upgraded === 'string') return upgraded;
  if (!isRecord(upgraded['cells'])) return 'foreign';
  const cells: Record<string, string> = {};
  for (const [key, source] of Object.entries(upgraded['cells'])) {
    if (typeof source !== 'string' || !key.includes('#')) return 'corrupt';
    if (source.length > MAX_SOURCE_LENGTH) return 'oversized';
    cells[key] = source;
  }
  return { version: STORE_VERSION, cells };
}

/** Reads the stored text (null when nothing is stored) without side effects. */
export function parseStore(raw: string | null, steps: Readonly<Record<number, UpgradeStep>> = UPGRADES): StoreRead {
  if (raw === null) return { store: emptyStore(), setAside: undefined };
  if (raw.length > MAX_STORE_LENGTH) return { store: emptyStore(), setAside: 'oversized' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { store: emptyStore(), setAside: 'corrupt' };
  }
  const migrated = migrate(data, steps);
  if (typeof migrated === 'string') return { store: emptyStore(), setAside: migrated };
  const upgraded = isRecord(data) && data['version'] !== STORE_VERSION;
  return { store: migrated, setAside: undefined, ...(upgraded ? { upgraded } : {}) };
}

/** Reads the store, moving unreadable data to SET_ASIDE_KEY (once: the store is then replaced by an empty one).
 *  `writable` is false when storage is unavailable or the unreadable data could not be moved aside. */
export function readStore(storage: StorageLike, steps: Readonly<Record<number, UpgradeStep>> = UPGRADES): StoreRead & { writable: boolean } {
  let raw: string | null;
  try {
    raw = storage.getItem(STORE_KEY);
  } catch {
    return { store: emptyStore(), setAside: undefined, writable: false };
  }
  const read = parseStore(raw, steps);
  if (read.upgraded === true && raw !== null) {
    // The upgraded copy replaces the old text in one write; if storage refuses, the old text stays as it was.
    try {
      storage.setItem(STORE_KEY, JSON.stringify(read.store));
    } catch {
      // The upgraded copy still serves this page.
    }
    return { ...read, writable: true };
  }
  if (read.setAside === undefined || raw === null) return { ...read, writable: true };
  try {
    storage.setItem(SET_ASIDE_KEY, raw);
    storage.setItem(STORE_KEY, JSON.stringify(read.store));
    return { ...read, writable: true };
  } catch {
    // Storage refused the write: leave the data where it is; the page still works from the originals.
    return { ...read, writable: false };
  }
}

/** Keeps `source` for a cell, or forgets the cell's edit when `source` is undefined. False if storage refused. */
export function writeCell(storage: StorageLike, key: string, source: string | undefined): boolean {
  const { store, writable } = readStore(storage);
  if (!writable) return false;
  if (source === undefined) delete store.cells[key];
  else if (source.length > MAX_SOURCE_LENGTH) return false;
  else store.cells[key] = source;
  try {
    if (Object.keys(store.cells).length === 0) storage.removeItem(STORE_KEY);
    else storage.setItem(STORE_KEY, JSON.stringify(store));
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Playground files: { format: 's-curve-code-cells', version: 1, page: '/playground/', cells: { id: source } }.
// Cells are keyed by cell id, so a file can be imported on the same page of another copy of the site.

export const FILE_FORMAT = 's-curve-code-cells';
/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 1_000_000;

export type ImportProblem = 'notJson' | 'notPlayground' | 'newerVersion' | 'noCells';

export type ImportResult = { ok: true; cells: Record<string, string>; skipped: number } | { ok: false; problem: ImportProblem };

export function exportFile(page: string, cells: Record<string, string>): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: STORE_VERSION, page, cells }, null, 2)}\n`;
}

/** Reads an exported file: only cells whose id is in `cellIds` are taken; nothing is taken if the file is bad. */
export function parseImportFile(text: string, cellIds: readonly string[]): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (!isRecord(data) || data['format'] !== FILE_FORMAT || typeof data['version'] !== 'number' || !isRecord(data['cells'])) {
    return { ok: false, problem: 'notPlayground' };
  }
  if (data['version'] > STORE_VERSION) return { ok: false, problem: 'newerVersion' };
  const entries = Object.entries(data['cells']);
  if (entries.some(([, source]) => typeof source !== 'string' || source.length > MAX_SOURCE_LENGTH)) {
    return { ok: false, problem: 'notPlayground' };
  }
  const known = new Set(cellIds);
  const cells: Record<string, string> = {};
  for (const [id, source] of entries) if (known.has(id) && typeof source === 'string') cells[id] = source;
  const taken = Object.keys(cells).length;
  if (taken === 0) return { ok: false, problem: 'noCells' };
  return { ok: true, cells, skipped: entries.length - taken };
}
