// Code exercises: the reader's code and an exercise's hidden tests become one program that runs in the code-cell
// worker (same sandbox, same time limit). The tests call `check(name, run)`; the program prints one report line,
// marked so the page can tell it from the reader's own output. Pure: used by the page and by unit tests in Node.

/** Starts the report line; a reader's console.log is unlikely to begin with it. */
export const REPORT_MARK = '\u241Es-curve-test-report\u241E';

export interface TestResult {
  name: string;
  pass: boolean;
  expected?: string;
  actual?: string;
  error?: string;
}

export type TestReport = { kind: 'missing'; name: string } | { kind: 'notFunction'; name: string } | { kind: 'results'; results: TestResult[] };

/** The test file as a statement list: its type-only imports and `declare`s are for the type checker only. */
export function testBody(testSource: string): string {
  return testSource
    .split('\n')
    .filter((line) => !/^\s*(?:import\s+type\b|declare\b|export\s*\{\s*\};?\s*$)/.test(line))
    .join('\n');
}

// Runs after the reader's code, in a block so its names cannot clash with the reader's. `close` is the
// tolerance rule, relative so tiny values count: |actual - expected| <= tolerance * max(|expected|, 1e-300),
// and equal infinities match.
function prelude(functionName: string): string {
  return `
;{
const __results = [];
const __show = (value) => Array.isArray(value) ? '[' + value.map(__show).join(', ') + ']' : typeof value === 'number' ? String(value) : typeof value === 'string' ? JSON.stringify(value) : String(value);
const __close = (actual, expected, tolerance) => typeof actual === 'number' && (actual === expected || Math.abs(actual - expected) <= tolerance * Math.max(Math.abs(expected), 1e-300));
const check = (name, run) => {
  try {
    const { actual, expected, tolerance = 1e-9 } = run();
    const pass = Array.isArray(expected)
      ? Array.isArray(actual) && actual.length === expected.length && expected.every((value, index) => __close(actual[index], value, tolerance))
      : __close(actual, expected, tolerance);
    __results.push({ name, pass, expected: __show(expected), actual: __show(actual) });
  } catch (error) {
    __results.push({ name, pass: false, error: error instanceof Error ? error.name + ': ' + error.message : String(error) });
  }
};
if (typeof ${functionName} === 'undefined') console.log(${JSON.stringify(REPORT_MARK)} + JSON.stringify({ kind: 'missing', name: ${JSON.stringify(functionName)} }));
else if (typeof ${functionName} !== 'function') console.log(${JSON.stringify(REPORT_MARK)} + JSON.stringify({ kind: 'notFunction', name: ${JSON.stringify(functionName)} }));
else {
`;
}

/** The program the worker runs: the reader's source, unchanged (so error positions stay theirs), then the tests. */
export function buildTestProgram(readerSource: string, testSource: string, functionName: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(functionName)) throw new Error(`not a function name: ${functionName}`);
  return `${readerSource}\n${prelude(functionName)}${testBody(testSource)}\nconsole.log(${JSON.stringify(REPORT_MARK)} + JSON.stringify({ kind: 'results', results: __results }));\n}\n}\n`;
}

function isResult(value: unknown): value is TestResult {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as Record<string, unknown>;
  return typeof result['name'] === 'string' && typeof result['pass'] === 'boolean';
}

/** The report in a line of output, or undefined when the line is the reader's own. */
export function readReport(line: string): TestReport | undefined {
  if (!line.startsWith(REPORT_MARK)) return undefined;
  try {
    const data = JSON.parse(line.slice(REPORT_MARK.length)) as Record<string, unknown>;
    if ((data['kind'] === 'missing' || data['kind'] === 'notFunction') && typeof data['name'] === 'string') {
      return { kind: data['kind'], name: data['name'] };
    }
    if (data['kind'] === 'results' && Array.isArray(data['results']) && data['results'].every(isResult)) {
      return { kind: 'results', results: data['results'] };
    }
  } catch {
    return undefined;
  }
  return undefined;
}
