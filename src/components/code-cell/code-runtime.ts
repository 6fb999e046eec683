// The code-cell runtime, loaded on a reader's first Run or Edit: runs a cell's code in a fresh worker under a
// time limit, shows its output as text, opens the editor on demand, and keeps edits in localStorage.
import { runWithLimit, type Outcome } from '../../lib/code-runner/limit.ts';
import type { RunnerMessage } from '../../lib/code-runner/messages.ts';
import { readStore, SET_ASIDE_KEY, writeCell } from '../../lib/code-runner/storage.ts';
import { CELL_RUN_EVENT, type CellRunEventDetail } from '../../lib/progress/key.ts';
import { site } from '../../strings/en/site.ts';
import type { CellAction } from './cell-boot.ts';
import type { EditorHandle } from './code-runtime-editor.ts';
import { openEditorIn, part } from './open-editor.ts';
import { appendLine, clearOutput, describeError, markErrorLine, showPlot } from './output.ts';

const text = site.code;

interface CellState {
  cell: HTMLElement;
  key: string;
  original: string;
  /** The reader's source while no editor is open (their stored edit, or the original). */
  pending: string;
  editor: EditorHandle | undefined;
  opening: Promise<EditorHandle> | undefined;
  running: boolean;
}

const states = new WeakMap<HTMLElement, CellState>();
let storeChecked = false;

// One worker per run, but the next one is started as soon as a run ends (or an editor opens), so it has
// loaded sucrase and the course modules by the time the reader presses Run again.
let spare: { worker: Worker; broken: boolean } | undefined;

function createWorker(): Worker {
  return new Worker(new URL('./code-runtime-worker.ts', import.meta.url), { type: 'module' });
}

function warmWorker(): void {
  if (spare) return;
  const next = { worker: createWorker(), broken: false };
  next.worker.addEventListener('error', () => {
    next.broken = true;
  });
  spare = next;
}

function takeWorker(): Worker {
  const taken = spare;
  spare = undefined;
  if (taken && !taken.broken) return taken.worker;
  taken?.worker.terminate();
  return createWorker();
}

function notice(cell: HTMLElement, message: string | undefined): void {
  const element = part(cell, '.notice');
  element.textContent = message ?? '';
  element.hidden = message === undefined;
}

/** The cell's state, created on first use; the first cell to be used also reports set-aside storage. */
function stateOf(cell: HTMLElement): CellState {
  let state = states.get(cell);
  if (state) return state;
  const original = part(cell, '.source pre').textContent ?? '';
  const key = cell.dataset['key'] ?? cell.id;
  const read = readStore(localStorage);
  state = { cell, key, original, pending: read.store.cells[key] ?? original, editor: undefined, opening: undefined, running: false };
  states.set(cell, state);
  if (!storeChecked) {
    storeChecked = true;
    if (read.setAside !== undefined) notice(cell, text.setAside(SET_ASIDE_KEY));
  }
  return state;
}

export function currentSource(cell: HTMLElement): string {
  const state = stateOf(cell);
  return state.editor?.doc() ?? state.pending;
}

function showEdited(state: CellState, source: string): void {
  const edited = source !== state.original;
  part(state.cell, 'button.reset').hidden = !edited;
  state.cell.dataset['edited'] = String(edited);
}

function save(state: CellState, source: string): void {
  const kept = writeCell(localStorage, state.key, source === state.original ? undefined : source);
  showEdited(state, source);
  notice(state.cell, kept ? (source === state.original ? undefined : text.edited) : text.notKept);
}

/** Replaces the listing with the editor (loading CodeMirror the first time any cell is edited). */
function openEditor(state: CellState, focus: boolean): Promise<EditorHandle> {
  const { cell } = state;
  return openEditorIn(cell, state, focus, {
    label: text.editorLabel(cell.dataset['file'] ?? cell.id),
    onChange: (source) => save(state, source),
    onRun: () => run(state),
    loading: text.loadingEditor,
    failed: text.runnerFailed,
    opened: () => {
      showEdited(state, state.pending);
      if (state.pending !== state.original) notice(cell, text.edited);
      warmWorker();
    },
  });
}

