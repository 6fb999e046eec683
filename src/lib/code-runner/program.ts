// Turns transpiled cell code into the body of an async function the runner calls, and maps positions in that
// body back to the reader's source. If the last line is an expression, it becomes `return (…)` so its value can
// be shown, as a notebook shows the value of a cell's last line.
import { alignColumn } from './align.ts';
import type { SourcePosition } from './transpile.ts';

/** The names a cell's code sees as arguments: what sucrase's `require`/`exports` need, console and plot. */
export const PARAMETERS = ['require', 'exports', 'module', 'console', 'plot'] as const;

export type CellFunction = (...args: unknown[]) => Promise<unknown>;
export type FunctionConstructorLike = new (...args: string[]) => CellFunction;

// The constructor of `async function`s, which the language does not name.
export const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as FunctionConstructorLike;

export interface Program {
  body: string;
  /** The transpiled code before any rewrite, line by line. */
  lines: string[];
  /** 1-based line of `return (` in the body, when the last line was made to return its value. */
  returnLine: number | undefined;
  /** Columns added before the expression on that line. */
  returnShift: number;
}

const RETURN = 'return (';
// Lines that parse as an expression in parentheses but mean something else as a statement.
const DECLARATION = /^\s*(?:function\b|class\b|async\s+function\b|\{)/;

function compiles(body: string, construct: FunctionConstructorLike): boolean {
  try {
    new construct(...PARAMETERS, body);
    return true;
  } catch {
    return false;
  }
}

/** `code` as a function body, returning the value of its last line when that line is an expression. */
export function buildProgram(code: string, construct: FunctionConstructorLike = AsyncFunction): Program {
  const lines = code.split('\n');
  const plain: Program = { body: code, lines, returnLine: undefined, returnShift: 0 };
  let last = lines.length - 1;
  while (last >= 0 && /^\s*(?:\/\/.*)?$/.test(lines[last] ?? '')) last--;
  if (last < 0) return plain;
  const line = lines[last] ?? '';
  if (last === 0 || DECLARATION.test(line)) return plain;
  const candidates = [line];
  const trimmed = line.trimEnd();
  if (trimmed.endsWith(';')) candidates.push(trimmed.slice(0, -1));
  for (const expression of candidates) {
    // The closing parenthesis goes on a line of its own so that a trailing // comment cannot swallow it.
    const rewritten = [...lines.slice(0, last), `${RETURN}${expression}\n);`, ...lines.slice(last + 1)].join('\n');
    if (compiles(rewritten, construct)) return { body: rewritten, lines, returnLine: last + 1, returnShift: RETURN.length };
  }
  return plain;
}

/** The reader's position for a 1-based line and column in the program body. The body's first line is the one
 *  transpile() adds in front, so body line n + 1 is the reader's line n. */
export function sourcePosition(program: Program, source: string, line: number, column: number): SourcePosition {
  const generatedColumn = line === program.returnLine && column > program.returnShift ? column - program.returnShift : column;
  const sourceLine = Math.max(1, line - 1);
  const text = source.split('\n')[sourceLine - 1] ?? '';
  return { line: sourceLine, column: Math.max(1, alignColumn(program.lines[line - 1] ?? '', text, generatedColumn)) };
}
