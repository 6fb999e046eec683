// Runs one cell's TypeScript: transpile, compile as an async function body, call it with a require() that serves
// the course's modules, a console that captures output as text, and plot(). Everything it has to say goes out
// through `post` as RunnerMessages. The worker calls this; so do the unit tests, in Node.
import { formatLogArguments, inspectResult } from '../inspect.ts';
import { site } from '../../strings/en/site.ts';
import type { CellError, LogLevel, RunnerMessage } from './messages.ts';
import { checkPlot, PLOT_LIMITS } from './plot.ts';
import { AsyncFunction, buildProgram, PARAMETERS, sourcePosition, type CellFunction, type FunctionConstructorLike, type Program } from './program.ts';
import { bodyPosition, calibrate, innermostCellFrame, type WrapperOffset } from './stack.ts';
import { transpile } from './transpile.ts';

const text = site.code;

export const OUTPUT_LIMITS = { lines: 1000, lineLength: 10_000, characters: 200_000 } as const;

/** Module specifier -> module namespace, e.g. 's-curve/math'. */
export type ModuleTable = Readonly<Record<string, unknown>>;

export interface RunOptions {
  modules: ModuleTable;
  post: (message: RunnerMessage) => void;
  construct?: FunctionConstructorLike;
  /** Resolves when the cell's timers have all fired (the worker tracks them); default: at once. */
  settled?: () => Promise<void>;
  now?: () => number;
}

/** A compiled cell, ready to call, and how to describe an error thrown while it runs. */
export interface PreparedCell {
  run: () => Promise<void>;
  /** The console the cell is given; the worker puts it on globalThis.console too. */
  console: ReturnType<typeof createConsole>;
  describe: (error: unknown) => CellError;
}

const offsets = new WeakMap<FunctionConstructorLike, Promise<WrapperOffset>>();

function offsetFor(construct: FunctionConstructorLike): Promise<WrapperOffset> {
  let offset = offsets.get(construct);
  if (!offset) {
    offset = calibrate(construct);
    offsets.set(construct, offset);
  }
  return offset;
}

/** Relative imports as lesson examples write them ('../../lib/math/datasets.ts') name bundled modules too. */
export function moduleKey(specifier: string): string {
  const relative = /^(?:\.\.?\/)+(lib\/.+?)(?:\.ts)?$/.exec(specifier);
  return relative?.[1] ?? specifier;
}

export function createRequire(modules: ModuleTable): (specifier: string) => unknown {
  const known = Object.keys(modules)
    .filter((name) => name.startsWith('s-curve/'))
    .map((name) => `"${name}"`)
    .join(' and ');
  return (specifier) => {
    const key = moduleKey(String(specifier));
    if (!Object.prototype.hasOwnProperty.call(modules, key)) throw new Error(text.unknownModule(String(specifier), known));
    return modules[key];
  };
}

/** Output with limits: past them one `truncated` message, then silence, so a loop of logs cannot flood the page. */
function createOutput(post: (message: RunnerMessage) => void) {
  let lines = 0;
  let characters = 0;
  let stopped = false;
  return (level: LogLevel, line: string): void => {
    if (stopped) return;
    const clipped = line.length > OUTPUT_LIMITS.lineLength ? `${line.slice(0, OUTPUT_LIMITS.lineLength)}…` : line;
    lines += 1 + (clipped.match(/\n/g)?.length ?? 0);
    characters += clipped.length;
    if (lines > OUTPUT_LIMITS.lines || characters > OUTPUT_LIMITS.characters) {
      stopped = true;
      post({ type: 'truncated', lines: OUTPUT_LIMITS.lines });
      return;
    }
    post({ type: 'log', level, text: clipped });
  };
}

/** The console a cell sees: everything it prints becomes text lines. */
export function createConsole(emit: (level: LogLevel, line: string) => void, now: () => number) {
  const write = (level: LogLevel) => (...args: unknown[]) => emit(level, formatLogArguments(args));
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  return {
    log: write('log'),
    info: write('info'),
    debug: write('log'),
    trace: write('log'),
    dir: write('log'),
    table: write('log'),
    warn: write('warn'),
    error: write('error'),
    assert: (condition: unknown, ...args: unknown[]) => {
      if (!condition) emit('error', ['Assertion failed', formatLogArguments(args)].filter(Boolean).join(': '));
    },
    count: (label = 'default') => {
      const n = (counts.get(label) ?? 0) + 1;
      counts.set(label, n);
      emit('log', `${label}: ${n}`);
    },
    time: (label = 'default') => void timers.set(label, now()),
    timeEnd: (label = 'default') => {
      const start = timers.get(label);
      timers.delete(label);
      if (start !== undefined) emit('log', `${label}: ${(now() - start).toFixed(1)} ms`);
    },
  };
}

function createPlot(post: (message: RunnerMessage) => void) {
  let charts = 0;
  return (spec: unknown): void => {
    const checked = checkPlot(spec);
    if (!checked.ok) throw new TypeError(checked.message);
    charts += 1;
    if (charts > PLOT_LIMITS.charts) throw new RangeError(text.plot.tooManyCharts(PLOT_LIMITS.charts));
    post({ type: 'plot', plot: checked.plot });
  };
}

/** Name, message and the reader's line and column of anything a cell throws. */
export function describeError(error: unknown, program: Program, source: string, offset: WrapperOffset): CellError {
  if (!(error instanceof Error)) return { kind: 'runtime', name: 'Uncaught', message: inspectResult(error), position: undefined };
  const frame = innermostCellFrame(error.stack ?? '');
  const body = frame ? bodyPosition(frame, offset) : undefined;
  return {
    kind: 'runtime',
    name: error.name,
    message: error.message,
    position: body ? sourcePosition(program, source, body.line, body.column) : undefined,
  };
}

/** Transpiles and compiles a cell; posts a syntax error and returns undefined when it does not compile. */
export async function prepareCell(source: string, options: RunOptions): Promise<PreparedCell | undefined> {
  const { post, construct = AsyncFunction, now = () => performance.now() } = options;
  const transpiled = transpile(source);
  if (!transpiled.ok) {
    post({ type: 'error', error: { kind: 'syntax', name: 'SyntaxError', message: transpiled.message, position: transpiled.position } });
    return undefined;
  }
  const program = buildProgram(transpiled.code, construct);
  let cell: CellFunction;
  try {
    cell = new construct(...PARAMETERS, program.body);
  } catch (error) {
    // Sucrase parses loosely; the engine's own parser has the last word, though it gives no position.
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'error', error: { kind: 'syntax', name: 'SyntaxError', message, position: undefined } });
    return undefined;
  }
  const offset = await offsetFor(construct);
  const describe = (error: unknown) => describeError(error, program, source, offset);
  const cellConsole = createConsole(createOutput(post), now);
  const run = async (): Promise<void> => {
    const exports = {};
    const start = now();
    try {
      const value = await cell(createRequire(options.modules), exports, { exports }, cellConsole, createPlot(post));
      await options.settled?.();
      if (value !== undefined) post({ type: 'result', text: inspectResult(value) });
      post({ type: 'done', ms: Math.round(now() - start) });
    } catch (error) {
      post({ type: 'error', error: describe(error) });
    }
  };
  return { run, describe, console: cellConsole };
}

/** Runs a cell from source to its last message. */
export async function runCell(source: string, options: RunOptions): Promise<void> {
  options.post({ type: 'started' });
  const prepared = await prepareCell(source, options);
  await prepared?.run();
}
