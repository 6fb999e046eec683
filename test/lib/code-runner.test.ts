// The code-cell runner's pure pieces, in Node: transpiling with line and column kept, mapping engine positions
// back to the reader's source, capturing output, plot() payloads, and running every lesson example the way a
// cell runs it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as format from '../../src/lib/format.ts';
import * as math from '../../src/lib/math/index.ts';
import type { RunnerMessage } from '../../src/lib/code-runner/messages.ts';
import { buildProgram } from '../../src/lib/code-runner/program.ts';
import { createRequire, moduleKey, OUTPUT_LIMITS, runCell } from '../../src/lib/code-runner/run.ts';
import { alignColumn } from '../../src/lib/code-runner/align.ts';
import { bodyPosition, innermostCellFrame } from '../../src/lib/code-runner/stack.ts';
import { transpile } from '../../src/lib/code-runner/transpile.ts';
import { inspect, inspectResult } from '../../src/lib/inspect.ts';

const modules = { 's-curve/math': math, 's-curve/format': format, 'lib/math/activations': math };

async function run(source: string): Promise<RunnerMessage[]> {
  const messages: RunnerMessage[] = [];
  await runCell(source, { modules, post: (message) => messages.push(message) });
  return messages;
}

const lines = (messages: RunnerMessage[]) => messages.flatMap((m) => (m.type === 'log' ? [m.text] : []));
const result = (messages: RunnerMessage[]) => messages.find((m) => m.type === 'result');
const failure = (messages: RunnerMessage[]) => {
  const last = messages.at(-1);
  return last?.type === 'error' ? last.error : undefined;
};

describe('transpile', () => {
  it('strips types and turns imports into require() on the same lines', () => {
    const source = "import { sigmoid } from 's-curve/math';\nconst x: number = 3;\nconsole.log(sigmoid(x));";
    const out = transpile(source);
    if (!out.ok) throw new Error(out.message);
    const generated = out.code.split('\n');
    // One empty line goes in front (sucrase's helpers sit there); the reader's lines follow in order.
    expect(generated[1]).toContain("require('s-curve/math')");
    expect(generated[2]).toBe('const x = 3;');
    expect(generated[3]).toContain('.sigmoid');
  });

  it('reports a syntax error at the reader’s 1-based line and column, without sucrase’s prefix', () => {
    expect(transpile('const a = 1;\nlet b = (;\n')).toEqual({ ok: false, message: 'Unexpected token', position: { line: 2, column: 10 } });
  });

  it('keeps the reader’s lines: line n + 1 of the output holds line n of the source', () => {
    const source = 'const s = `${1}`;\nconst t = `a${2}`;\nconst u: number = 3;';
    const out = transpile(source);
    if (!out.ok) throw new Error(out.message);
    expect(out.code.split('\n').slice(1)).toEqual(['const s = `${1}`;', 'const t = `a${2}`;', 'const u = 3;']);
  });
});

describe('column alignment', () => {
  const column = (generated: string, source: string, word: string, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = generated.indexOf(word, at + 1);
    return alignColumn(generated, source, at + 1);
  };

  it('finds a token again after types were removed before it', () => {
    expect(column('const bad = null; bad.x', 'const bad: any = null; bad.x', 'x')).toBe(28);
  });

  it('lands an inserted token on the reader’s nearest token before it', () => {
    const source = 'console.log(sigmoid(x).toFixed(4));';
    const generated = 'console.log(_math.sigmoid.call(void 0, x).toFixed(4));';
    expect(column(generated, source, 'call')).toBe(source.indexOf('sigmoid') + 1);
    expect(column(generated, source, 'toFixed')).toBe(source.indexOf('toFixed') + 1);
    expect(column(generated, source, 'x')).toBe(source.indexOf('x') + 1);
  });

  it('keeps the offset inside a token and leaves identical lines alone', () => {
    expect(alignColumn('const abc = 1', 'const abc: number = 1', 8)).toBe(8);
    expect(alignColumn('same line', 'same line', 6)).toBe(6);
  });

  it('always answers a column on the reader’s line', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(200), (generated, source, col) => {
        const result = alignColumn(generated, source, col + 1);
        return Number.isInteger(result) && result >= 1;
      }),
    );
  });
});

