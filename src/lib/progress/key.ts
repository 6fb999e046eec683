// The names the up-front progress script needs, on their own so it can listen and check for saved progress
// without loading the store's code: the localStorage keys and the DOM events the page's parts send.
import { PROGRESS_KEY } from '../storage-keys.ts';

export { PROGRESS_KEY };
export const PROGRESS_SET_ASIDE_KEY = `${PROGRESS_KEY}:set-aside`;
/** Sent on document by an exercise when the reader checks an answer: detail is ExerciseEventDetail. */
export const EXERCISE_EVENT = 's-curve:exercise';
/** Sent (bubbling) by a code cell when a run ends: detail is CellRunEventDetail. */
export const CELL_RUN_EVENT = 's-curve:cell-run';
/** Sent on document after the saved progress changed, so lists on the page can redraw. */
export const PROGRESS_CHANGED_EVENT = 's-curve:progress-changed';

export interface ExerciseEventDetail {
  id: string;
  title: string;
  correct: boolean;
}

export interface CellRunEventDetail {
  id: string;
  outcome: 'done' | 'error' | 'timeout' | 'failed';
}
