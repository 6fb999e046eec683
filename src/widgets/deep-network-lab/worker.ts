// The lab's training worker: owns one training session and trains it in slices of about SLICE_MS, posting one
// message per slice with what changed (the decision map only every MAP_INTERVAL_MS, and whenever training stops),
// so the page never waits on training and a pause takes effect within one slice.
// The engine's WebAssembly kernels (the worker's policy allows them; see kernels.ts).
import '../../lib/math/network/kernels-wasm.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { createSession, type LabSession } from './session.ts';
import { MAP_INTERVAL_MS, SLICE_MS, trainSlice } from './slice.ts';

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
/** When the map last went out (performance.now()). */
let mapSent = -Infinity;

// The map goes with every report while training is stopped, and at most every MAP_INTERVAL_MS while it runs.
function post(epochsPerSecond: number | null): void {
  if (session === null) return;
  const now = performance.now();
  const withMap = !running || now - mapSent >= MAP_INTERVAL_MS;
  if (withMap) mapSent = now;
  const delta = session.takeDelta(withMap);
  const message: FromWorker = { type: 'delta', run, command, delta, running, epochsPerSecond, engine: session.trainer.engine };
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
    const { trained, elapsed } = trainSlice(session, target, SLICE_MS, () => performance.now());
    const losses = session.trainer.history.loss;
    // Overflowed weights never recover: stop rather than train on NaN.
    if (session.epoch >= target || !Number.isFinite(losses[losses.length - 1] ?? 0)) running = false;
    post(trained > 0 && elapsed > 0 ? (trained / elapsed) * 1000 : null);
    if (running) schedule();
  } catch (error) {
    fail(error);
  }
}

// Yields to the message queue between slices with a message to itself: nested setTimeout(0) calls are clamped to
// 4 ms, which would idle the worker a quarter of the time between 12 ms slices.
let wake: MessagePort | null = null;
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (typeof MessageChannel !== 'function') {
    setTimeout(slice, 0);
    return;
  }
  if (wake === null) {
    const channel = new MessageChannel();
    channel.port1.onmessage = slice;
    // Node (the unit tests) would otherwise keep running for an open port; browsers have no unref.
    (channel.port1 as MessagePort & { unref?: () => void }).unref?.();
    wake = channel.port2;
  }
  wake.postMessage(null);
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