describe('stack positions', () => {
  it('finds the innermost frame in compiled cell code in Chromium and Firefox stacks', () => {
    const chromium = [
      'RangeError: too big',
      '    at f (eval at prepareCell (http://x/_astro/w.js:1:99), <anonymous>:5:20)',
      '    at Array.map (<anonymous>)',
      '    at eval (eval at prepareCell (http://x/_astro/w.js:1:99), <anonymous>:8:9)',
    ].join('\n');
    expect(innermostCellFrame(chromium)).toEqual({ line: 5, column: 20 });
    expect(innermostCellFrame('f@http://x/_astro/w.js line 2 > AsyncFunction:4:11\n@http://x/w.js:1:2')).toEqual({ line: 4, column: 11 });
    expect(innermostCellFrame('Error\n    at http://x/_astro/w.js:1:2')).toBeUndefined();
  });

  it('subtracts the engine’s header, and places nothing inside it', () => {
    expect(bodyPosition({ line: 5, column: 20 }, { lines: 2, firstLineColumns: 0 })).toEqual({ line: 3, column: 20 });
    expect(bodyPosition({ line: 2, column: 4 }, { lines: 2, firstLineColumns: 0 })).toBeUndefined();
    expect(bodyPosition({ line: 1, column: 40 }, { lines: 0, firstLineColumns: 30 })).toEqual({ line: 1, column: 10 });
  });
});

describe('the final expression', () => {
  it('returns the last line’s value when it is an expression, with or without a semicolon', () => {
    expect(buildProgram('\nconst a = 1;\na + 1').returnLine).toBe(3);
    expect(buildProgram('\nconst a = 1;\na + 1;').returnLine).toBe(3);
  });

  it('leaves statements, declarations and a lone first line alone', () => {
    expect(buildProgram('\nfor (const x of [1]) {}').returnLine).toBeUndefined();
    expect(buildProgram('\nconst a = 1;').returnLine).toBeUndefined();
    expect(buildProgram('\nfunction f() {}').returnLine).toBeUndefined();
    expect(buildProgram('\nclass A {}').returnLine).toBeUndefined();
    expect(buildProgram('\nconst a = 1 +\n  2').returnLine).toBeUndefined();
  });
});

describe('running a cell', () => {
  it('captures console output as text lines and shows the final value, strings quoted', async () => {
    const messages = await run("import { sigmoid } from 's-curve/math';\nconsole.log('σ(0) =', sigmoid(0));\nconsole.warn([1, 2]);\n'done'");
    expect(messages[0]).toEqual({ type: 'started' });
    expect(lines(messages)).toEqual(['σ(0) = 0.5', '[1, 2]']);
    expect(messages.find((m) => m.type === 'log' && m.level === 'warn')).toBeDefined();
    expect(result(messages)).toEqual({ type: 'result', text: '"done"' });
    expect(messages.at(-1)?.type).toBe('done');
  });

  it('shows no value when the last line’s value is undefined', async () => {
    expect(result(await run("console.log('x')"))).toBeUndefined();
  });

  it('waits for top-level await', async () => {
    const messages = await run('await new Promise((resolve) => setTimeout(resolve, 5));\nconsole.log("after")');
    expect(lines(messages)).toEqual(['after']);
  });

  it('reports a runtime error at the reader’s line and column, through a transform that moved the code', async () => {
    const source = "import { sigmoid } from 's-curve/math';\nconst o: any = undefined;\n\nconsole.log(sigmoid(1)); o.foo;";
    const error = failure(await run(source));
    expect(error).toMatchObject({ kind: 'runtime', name: 'TypeError', position: { line: 4, column: 28 } });
  });

  it('keeps positions right after template literals that begin or end with a substitution', async () => {
    const source = "import { sigmoid } from 's-curve/math';\nfor (const x of [1]) console.log(`σ(${x}) = ${sigmoid(x).toFixed(4)}`);\nconst bad: any = null; bad.x";
    expect(failure(await run(source))?.position).toEqual({ line: 3, column: 28 });
  });

  it('reports an error thrown deeper, in the reader’s own function', async () => {
    const source = "function f(n: number): number {\n  if (n > 2) throw new RangeError('too big: ' + n);\n  return n;\n}\n[1, 2, 3].map(f)";
    expect(failure(await run(source))).toEqual({ kind: 'runtime', name: 'RangeError', message: 'too big: 3', position: { line: 2, column: 20 } });
  });

  it('maps an error on a returned last line despite the inserted `return (`', async () => {
    expect(failure(await run('const a: any = null;\na.b'))?.position).toEqual({ line: 2, column: 3 });
  });

  it('reports syntax errors with their position and runs nothing', async () => {
    const messages = await run("console.log('no');\nconst = 4;");
    expect(lines(messages)).toEqual([]);
    expect(failure(messages)).toMatchObject({ kind: 'syntax', position: { line: 2 } });
  });

  it('serves only the course modules, by name or by the path an example uses', async () => {
    expect(moduleKey('../../lib/math/activations.ts')).toBe('lib/math/activations');
    expect(moduleKey('s-curve/math')).toBe('s-curve/math');
    const require = createRequire(modules);
    expect(require('../../lib/math/activations.ts')).toBe(math);
    expect(() => require('node:fs')).toThrow(/Cannot import "node:fs".*"s-curve\/math" and "s-curve\/format"/);
    expect(failure(await run("import { readFileSync } from 'node:fs';\nreadFileSync('x')"))?.position?.line).toBe(1);
  });

  it('stops printing past the output limit with one notice, so a flood of logs cannot swamp the page', async () => {
    const messages = await run(`for (let i = 0; i < ${OUTPUT_LIMITS.lines * 3}; i++) console.log(i);`);
    expect(lines(messages)).toHaveLength(OUTPUT_LIMITS.lines);
    expect(messages.filter((m) => m.type === 'truncated')).toHaveLength(1);
    expect(messages.at(-1)?.type).toBe('done');
  });

  it('posts a checked plot payload, and throws at the reader’s call for a bad one', async () => {
    const good = await run("plot({ title: 'T', x: [0, 1], series: [{ label: 'a', y: new Float64Array([1, NaN]), dashed: true }] })");
    expect(good.find((m) => m.type === 'plot')).toEqual({
      type: 'plot',
      plot: { title: 'T', x: [0, 1], series: [{ label: 'a', y: [1, null], dashed: true }] },
    });
    const bad = failure(await run("\nplot({ x: [1, 2], series: [{ label: 'a', y: [1] }] })"));
    expect(bad).toMatchObject({ name: 'TypeError', message: 'plot(): series[0].y has 1 values but x has 2.', position: { line: 2, column: 1 } });
  });
});

