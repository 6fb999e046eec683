// A reader's progress, kept in localStorage under one versioned key for the whole site:
//   's-curve:progress' -> { version: 1, lessons: { "/lessons/sigmoid/": { exercises: { id: { title, solved,
//   wrong } }, cells: [ids run], sections: [ids read] } } }
// Older versions are upgraded step by step (MIGRATIONS). Data that cannot be read as this version (corrupt JSON,
// another app's data, a newer version, or more than MAX_STORE_CHARS) is never thrown away and never crashes a
// page: it is moved to a set-aside key and progress starts empty. The export file is the store plus a format tag.
import { PROGRESS_KEY, PROGRESS_SET_ASIDE_KEY } from './key.ts';

export { PROGRESS_KEY, PROGRESS_SET_ASIDE_KEY };
export const PROGRESS_VERSION = 1;
/** Stored text longer than this is set aside rather than parsed (a real course's progress is a few KB). */
export const MAX_STORE_CHARS = 200_000;
export const MAX_TITLE_LENGTH = 200;
// Element ids and page paths as the site makes them (headings may hold letters such as σ); nothing that could
// break out of an attribute or a link.
const ID = /^[\p{L}\p{N}_][\p{L}\p{N}_\-.:]{0,119}$/u;
const PAGE = /^\/[\p{L}\p{N}_\-/]{0,200}$/u;

export interface ExerciseRecord {
  title: string;
  solved: boolean;
  /** Checks that were wrong; the review page lists every exercise with at least one. */
  wrong: number;
}

export interface LessonProgress {
  exercises: Record<string, ExerciseRecord>;
  cells: string[];
  sections: string[];
}

export interface ProgressStore {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
}

export type SetAsideReason = 'corrupt' | 'foreign' | 'newer' | 'oversized';

export interface ProgressRead {
  store: ProgressStore;
  setAside: SetAsideReason | undefined;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

type Data = Record<string, unknown>;

export const emptyProgress = (): ProgressStore => ({ version: PROGRESS_VERSION, lessons: {} });
const emptyLesson = (): LessonProgress => ({ exercises: {}, cells: [], sections: [] });

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One step per old version: MIGRATIONS[n] turns version n into version n + 1.
 *  Version 0 (a pre-release format) kept only the exercises solved, as "page#id" strings. */
export const MIGRATIONS: Readonly<Record<number, (data: Data) => Data>> = {
  0: (data) => {
    const lessons: Record<string, { exercises: Record<string, ExerciseRecord>; cells: string[]; sections: string[] }> = {};
    const solved = Array.isArray(data['solved']) ? data['solved'] : [];
    for (const entry of solved) {
      const [page, id] = typeof entry === 'string' ? entry.split('#') : [];
      if (page === undefined || id === undefined) continue;
      const lesson = (lessons[page] ??= emptyLesson());
      lesson.exercises[id] = { title: id, solved: true, wrong: 0 };
    }
    return { version: 1, lessons };
  },
};

function uniqueIds(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string' && ID.test(id))) return undefined;
  return [...new Set(value as string[])];
}

function readExercise(value: unknown): ExerciseRecord | undefined {
  if (!isRecord(value)) return undefined;
  const { title, solved, wrong } = value;
  if (typeof title !== 'string' || typeof solved !== 'boolean') return undefined;
  if (typeof wrong !== 'number' || !Number.isInteger(wrong) || wrong < 0) return undefined;
  return { title: title.slice(0, MAX_TITLE_LENGTH), solved, wrong };
}

function readLesson(value: unknown): LessonProgress | undefined {
  if (!isRecord(value) || !isRecord(value['exercises'])) return undefined;
  const cells = uniqueIds(value['cells']);
  const sections = uniqueIds(value['sections']);
  if (!cells || !sections) return undefined;
  const exercises: Record<string, ExerciseRecord> = {};
  for (const [id, entry] of Object.entries(value['exercises'])) {
    const record = readExercise(entry);
    if (!ID.test(id) || !record) return undefined;
    exercises[id] = record;
  }
  return { exercises, cells, sections };
}

/** Checks data that claims to be the current version; 'corrupt' when any part is malformed. */
function readCurrent(data: Data): ProgressStore | 'corrupt' {
  if (!isRecord(data['lessons'])) return 'corrupt';
  const lessons: Record<string, LessonProgress> = {};
  for (const [page, entry] of Object.entries(data['lessons'])) {
    const lesson = readLesson(entry);
    if (!PAGE.test(page) || !lesson) return 'corrupt';
    lessons[page] = lesson;
  }
  return { version: PROGRESS_VERSION, lessons };
}

/** Brings parsed data to the current version, or says why it cannot. */
export function migrate(data: unknown): ProgressStore | SetAsideReason {
  if (!isRecord(data) || typeof data['version'] !== 'number' || !Number.isInteger(data['version'])) return 'foreign';
  if (data['version'] > PROGRESS_VERSION) return 'newer';
  let current: Data = data;
  for (let version = data['version']; version < PROGRESS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return 'foreign';
    current = step(current);
  }
  return readCurrent(current);
}

/** Reads stored text (null when nothing is stored) without side effects. */
export function parseProgress(raw: string | null): ProgressRead {
  if (raw === null) return { store: emptyProgress(), setAside: undefined };
  if (raw.length > MAX_STORE_CHARS) return { store: emptyProgress(), setAside: 'oversized' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { store: emptyProgress(), setAside: 'corrupt' };
  }
  const migrated = migrate(data);
  return typeof migrated === 'string' ? { store: emptyProgress(), setAside: migrated } : { store: migrated, setAside: undefined };
}

/** Reads the store, moving unreadable data to PROGRESS_SET_ASIDE_KEY. `writable` is false when storage is
 *  unavailable or refused to move the data aside (then nothing is written over it). */
export function readProgress(storage: StorageLike): ProgressRead & { writable: boolean } {
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { store: emptyProgress(), setAside: undefined, writable: false };
  }
  const read = parseProgress(raw);
  if (read.setAside === undefined || raw === null) return { ...read, writable: true };
  try {
    storage.setItem(PROGRESS_SET_ASIDE_KEY, raw);
    storage.removeItem(PROGRESS_KEY);
    return { ...read, writable: true };
  } catch {
    return { ...read, writable: false };
  }
}

