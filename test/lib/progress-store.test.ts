import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_STORE_CHARS,
  PROGRESS_KEY,
  PROGRESS_SET_ASIDE_KEY,
  emptyProgress,
  exportProgress,
  mergeProgress,
  migrate,
  missedExercises,
  parseProgress,
  parseProgressFile,
  readProgress,
  recordCellRun,
  recordExercise,
  recordSectionRead,
  resetProgress,
  summarise,
  updateProgress,
  type StorageLike,
} from '../../src/lib/progress/store.ts';

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  refuseWrites = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.refuseWrites) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const page = '/lessons/sigmoid/';

describe('the progress store', () => {
  it('keeps exercises, cells and sections through a save and a fresh read', () => {
    const storage = new MemoryStorage();
    expect(
      updateProgress(storage, (store) => {
        recordExercise(store, page, 'ex-sigma-2', 'σ(2) by hand', false);
        recordExercise(store, page, 'ex-sigma-2', 'σ(2) by hand', true);
        recordExercise(store, page, 'ex-logit', 'Which score gives 0.9?', false);
        recordCellRun(store, page, 'code-numpy');
        recordCellRun(store, page, 'code-numpy');
        recordSectionRead(store, page, 'what-is-the-sigmoid');
      }),
    ).toBe(true);
    const read = readProgress(storage);
    expect(read.setAside).toBeUndefined();
    expect(read.store.lessons[page]).toEqual({
      exercises: {
        'ex-sigma-2': { title: 'σ(2) by hand', solved: true, wrong: 1 },
        'ex-logit': { title: 'Which score gives 0.9?', solved: false, wrong: 1 },
      },
      cells: ['code-numpy'],
      sections: ['what-is-the-sigmoid'],
    });
    expect(summarise(read.store, page, { exercises: 8, cells: 5, sections: 6 })).toEqual({ exercises: 1, cells: 1, sections: 1 });
    expect(summarise(read.store, '/lessons/other/', { exercises: 8, cells: 5, sections: 6 })).toEqual({ exercises: 0, cells: 0, sections: 0 });
  });

  it('never counts more done than the lesson has', () => {
    const store = emptyProgress();
    for (const id of ['a', 'b', 'c']) recordCellRun(store, page, id);
    expect(summarise(store, page, { exercises: 0, cells: 2, sections: 0 }).cells).toBe(2);
  });

  it('lists missed exercises, unsolved first, and leaves out those never missed', () => {
    const store = emptyProgress();
    recordExercise(store, page, 'ex-a', 'A', false);
    recordExercise(store, page, 'ex-a', 'A', true);
    recordExercise(store, page, 'ex-b', 'B', true);
    recordExercise(store, '/lessons/logistic-regression/', 'ex-c', 'C', false);
    recordExercise(store, '/lessons/logistic-regression/', 'ex-c', 'C', false);
    expect(missedExercises(store)).toEqual([
      { page: '/lessons/logistic-regression/', id: 'ex-c', title: 'C', wrong: 2, solved: false },
      { page, id: 'ex-a', title: 'A', wrong: 1, solved: true },
    ]);
  });

  it('ignores ids and pages that could not come from the site', () => {
    const store = emptyProgress();
    recordCellRun(store, page, '<img onerror=x>');
    recordExercise(store, 'javascript:alert(1)', 'ex-a', 'A', true);
    expect(store.lessons).toEqual({ [page]: { exercises: {}, cells: [], sections: [] } });
  });

  it('keeps section ids with letters beyond ASCII, as headings such as “σ(0)” get', () => {
    const store = emptyProgress();
    recordSectionRead(store, page, 'what-is-special-about-σ0-and-σx');
    expect(store.lessons[page]?.sections).toEqual(['what-is-special-about-σ0-and-σx']);
    expect(parseProgress(JSON.stringify(store)).setAside).toBeUndefined();
  });

  it('reset forgets everything', () => {
    const storage = new MemoryStorage();
    updateProgress(storage, (store) => recordCellRun(store, page, 'code-a'));
    expect(resetProgress(storage)).toBe(true);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(readProgress(storage).store.lessons).toEqual({});
  });
});

describe('migration', () => {
  it('upgrades a version 0 store (exercises solved as "page#id") to version 1', () => {
    const v0 = { version: 0, solved: ['/lessons/sigmoid/#ex-sigma-2', '/lessons/softmax/#ex-a', 'no-hash'] };
    expect(migrate(v0)).toEqual({
      version: 1,
      lessons: {
        '/lessons/sigmoid/': { exercises: { 'ex-sigma-2': { title: 'ex-sigma-2', solved: true, wrong: 0 } }, cells: [], sections: [] },
        '/lessons/softmax/': { exercises: { 'ex-a': { title: 'ex-a', solved: true, wrong: 0 } }, cells: [], sections: [] },
      },
    });
  });

  it('reads a stored version 0 fixture without setting it aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 0, solved: ['/lessons/sigmoid/#ex-logit'] }));
    const read = readProgress(storage);
    expect(read.setAside).toBeUndefined();
    expect(read.store.lessons['/lessons/sigmoid/']?.exercises['ex-logit']?.solved).toBe(true);
  });
});

