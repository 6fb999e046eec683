// The lesson page's progress recorder, loaded on the first thing worth recording (or at once when progress is
// saved, to draw it in the lesson list): saves each check, run and section read, then redraws.
import { PROGRESS_CHANGED_EVENT, type CellRunEventDetail, type ExerciseEventDetail } from '../../lib/progress/key.ts';
import {
  PROGRESS_SET_ASIDE_KEY,
  readProgress,
  recordCellRun,
  recordExercise,
  recordSectionRead,
  updateProgress,
  type ProgressStore,
} from '../../lib/progress/store.ts';
import { selfStudy } from '../../strings/en/self-study.ts';
import { renderLessonProgress, showNotice } from './progress-view.ts';

const text = selfStudy.progress;
let checked = false;

function notice(message: string | undefined): void {
  showNotice(document.querySelector('[data-progress-notice]'), message);
}

/** Reads (setting aside unreadable data, with a notice the first time) and draws the lesson list. */
export function show(): void {
  const read = readProgress(localStorage);
  if (!checked) {
    checked = true;
    if (read.setAside !== undefined) notice(text.setAside(PROGRESS_SET_ASIDE_KEY));
  }
  renderLessonProgress(document, read.store);
}

function save(change: (store: ProgressStore) => void): void {
  if (!checked) show();
  const kept = updateProgress(localStorage, change);
  if (!kept) notice(text.notKept);
  renderLessonProgress(document, readProgress(localStorage).store);
  document.dispatchEvent(new CustomEvent(PROGRESS_CHANGED_EVENT));
}

export function exercise(page: string, detail: ExerciseEventDetail): void {
  save((store) => recordExercise(store, page, detail.id, detail.title, detail.correct));
}

export function cellRun(page: string, detail: CellRunEventDetail): void {
  save((store) => recordCellRun(store, page, detail.id));
}

export function sectionRead(page: string, id: string): void {
  save((store) => recordSectionRead(store, page, id));
}
