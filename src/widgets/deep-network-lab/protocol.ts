// Messages between the lab's page script and its training worker. Every message carries the run number, so
// anything still in flight from a run the reader has since reset is dropped, and every command a number that the
// worker's reports echo, so the page knows which command a report answers.
import type { SessionDelta } from './session.ts';
import type { LabSettings } from './settings.ts';

export type ToWorker =
  | { type: 'reset'; run: number; command: number; settings: LabSettings }
  /** Train until the epoch count reaches `until`, posting deltas as it goes. */
  | { type: 'train'; run: number; command: number; until: number }
  | { type: 'pause'; run: number; command: number }
  | { type: 'step'; run: number; command: number; epochs: number };

export type FromWorker =
  | {
      type: 'delta';
      run: number;
      /** The latest command the worker had received when it sent this. */
      command: number;
      delta: SessionDelta;
      running: boolean;
      /** Epochs per second of training time in the latest slice; null when nothing was trained. */
      epochsPerSecond: number | null;
      /** Where the worker's engine runs its dense loops. */
      engine: 'webassembly' | 'javascript';
    }
  | { type: 'error'; run: number; message: string };
