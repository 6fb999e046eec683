// Every localStorage key the site writes, in one list, so the browser tests can seed corrupt, foreign and oversized
// data under each one and check that it is set aside (kept under `setAside`), never thrown, and, where the key
// holds reader work, announced with a notice. A new key joins this list and test/e2e/storage.test.ts's probes.

export interface StorageKey {
  key: string;
  /** Where unreadable data under `key` is moved, so nothing is lost. */
  setAside: string;
  /** True when the data is the reader's own work (edits, answers): setting it aside shows a notice. */
  holdsReaderWork: boolean;
}

export const THEME_KEY = 's-curve:theme';
export const CODE_CELLS_KEY = 's-curve:code-cells';
export const PROGRESS_KEY = 's-curve:progress';
export const PROJECTOR_KEY = 's-curve:projector';

export const STORAGE_KEYS: readonly StorageKey[] = [
  { key: THEME_KEY, setAside: `${THEME_KEY}:set-aside`, holdsReaderWork: false },
  { key: CODE_CELLS_KEY, setAside: `${CODE_CELLS_KEY}:set-aside`, holdsReaderWork: true },
  { key: PROGRESS_KEY, setAside: `${PROGRESS_KEY}:set-aside`, holdsReaderWork: true },
  { key: PROJECTOR_KEY, setAside: `${PROJECTOR_KEY}:set-aside`, holdsReaderWork: false },
];