/** Puts `source` in the cell (opening the editor) and keeps it, as an import does. */
export async function setSource(cell: HTMLElement, source: string): Promise<void> {
  const state = stateOf(cell);
  state.pending = source;
  const editor = await openEditor(state, false);
  editor.setDoc(source);
  save(state, source);
}

function reset(state: CellState): void {
  state.pending = state.original;
  state.editor?.setDoc(state.original);
  writeCell(localStorage, state.key, undefined);
  showEdited(state, state.original);
  notice(state.cell, text.restored);
  state.editor?.focus();
}

function finish(state: CellState, outcome: Outcome, printed: boolean): void {
  const { cell } = state;
  const output = part(cell, '.output');
  const status = part(cell, '.status');
  if (outcome.kind === 'done') {
    if (!printed) appendLine(output, text.noOutput, 'muted');
    // A cell that only plotted shows its charts without an empty text box above them.
    output.hidden = output.childElementCount === 0;
    status.textContent = text.finished(outcome.ms);
  } else if (outcome.kind === 'error') {
    markErrorLine(state.editor, outcome.error, appendLine(output, describeError(outcome.error), 'error'), `${cell.id}-error`);
    status.textContent = text.finishedWithError;
  } else if (outcome.kind === 'timeout') {
    appendLine(output, text.timedOut(outcome.limitMs / 1000), 'error');
    status.textContent = text.timedOut(outcome.limitMs / 1000);
  } else {
    appendLine(output, text.runnerFailed, 'error');
    status.textContent = text.runnerFailed;
  }
  output.dataset['state'] = outcome.kind === 'done' ? 'done' : outcome.kind === 'timeout' ? 'timeout' : 'error';
  // Progress and predict-then-run exercises listen for this.
  const detail: CellRunEventDetail = { id: cell.id, outcome: outcome.kind };
  cell.dispatchEvent(new CustomEvent(CELL_RUN_EVENT, { bubbles: true, detail }));
}

function run(state: CellState): void {
  if (state.running) return;
  const { cell } = state;
  const button = part<HTMLButtonElement>(cell, 'button.run');
  const output = part(cell, '.output');
  const plots = part(cell, '.plots');
  state.running = true;
  state.editor?.clearError();
  button.disabled = true;
  button.textContent = text.running;
  part(cell, '.status').textContent = text.starting;
  clearOutput(output, plots);
  output.hidden = false;
  output.dataset['state'] = 'running';
  let printed = false;
  const onMessage = (message: RunnerMessage): void => {
    if (message.type === 'started') return;
    printed = true;
    if (message.type === 'log') appendLine(output, message.text, message.level);
    else if (message.type === 'result') appendLine(output, `${text.valuePrefix}${message.text}`, 'result');
    else if (message.type === 'truncated') appendLine(output, text.truncated(message.lines), 'muted');
    else if (message.type === 'plot') showPlot(plots, message.plot);
  };
  const handle = runWithLimit(takeWorker, currentSource(cell), { onMessage });
  void handle.outcome.then((outcome) => {
    finish(state, outcome, printed);
    state.running = false;
    button.disabled = false;
    button.textContent = text.run;
    warmWorker();
  });
}

/** What the cell-boot script calls on a button press or Ctrl/Cmd+Enter. */
export function act(cell: HTMLElement, action: CellAction): void {
  const state = stateOf(cell);
  if (action === 'run') run(state);
  else if (action === 'edit') void openEditor(state, true);
  else reset(state);
}

/** On load, for cells the reader edited before: open the editor on their version. */
export function restore(cells: readonly HTMLElement[]): void {
  for (const cell of cells) {
    const state = stateOf(cell);
    if (state.pending !== state.original) void openEditor(state, false);
  }
}

/** Runs any source in a fresh worker under the cells' time limit; code exercises run their tests with it. */
export function runSource(source: string, onMessage: (message: RunnerMessage) => void): Promise<Outcome> {
  return runWithLimit(takeWorker, source, { onMessage }).outcome.then((outcome) => {
    warmWorker();
    return outcome;
  });
}