describe('data that cannot be read is set aside, never lost', () => {
  const cases: [string, string, string][] = [
    ['corrupt JSON', '{"version":1,"lessons":', 'corrupt'],
    ['another app’s data', '{"theme":"dark"}', 'foreign'],
    ['a bare array', '[1,2,3]', 'foreign'],
    ['a negative version', '{"version":-1,"lessons":{}}', 'foreign'],
    ['a newer version', '{"version":7,"lessons":{}}', 'newer'],
    ['a malformed lesson', '{"version":1,"lessons":{"/lessons/a/":{"exercises":[],"cells":[],"sections":[]}}}', 'corrupt'],
    ['a miss count that is not a count', '{"version":1,"lessons":{"/lessons/a/":{"exercises":{"ex":{"title":"t","solved":false,"wrong":-2}},"cells":[],"sections":[]}}}', 'corrupt'],
    ['oversized data', JSON.stringify({ version: 1, lessons: {}, padding: 'x'.repeat(MAX_STORE_CHARS) }), 'oversized'],
  ];

  it.each(cases)('%s', (_name, raw, reason) => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, raw);
    const read = readProgress(storage);
    expect(read.setAside).toBe(reason);
    expect(read.store).toEqual(emptyProgress());
    expect(storage.getItem(PROGRESS_SET_ASIDE_KEY)).toBe(raw);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    // The next read starts clean and a new save works.
    expect(readProgress(storage).setAside).toBeUndefined();
    expect(updateProgress(storage, (store) => recordCellRun(store, page, 'code-a'))).toBe(true);
  });

  it('leaves unreadable data in place when storage refuses to move it', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, 'not json');
    storage.refuseWrites = true;
    const read = readProgress(storage);
    expect(read).toMatchObject({ setAside: 'corrupt', writable: false });
    expect(storage.getItem(PROGRESS_KEY)).toBe('not json');
    expect(updateProgress(storage, (store) => recordCellRun(store, page, 'code-a'))).toBe(false);
    expect(storage.getItem(PROGRESS_KEY)).toBe('not json');
  });

  it('reports storage that throws on read as unwritable, without throwing', () => {
    const storage: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(readProgress(storage).writable).toBe(false);
    expect(updateProgress(storage, () => {})).toBe(false);
  });

  it('any string under the key reads without throwing and yields a usable store', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ version: 1, lessons: value }))), (raw) => {
        const storage = new MemoryStorage();
        storage.setItem(PROGRESS_KEY, raw);
        const read = readProgress(storage);
        expect(read.store.version).toBe(1);
        expect(typeof read.store.lessons).toBe('object');
        expect(() => missedExercises(read.store)).not.toThrow();
        expect(parseProgress(raw).setAside === undefined || storage.getItem(PROGRESS_SET_ASIDE_KEY) === raw).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('export and import', () => {
  it('round-trips through the export file', () => {
    const store = emptyProgress();
    recordExercise(store, page, 'ex-a', 'A', false);
    recordCellRun(store, page, 'code-a');
    const parsed = parseProgressFile(exportProgress(store));
    expect(parsed).toEqual({ ok: true, store });
  });

  it.each([
    ['not JSON', 'hello', 'notJson'],
    ['JSON of another kind', '{"version":1,"lessons":{}}', 'notProgress'],
    ['a code-cell export', '{"format":"s-curve-code-cells","version":1,"cells":{}}', 'notProgress'],
    ['a malformed progress file', '{"format":"s-curve-progress","version":1,"lessons":{"/x/":5}}', 'notProgress'],
    ['a newer version', '{"format":"s-curve-progress","version":2,"lessons":{}}', 'newerVersion'],
    ['a file too large', `{"format":"s-curve-progress","pad":"${'x'.repeat(MAX_STORE_CHARS)}"}`, 'tooLarge'],
  ])('refuses %s', (_name, text, problem) => {
    expect(parseProgressFile(text)).toEqual({ ok: false, problem });
  });

  it('merges an import without losing what this browser has', () => {
    const mine = emptyProgress();
    recordExercise(mine, page, 'ex-a', 'A', false);
    recordCellRun(mine, page, 'code-a');
    const theirs = emptyProgress();
    recordExercise(theirs, page, 'ex-a', 'A', true);
    recordExercise(theirs, page, 'ex-b', 'B', false);
    recordCellRun(theirs, page, 'code-b');
    recordSectionRead(theirs, '/lessons/softmax/', 'why');
    mergeProgress(mine, theirs);
    expect(mine.lessons[page]).toEqual({
      exercises: { 'ex-a': { title: 'A', solved: true, wrong: 1 }, 'ex-b': { title: 'B', solved: false, wrong: 1 } },
      cells: ['code-a', 'code-b'],
      sections: [],
    });
    expect(mine.lessons['/lessons/softmax/']?.sections).toEqual(['why']);
  });
});
