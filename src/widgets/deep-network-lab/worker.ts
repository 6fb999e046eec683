// The lab's training worker: owns one training session and trains it in slices of about SLICE_MS, posting what
// changed after each slice, so the page never waits on training and a pause takes effect within one slice.
import type { FromWorker, ToWorker } from './protocol.ts';
import { createSession, type LabSession } from './session.ts';

/** Training time per slice; the page hears from the worker about this often. */
export const SLICE_MS = 40;

interface WorkerScope {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

let session: LabSession | null = null;
let run = -1;
let command = 0;
let target = 0;
let running = false;
let scheduled = false;

function post(epochsPerSecond: number | null): void {
  if (session === null) return;
  const delta = session.takeDelta(true);
  const message: FromWorker = { type: 'delta', run, command, delta, running, epochsPerSecond };
  scope.postMessage(message, delta.map === undefined ? [] : [delta.map.buffer]);
}

function fail(error: unknown): void {
  running = false;
  scope.postMessage({ type: 'error', run, message: error instanceof Error ? error.message : String(error) }, []);
}

// One slice: whole epochs until the time is up or the target is reached, then a report; yields between slices
// so pause and reset messages are read.
function slice(): void {
  scheduled = false;
  if (!running || session === null) return;
  try {
    const start = performance.now();
    const fromEpoch = session.epoch;
    let elapsed = 0;
    while (session.epoch < target && elapsed < SLICE_MS) {
      session.advance(1);
      elapsed = performance.now() - start;
    }
    const trained = session.epoch - fromEpoch;
    const losses = session.trainer.history.loss;
    // Overflowed weights never recover: stop rather than train on NaN.
    if (session.epoch >= target || !Number.isFinite(losses[losses.length - 1] ?? 0)) running = false;
    post(trained > 0 && elapsed > 0 ? (trained / elapsed) * 1000 : null);
    if (running) schedule();
  } catch (error) {
    fail(error);
  }
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(slice, 0);
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  try {
    if (message.type === 'reset') {
      run = message.run;
      command = message.command;
      running = false;
      session = createSession(message.settings);
      post(null);
      return;
    }
    if (message.run !== run || session === null) return;
    command = message.command;
    if (message.type === 'train') {
      target = message.until;
      running = session.epoch < target;
      if (running) schedule();
      else post(null);
    } else if (message.type === 'pause') {
      running = false;
      post(null);
    } else {
      running = false;
      session.advance(message.epochs);
      post(null);
    }
  } catch (error) {
    fail(error);
  }
});
