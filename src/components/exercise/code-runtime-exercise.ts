// A code exercise's runtime, loaded on first use: the editor (the code cells' CodeMirror), a run of the reader's
// code followed by the hidden tests in the code cells' worker and time limit, per-test feedback, and the
// reader's code kept in the code cells' store so it survives a reload.
import { buildTestProgram, readReport, type TestReport, type TestResult } from '../../lib/code-exercise/harness.ts';
import type { Outcome } from '../../lib/code-runner/limit.ts';
import type { RunnerMessage } from '../../lib/code-runner/messages.ts';
import { readStore, writeCell } from '../../lib/code-runner/storage.ts';
import { EXERCISE_EVENT, type ExerciseEventDetail } from '../../lib/progress/key.ts';
import { site } from '../../strings/en/site.ts';
import { selfStudy } from '../../strings/en/self-study.ts';
import { runSource } from '../code-cell/code-runtime.ts';
import type { EditorHandle } from '../code-cell/code-runtime-editor.ts';
import { openEditorIn, part } from '../code-cell/open-editor.ts';
import { describeError, markErrorLine } from '../code-cell/output.ts';

const text = selfStudy.codeExercise;

interface State {
  section: HTMLElement;
  key: string;
  original: string;
  pending: string;
  editor: EditorHandle | undefined;
  opening: Promise<EditorHandle> | undefined;
  running: boolean;
}

const states = new WeakMap<HTMLElement, State>();

function stateOf(section: HTMLElement): State {
  let state = states.get(section);
  if (state) return state;
  const original = part(section, '.source pre').textContent ?? '';
  const key = section.dataset['storeKey'] ?? section.id;
  const stored = readStore(localStorage).store.cells[key];
  state = { section, key, original, pending: stored ?? original, editor: undefined, opening: undefined, running: false };
  states.set(section, state);
  return state;
}

function say(section: HTMLElement, message: string, state: 'correct' | 'incorrect' | 'invalid' | 'info'): void {
  const feedback = part(section, '.feedback');
  feedback.textContent = message;
  feedback.dataset['state'] = state;
}

function save(state: State, source: string): void {
  state.pending = source;
  const edited = source !== state.original;
  writeCell(localStorage, state.key, edited ? source : undefined);
  part(state.section, 'button.reset').hidden = !edited;
}

function openEditor(state: State, focus: boolean): Promise<EditorHandle> {
  const { section } = state;
  return openEditorIn(section, state, focus, {
    label: text.editorLabel(section.dataset['function'] ?? section.id),
    onChange: (source) => save(state, source),
    onRun: () => check(section),
    loading: site.code.loadingEditor,
    failed: text.failed,
    opened: () => {
      part(section, 'button.reset').hidden = state.pending === state.original;
    },
  });
}

function report(section: HTMLElement, correct: boolean): void {
  const detail: ExerciseEventDetail = { id: section.id, title: section.dataset['title'] ?? section.id, correct };
  document.dispatchEvent(new CustomEvent(EXERCISE_EVENT, { detail }));
}

function resultItem(result: TestResult): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset['pass'] = String(result.pass);
  const mark = document.createElement('span');
  mark.className = 'mark';
  mark.textContent = result.pass ? `✓ ${text.pass}` : `✗ ${text.fail}`;
  const why = result.error !== undefined ? text.threw(result.error) : text.expected(result.expected ?? '', result.actual ?? '');
  item.append(mark, ` ${result.name}${result.pass ? '' : `: ${why}`}`);
  return item;
}

/** Shows the outcome of a run and returns whether every test passed. */
function show(state: State, outcome: Outcome, testReport: TestReport | undefined): boolean {
  const { section } = state;
  const list = part(section, '.test-results');
  if (outcome.kind === 'timeout') return say(section, text.timedOut(outcome.limitMs / 1000), 'incorrect'), false;
  if (outcome.kind === 'failed') return say(section, text.failed, 'invalid'), false;
  if (outcome.kind === 'error' && testReport === undefined) {
    say(section, `${text.broken} ${describeError(outcome.error)}`, 'incorrect');
    // The reader's code comes first in the program, so a line within it is theirs (the editor ignores others).
    markErrorLine(state.editor, outcome.error, part(section, '.feedback'), `${section.id}-error`);
    return false;
  }
  if (testReport === undefined) return say(section, text.noReport, 'incorrect'), false;
  if (testReport.kind === 'missing') return say(section, text.missing(testReport.name), 'incorrect'), false;
  if (testReport.kind === 'notFunction') return say(section, text.notAFunction(testReport.name), 'incorrect'), false;
  const { results } = testReport;
  const passed = results.filter((result) => result.pass).length;
  list.append(...results.map(resultItem));
  list.hidden = false;
  const all = passed === results.length && results.length > 0;
  say(section, all ? text.allPassed(results.length) : text.somePassed(passed, results.length), all ? 'correct' : 'incorrect');
  return all;
}

export function check(section: HTMLElement): void {
  const state = stateOf(section);
  if (state.running) return;
  state.running = true;
  const button = part<HTMLButtonElement>(section, 'button.check');
  const status = part(section, '.status');
  const printed = part(section, '.printed');
  const output = part(section, '.output');
  const list = part(section, '.test-results');
  state.editor?.clearError();
  button.disabled = true;
  status.textContent = text.checking;
  say(section, '', 'info');
  list.replaceChildren();
  list.hidden = true;
  output.textContent = '';
  printed.hidden = true;
  let testReport: TestReport | undefined;
  const onMessage = (message: RunnerMessage): void => {
    if (message.type !== 'log' && message.type !== 'truncated') return;
    const found = message.type === 'log' ? readReport(message.text) : undefined;
    if (found) {
      testReport = found;
      return;
    }
    const line = message.type === 'log' ? message.text : site.code.truncated(message.lines);
    output.textContent = output.textContent === '' ? line : `${output.textContent}\n${line}`;
    printed.hidden = false;
  };
  const source = state.editor?.doc() ?? state.pending;
  const program = buildTestProgram(source, section.dataset['tests'] ?? '', section.dataset['function'] ?? '');
  void runSource(program, onMessage).then((outcome) => {
    const passed = show(state, outcome, testReport);
    report(section, passed);
    status.textContent = '';
    button.disabled = false;
    state.running = false;
  });
}

export function edit(section: HTMLElement): void {
  void openEditor(stateOf(section), true);
}

export function reset(section: HTMLElement): void {
  const state = stateOf(section);
  state.editor?.setDoc(state.original);
  save(state, state.original);
  part(section, '.status').textContent = text.resetDone;
  state.editor?.focus();
}

/** On load, for an exercise the reader wrote code in before: open the editor on their version. */
export function restore(section: HTMLElement): void {
  const state = stateOf(section);
  if (state.pending !== state.original) void openEditor(state, false);
}
