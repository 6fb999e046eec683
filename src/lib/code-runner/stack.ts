// Finds where in a cell's own code an error happened, from the error's stack trace. Code compiled with
// `new AsyncFunction(...)` appears in stacks as "<anonymous>:line:column" (Chromium, Node) or
// "> AsyncFunction:line:column" (Firefox), counted from the start of the generated function text, which
// has a header of its own before the body; calibrate() measures that header once.
import { PARAMETERS, type FunctionConstructorLike } from './program.ts';

/** Lines and columns the engine adds before the body: subtract them from a stack position. */
export interface WrapperOffset {
  lines: number;
  /** Only on the body's first line, where an engine could put the body after the header. */
  firstLineColumns: number;
}

const FRAME = /(?:<anonymous>|> (?:Async)?Function):(\d+):(\d+)\)?\s*$/;
const PROBE = 'return new Error()';
// The probe's `new` keyword sits at column 8 of the body's first line.
const PROBE_COLUMN = 'return '.length + 1;

/** Position of the innermost frame in compiled cell code, in stack coordinates, if any frame is there. */
export function innermostCellFrame(stack: string): { line: number; column: number } | undefined {
  for (const frame of stack.split('\n')) {
    const match = FRAME.exec(frame);
    if (match) return { line: Number(match[1]), column: Number(match[2]) };
  }
  return undefined;
}

/** Runs a one-line probe through the same constructor to learn the header's size. */
export async function calibrate(construct: FunctionConstructorLike): Promise<WrapperOffset> {
  const probe = new construct(...PARAMETERS, PROBE);
  const error: unknown = await probe();
  const frame = error instanceof Error ? innermostCellFrame(error.stack ?? '') : undefined;
  if (!frame) return { lines: 2, firstLineColumns: 0 };
  return { lines: frame.line - 1, firstLineColumns: frame.column - PROBE_COLUMN };
}

/** The body position (1-based) of a stack position, or undefined if it falls in the header. */
export function bodyPosition(frame: { line: number; column: number }, offset: WrapperOffset): { line: number; column: number } | undefined {
  const line = frame.line - offset.lines;
  if (line < 1) return undefined;
  const column = line === 1 ? frame.column - offset.firstLineColumns : frame.column;
  return { line, column: Math.max(1, column) };
}