describe('lesson examples run as cells and print what they print as modules', () => {
  const sources = import.meta.glob<string>('../../src/examples/**/*.ts', { query: '?raw', import: 'default', eager: true });
  for (const [path, source] of Object.entries(sources)) {
    const name = path.replace('../../src/examples/', '');
    it(`${name} runs to the end with output and no error`, async () => {
      const all: RunnerMessage[] = [];
      const files = import.meta.glob<Record<string, unknown>>('../../src/lib/math/**/*.ts', { eager: true });
      const table = { ...modules, ...Object.fromEntries(Object.entries(files).map(([p, m]) => [moduleKey(p.replace('../../src/', '../')), m])) };
      await runCell(source, { modules: table, post: (message) => all.push(message) });
      expect(all.at(-1)?.type, JSON.stringify(failure(all))).toBe('done');
      expect(all.some((m) => m.type === 'log' || m.type === 'plot' || m.type === 'result')).toBe(true);
    });
  }

  it('the NumPy twin prints NumPy’s digits through the runner too', async () => {
    const source = sources['../../src/examples/sigmoid/numpy-values.ts'] ?? '';
    expect(lines(await run(source))).toEqual(['0.9999546021312976', '0.5', '4.5397868702434395e-05']);
  });

  it('the matplotlib twin plots σ on [-10, 10] with a dashed line at 0.5', async () => {
    const messages = await run(sources['../../src/examples/sigmoid/matplotlib-plot.ts'] ?? '');
    const plotted = messages.find((m) => m.type === 'plot');
    if (plotted?.type !== 'plot') throw new Error('no plot');
    const [curve, half] = plotted.plot.series;
    expect([plotted.plot.x[0], plotted.plot.x.at(-1)]).toEqual([-10, 10]);
    expect(curve?.y[0]).toBeCloseTo(math.sigmoid(-10), 15);
    expect(half).toMatchObject({ dashed: true });
    expect(new Set(half?.y)).toEqual(new Set([0.5]));
  });
});

describe('inspect', () => {
  it('prints sets, dates, class instances and symbols', () => {
    class Point {
      constructor(
        readonly x: number,
        readonly y: number,
      ) {}
    }
    expect(inspect(new Set([1, 'a']))).toBe('Set(2) { 1, "a" }');
    expect(inspect(new Date(0))).toBe('1970-01-01T00:00:00.000Z');
    expect(inspect(new Point(1, 2))).toBe('Point { x: 1, y: 2 }');
    expect(inspect(Symbol('s'))).toBe('Symbol(s)');
  });

  it('survives getters that throw', () => {
    const value = Object.defineProperty({}, 'bad', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(inspect(value)).toBe('[Object that cannot be printed]');
  });

  it('quotes a string result so "1" and 1 differ', () => {
    expect(inspectResult('1')).toBe('"1"');
    expect(inspectResult(1)).toBe('1');
  });

  it('never puts markup anywhere but in text: the output is a string for any value', () => {
    fc.assert(fc.property(fc.anything(), (value) => typeof inspectResult(value) === 'string'));
  });
});
