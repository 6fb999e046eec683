// The worker's unit of work, kept apart from the worker so it can be tested with a made-up clock: train whole
// epochs until a target epoch or until a time budget is spent, whichever comes first.

/** Training time per slice: long enough that posting and reading a message is a small share, short enough that
 * pause and reset are heard within a frame or two. */
export const SLICE_MS = 12;
/** The decision map (a forward pass over the GRID × GRID lattice) goes out at most this often while training; the
 * page draws it at most every 400 ms. */
export const MAP_INTERVAL_MS = 200;

export interface Trainable {
  readonly epoch: number;
  advance(epochs: number): void;
}

export interface SliceResult {
  /** Epochs trained in this slice. */
  trained: number;
  /** Milliseconds the slice took, by the clock it was given. */
  elapsed: number;
}

/**
 * Trains one epoch at a time while the epoch count is below `target` and less than `budgetMs` has passed since the
 * start: at least one epoch when below target (so a slow network still moves), never an epoch started after the
 * budget ran out, so a slice overruns its budget by less than one epoch.
 */
export function trainSlice(session: Trainable, target: number, budgetMs: number, now: () => number): SliceResult {
  const start = now();
  let elapsed = 0;
  let trained = 0;
  while (session.epoch < target && elapsed < budgetMs) {
    session.advance(1);
    trained += 1;
    elapsed = now() - start;
  }
  return { trained, elapsed };
}
