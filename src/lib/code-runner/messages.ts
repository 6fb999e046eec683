// What the code-cell worker and the page say to each other. The page sends one `run`; the worker answers with
// `started`, then output, then exactly one of `done` or `error`.
import type { PlotPayload } from './plot.ts';
import type { SourcePosition } from './transpile.ts';

export interface RunRequest {
  type: 'run';
  source: string;
}

export type LogLevel = 'log' | 'info' | 'warn' | 'error';

export interface CellError {
  kind: 'syntax' | 'runtime';
  name: string;
  message: string;
  /** In the reader's source, when it is known. */
  position: SourcePosition | undefined;
}

export type RunnerMessage =
  | { type: 'started' }
  | { type: 'log'; level: LogLevel; text: string }
  | { type: 'result'; text: string }
  | { type: 'plot'; plot: PlotPayload }
  | { type: 'truncated'; lines: number }
  | { type: 'error'; error: CellError }
  | { type: 'done'; ms: number };
