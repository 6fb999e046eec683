// Code exercises run in Node the way the worker runs them: the reader's code then the hidden tests, through the
// code-cell runner. Every reference solution passes every test and every starter fails at least one, so the
// tests (whose expected values come from the math module) can tell right code from wrong.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as format from '../../src/lib/format.ts';
import * as math from '../../src/lib/math/index.ts';
import { runCell } from '../../src/lib/code-runner/run.ts';
import type { RunnerMessage } from '../../src/lib/code-runner/messages.ts';
import { buildTestProgram, readReport, REPORT_MARK, testBody, type TestReport } from '../../src/lib/code-exercise/harness.ts';
import { CODE_EXERCISES } from '../../src/lib/code-exercise/exercises.ts';

const modules = { 's-curve/math': math, 's-curve/format': format };
const file = (name: string) => readFileSync(new URL(`../../src/exercises/${name}`, import.meta.url), 'utf8');

async function runTests(reader: string, tests: string, fn: string): Promise<{ report: TestReport | undefined; messages: RunnerMessage[] }> {
  const messages: RunnerMessage[] = [];
  await runCell(buildTestProgram(reader, tests, fn), { modules, post: (message) => messages.push(message) });
  const report = messages.flatMap((m) => (m.type === 'log' ? [readReport(m.text)] : [])).find((r) => r !== undefined);
  return { report, messages };
}

describe.each(Object.entries(CODE_EXERCISES))('code exercise %s', (name, exercise) => {
  const tests = file(`${name}.tests.ts`);

  it('passes every test with the reference solution', async () => {
    const { report } = await runTests(file(`${name}.solution.ts`), tests, exercise.functionName);
    expect(report?.kind).toBe('results');
    if (report?.kind !== 'results') return;
    expect(report.results.length).toBeGreaterThanOrEqual(4);
    expect(report.results.filter((result) => !result.pass)).toEqual([]);
  });

  it('fails at least one test with the starting code', async () => {
    const { report } = await runTests(file(`${name}.starter.ts`), tests, exercise.functionName);
    if (report?.kind !== 'results') throw new Error('no report');
    expect(report.results.some((result) => !result.pass)).toBe(true);
  });

  it('says so when the function is missing', async () => {
    const { report } = await runTests('const unrelated = 1;', tests, exercise.functionName);
    expect(report).toEqual({ kind: 'missing', name: exercise.functionName });
  });

  it('reports a function that throws as a failed test, not a crash', async () => {
    const { report } = await runTests(`function ${exercise.functionName}() { throw new RangeError('nope'); }`, tests, exercise.functionName);
    if (report?.kind !== 'results') throw new Error('no report');
    expect(report.results.every((result) => !result.pass && result.error === 'RangeError: nope')).toBe(true);
  });
});

describe('the harness', () => {
  it('keeps the reader’s line numbers for errors in their code', async () => {
    const { messages } = await runTests('const a = 1;\nnull.x;\nfunction stableSigmoid(x) { return x; }', 'check("t", () => ({ actual: 1, expected: 1 }));', 'stableSigmoid');
    const last = messages.at(-1);
    expect(last?.type).toBe('error');
    if (last?.type === 'error') expect(last.error.position?.line).toBe(2);
  });

  it('tells a value that is not a function from a missing one', async () => {
    const { report } = await runTests('const stableSigmoid = 3;', 'check("t", () => ({ actual: 1, expected: 1 }));', 'stableSigmoid');
    expect(report).toEqual({ kind: 'notFunction', name: 'stableSigmoid' });
  });

  it('compares arrays element by element with a relative tolerance', async () => {
    const tests = [
      'check("same", () => ({ actual: [1, 2e-20], expected: [1, 2e-20] }));',
      'check("tiny off", () => ({ actual: [1, 3e-20], expected: [1, 2e-20] }));',
      'check("short", () => ({ actual: [1], expected: [1, 2] }));',
      'check("nan", () => ({ actual: NaN, expected: 1 }));',
      'check("inf", () => ({ actual: Infinity, expected: Infinity }));',
    ].join('\n');
    const { report } = await runTests('function f() {}', tests, 'f');
    if (report?.kind !== 'results') throw new Error('no report');
    expect(report.results.map((result) => [result.name, result.pass])).toEqual([
      ['same', true],
      ['tiny off', false],
      ['short', false],
      ['nan', false],
      ['inf', true],
    ]);
    expect(report.results[3]).toMatchObject({ expected: '1', actual: 'NaN' });
  });

  it('ignores the reader’s own output and rejects a forged, malformed report', () => {
    expect(readReport('hello')).toBeUndefined();
    expect(readReport(`${REPORT_MARK}{"kind":"results","results":[{"name":1}]}`)).toBeUndefined();
    expect(readReport(`${REPORT_MARK}not json`)).toBeUndefined();
  });

  it('strips the type checker’s lines from a test file', () => {
    expect(testBody("import type * as M from 'x';\ndeclare const a: number;\ncheck('a', f);\nexport {};")).toBe("check('a', f);");
  });

  it('refuses a function name that is not an identifier', () => {
    expect(() => buildTestProgram('', '', 'a); evil(')).toThrow();
  });
});
