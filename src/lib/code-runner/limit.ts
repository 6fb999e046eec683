// The page's side of a run: one fresh worker per run, a time limit that starts when the cell's code starts
// (loading the runner does not count against it), and termination at the limit, so an endless loop costs the
// reader three seconds and never the page. Pure apart from the worker and timers it is given.
import type { CellError, RunnerMessage, RunRequest } from './messages.ts';

export const TIME_LIMIT_MS = 3000;
/** How long the worker may take to load (sucrase and the course modules) before the page gives up on it. */
export const START_LIMIT_MS = 30_000;

export interface WorkerLike {
  postMessage(message: RunRequest): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<RunnerMessage>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
}

export type Outcome =
  | { kind: 'done'; ms: number }
  | { kind: 'error'; error: CellError }
  | { kind: 'timeout'; limitMs: number }
  | { kind: 'failed' };

export interface LimitOptions {
  /** Every message the worker sends before the outcome (output, results, plots). */
  onMessage: (message: RunnerMessage) => void;
  timeLimitMs?: number;
  startLimitMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface RunHandle {
  outcome: Promise<Outcome>;
  /** Stops the worker at once (e.g. a new run of the same cell); the outcome becomes a timeout of 0 ms. */
  cancel: () => void;
}

export function runWithLimit(createWorker: () => WorkerLike, source: string, options: LimitOptions): RunHandle {
  const timeLimitMs = options.timeLimitMs ?? TIME_LIMIT_MS;
  const setTimer = options.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let settle: (outcome: Outcome) => void = () => {};
  const outcome = new Promise<Outcome>((resolve) => {
    settle = resolve;
  });
  let finished = false;
  let timer: unknown;
  let worker: WorkerLike | undefined;
  const finish = (result: Outcome): void => {
    if (finished) return;
    finished = true;
    clearTimer(timer);
    worker?.terminate();
    settle(result);
  };
  const restartTimer = (ms: number, result: Outcome): void => {
    clearTimer(timer);
    timer = setTimer(() => finish(result), ms);
  };
  try {
    worker = createWorker();
  } catch {
    finish({ kind: 'failed' });
    return { outcome, cancel: () => {} };
  }
  restartTimer(options.startLimitMs ?? START_LIMIT_MS, { kind: 'failed' });
  worker.addEventListener('message', (event) => {
    if (finished) return;
    const message = event.data;
    if (message.type === 'started') restartTimer(timeLimitMs, { kind: 'timeout', limitMs: timeLimitMs });
    else if (message.type === 'done') finish({ kind: 'done', ms: message.ms });
    else if (message.type === 'error') finish({ kind: 'error', error: message.error });
    else options.onMessage(message);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    finish({ kind: 'failed' });
  });
  worker.postMessage({ type: 'run', source });
  return { outcome, cancel: () => finish({ kind: 'timeout', limitMs: 0 }) };
}