/** Applies `change` to the stored progress and saves it; false when storage is unavailable or full. */
export function updateProgress(storage: StorageLike, change: (store: ProgressStore) => void): boolean {
  const { store, writable } = readProgress(storage);
  if (!writable) return false;
  change(store);
  const text = JSON.stringify(store);
  if (text.length > MAX_STORE_CHARS) return false;
  try {
    storage.setItem(PROGRESS_KEY, text);
    return true;
  } catch {
    return false;
  }
}

export function resetProgress(storage: StorageLike): boolean {
  try {
    storage.removeItem(PROGRESS_KEY);
    return true;
  } catch {
    return false;
  }
}

function lessonOf(store: ProgressStore, page: string): LessonProgress | undefined {
  if (!PAGE.test(page)) return undefined;
  return (store.lessons[page] ??= emptyLesson());
}

/** A check of an exercise: a right answer marks it solved (for good); a wrong one counts a miss. */
export function recordExercise(store: ProgressStore, page: string, id: string, title: string, correct: boolean): void {
  const lesson = lessonOf(store, page);
  if (!lesson || !ID.test(id)) return;
  const record = (lesson.exercises[id] ??= { title: '', solved: false, wrong: 0 });
  record.title = title.slice(0, MAX_TITLE_LENGTH);
  if (correct) record.solved = true;
  else record.wrong += 1;
}

export function recordCellRun(store: ProgressStore, page: string, id: string): void {
  const lesson = lessonOf(store, page);
  if (lesson && ID.test(id) && !lesson.cells.includes(id)) lesson.cells.push(id);
}

export function recordSectionRead(store: ProgressStore, page: string, id: string): void {
  const lesson = lessonOf(store, page);
  if (lesson && ID.test(id) && !lesson.sections.includes(id)) lesson.sections.push(id);
}

export interface LessonTotals {
  exercises: number;
  cells: number;
  sections: number;
}

/** What a lesson's progress line shows: counts done, never more than the lesson has. */
export function summarise(store: ProgressStore, page: string, totals: LessonTotals): LessonTotals {
  const lesson = store.lessons[page];
  if (!lesson) return { exercises: 0, cells: 0, sections: 0 };
  const solved = Object.values(lesson.exercises).filter((record) => record.solved).length;
  return {
    exercises: Math.min(solved, totals.exercises),
    cells: Math.min(lesson.cells.length, totals.cells),
    sections: Math.min(lesson.sections.length, totals.sections),
  };
}

export interface Missed {
  page: string;
  id: string;
  title: string;
  wrong: number;
  solved: boolean;
}

/** Every exercise the reader got wrong at least once, unsolved ones first, in the order they were stored. */
export function missedExercises(store: ProgressStore): Missed[] {
  const missed: Missed[] = [];
  for (const [page, lesson] of Object.entries(store.lessons)) {
    for (const [id, record] of Object.entries(lesson.exercises)) {
      if (record.wrong > 0) missed.push({ page, id, ...record });
    }
  }
  return missed.sort((a, b) => Number(a.solved) - Number(b.solved));
}

// ---------------------------------------------------------------------------------------------
// Export file: { format: 's-curve-progress', version: 1, lessons: { ... } }.

export const FILE_FORMAT = 's-curve-progress';
/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = MAX_STORE_CHARS;

export type ImportProblem = 'notJson' | 'notProgress' | 'newerVersion' | 'tooLarge';
export type ImportResult = { ok: true; store: ProgressStore } | { ok: false; problem: ImportProblem };

export function exportProgress(store: ProgressStore): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: store.version, lessons: store.lessons }, null, 2)}\n`;
}

export function parseProgressFile(text: string): ImportResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: 'tooLarge' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (!isRecord(data) || data['format'] !== FILE_FORMAT) return { ok: false, problem: 'notProgress' };
  const migrated = migrate(data);
  if (migrated === 'newer') return { ok: false, problem: 'newerVersion' };
  if (typeof migrated === 'string') return { ok: false, problem: 'notProgress' };
  return { ok: true, store: migrated };
}

/** Joins imported progress into the stored: solved if solved in either, the larger miss count, every cell and
 *  section from both. Nothing the reader already has is lost. */
export function mergeProgress(into: ProgressStore, from: ProgressStore): void {
  for (const [page, incoming] of Object.entries(from.lessons)) {
    const lesson = (into.lessons[page] ??= emptyLesson());
    for (const [id, record] of Object.entries(incoming.exercises)) {
      const mine = lesson.exercises[id];
      lesson.exercises[id] = mine
        ? { title: mine.title || record.title, solved: mine.solved || record.solved, wrong: Math.max(mine.wrong, record.wrong) }
        : { ...record };
    }
    lesson.cells = [...new Set([...lesson.cells, ...incoming.cells])];
    lesson.sections = [...new Set([...lesson.sections, ...incoming.sections])];
  }
}
