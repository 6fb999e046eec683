// The only exercise script a page loads up front, shared by every kind (numeric, choice, predict-then-run, code
// exercise). It holds no checker and no strings: each exercise's checker is imported when the exercise nears the
// viewport or the reader focuses or presses in it, and a Check (or Enter) made before the checker arrived is
// caught here and replayed once it has. Messages come from data attributes rendered at build time. Up front it
// also reveals hints one at a time (hints-client.ts, tiny) and locks each predicted code cell's Run, so neither
// lags a reader.
import { STORE_KEY } from '../../lib/code-runner/store-key.ts';
import { whenNear } from '../../widgets/shared/when-near.ts';
import { enhanceHints } from './hints-client.ts';

type Checker = typeof import('./exercise-client.ts');
type Predict = typeof import('./predict-runtime.ts');
type CodeRuntime = typeof import('./code-runtime-exercise.ts');

const modules: { checker?: Promise<Checker>; predict?: Promise<Predict>; code?: Promise<CodeRuntime> } = {};
const loadChecker = (): Promise<Checker> => (modules.checker ??= import('./exercise-client.ts'));
const loadPredict = (): Promise<Predict> => (modules.predict ??= import('./predict-runtime.ts'));
const loadCode = (): Promise<CodeRuntime> => (modules.code ??= import('./code-runtime-exercise.ts'));
const wired = new WeakSet<Element>();

/** Says on the page that the module did not arrive (the reader's input stays where it is) and logs why. */
function failed(section: HTMLElement, selector: string, error: unknown): void {
  const target = section.querySelector(selector);
  if (target) {
    target.textContent = section.dataset['failed'] ?? '';
    target.setAttribute('data-state', 'invalid');
  }
  console.error(error);
}

/** Fetches `load` early: when the section nears the viewport, or the reader focuses or presses inside it. */
function prefetch(section: HTMLElement, load: () => Promise<unknown>, near: boolean): void {
  const start = (): void => void load().catch(() => undefined);
  if (near) whenNear(section, start);
  section.addEventListener('focusin', start, { once: true });
  section.addEventListener('pointerdown', start, { once: true });
}

/** Wires a form whose submit needs `run` from a module that may still be on its way. */
function onSubmit<T>(section: HTMLElement, form: HTMLFormElement, load: () => Promise<T>, run: (module: T) => void): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load()
      .then(run)
      .catch((error: unknown) => failed(section, '.feedback', error));
  });
}

function lock(cell: HTMLElement, section: HTMLElement): void {
  cell.dataset['locked'] = 'true';
  const note = document.createElement('p');
  note.className = 'predict-lock';
  note.id = `${section.id}-lock`;
  note.textContent = section.dataset['lockedText'] ?? '';
  cell.querySelector('.toolbar')?.before(note);
  const run = cell.querySelector<HTMLButtonElement>('button.run');
  if (run) {
    run.disabled = true;
    run.setAttribute('aria-describedby', note.id);
  }
}

function bootPredict(section: HTMLElement, form: HTMLFormElement): void {
  const cell = document.getElementById(section.dataset['cell'] ?? '');
  const answer = section.querySelector<HTMLElement>('details.answer');
  if (!cell || !answer) return;
  answer.hidden = true;
  lock(cell, section);
  prefetch(section, loadPredict, true);
  onSubmit(section, form, loadPredict, (module) => module.commit(section));
}

function hasStoredEdit(key: string): boolean {
  try {
    return localStorage.getItem(STORE_KEY)?.includes(JSON.stringify(key)) ?? false;
  } catch {
    return false;
  }
}

/** Code exercises: the runtime (editor, worker) is large, so it is fetched on a focus or press, not when near. */
function bootCode(section: HTMLElement): void {
  const use = (action: (module: CodeRuntime) => void): void => {
    loadCode()
      .then(action)
      .catch((error: unknown) => failed(section, '.status', error));
  };
  prefetch(section, loadCode, false);
  const actions: Record<string, (module: CodeRuntime) => void> = {
    check: (module) => module.check(section),
    edit: (module) => module.edit(section),
    reset: (module) => module.reset(section),
  };
  for (const [name, action] of Object.entries(actions)) {
    const button = section.querySelector<HTMLButtonElement>(`button.${name}`);
    if (!button) continue;
    if (name !== 'reset') button.hidden = false;
    button.addEventListener('click', () => use(action));
  }
  section.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.defaultPrevented) return;
    event.preventDefault();
    use((module) => module.check(section));
  });
  if (hasStoredEdit(section.dataset['storeKey'] ?? '')) use((module) => module.restore(section));
}

export function bootExercises(root: ParentNode): void {
  enhanceHints(root);
  for (const section of root.querySelectorAll<HTMLElement>('.exercise[data-exercise]')) {
    if (wired.has(section)) continue;
    wired.add(section);
    const kind = section.dataset['exercise'];
    const form = section.querySelector<HTMLFormElement>('form.exercise-form');
    if (kind === 'code') bootCode(section);
    else if (!form) continue;
    else if (kind === 'predict') bootPredict(section, form);
    else if (kind === 'numeric' || kind === 'choice') {
      prefetch(section, loadChecker, true);
      onSubmit(section, form, loadChecker, (module) => module.check(section, form));
    }
  }
}
