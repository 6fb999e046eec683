// TypeScript to plain JavaScript for a code cell, with sucrase: types are stripped and `import` becomes
// `require`, on the same lines as the reader wrote them. A syntax error comes back with its line and column.
// The source is given one empty line in front: sucrase writes "use strict" and its import helpers at the start
// of the first line, and on a line of their own they cannot shift the columns of the reader's first line.
import { transform } from 'sucrase';

export interface SourcePosition {
  /** 1-based, in the reader's source. */
  line: number;
  /** 1-based, in the reader's source. */
  column: number;
}

export type Transpiled =
  /** `code` has one more line than the source: line n + 1 of `code` holds line n of the source. */
  | { ok: true; code: string }
  | { ok: false; message: string; position: SourcePosition | undefined };

interface SucraseError {
  message: string;
  loc?: { line: number; column: number };
}

function isSucraseError(error: unknown): error is SucraseError {
  return error instanceof Error;
}

export function transpile(source: string): Transpiled {
  try {
    const result = transform(`\n${source}`, {
      transforms: ['typescript', 'imports'],
      filePath: 'cell.ts',
    });
    return { ok: true, code: result.code };
  } catch (error) {
    if (!isSucraseError(error)) return { ok: false, message: String(error), position: undefined };
    // Sucrase reports 1-based line and column both in `loc` and as " (line:column)" at the end of the message.
    const loc = error.loc;
    return {
      ok: false,
      message: error.message.replace(/^Error transforming [^:]*:\s*/, '').replace(/\s*\(\d+:\d+\)$/, ''),
      position: loc ? { line: Math.max(1, loc.line - 1), column: loc.column } : undefined,
    };
  }
}
