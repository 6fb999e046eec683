// The only code-cell script a page loads up front: it shows the Run and Edit buttons and, on first use, imports
// the runtime (runner, editor, charts), which does the rest. A page whose cells the reader edited before
// loads the runtime at once, so the cells show the reader's code and not the original.
import { STORE_KEY } from '../../lib/code-runner/store-key.ts';

export type CellAction = 'run' | 'edit' | 'reset';

type Runtime = typeof import('./code-runtime.ts');
let runtime: Promise<Runtime> | undefined;
const wired = new WeakSet<Element>();

function load(): Promise<Runtime> {
  runtime ??= import('./code-runtime.ts');
  return runtime;
}

function use(cell: HTMLElement, action: CellAction): void {
  // A predict-then-run exercise locks its cell's Run until the reader commits a guess.
  if (action === 'run' && cell.dataset['locked'] === 'true') return;
  load()
    .then((module) => module.act(cell, action))
    .catch((error: unknown) => {
      const output = cell.querySelector<HTMLElement>('.output');
      if (output) {
        output.textContent = output.dataset['failed'] ?? '';
        output.dataset['state'] = 'error';
      }
      console.error(error);
    });
}

function hasStoredEdits(): boolean {
  try {
    return localStorage.getItem(STORE_KEY)?.includes(JSON.stringify(`${location.pathname}#`).slice(0, -1)) ?? false;
  } catch {
    return false;
  }
}

export function bootCodeCells(root: ParentNode): void {
  const cells = [...root.querySelectorAll<HTMLElement>('.cell-code[data-key]')].filter((cell) => !wired.has(cell));
  for (const cell of cells) {
    wired.add(cell);
    for (const action of ['run', 'edit'] as const) {
      const button = cell.querySelector<HTMLButtonElement>(`button.${action}`);
      if (!button) continue;
      button.hidden = false;
      button.addEventListener('click', () => use(cell, action));
    }
    cell.querySelector('button.reset')?.addEventListener('click', () => use(cell, 'reset'));
    cell.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.defaultPrevented) return;
      event.preventDefault();
      use(cell, 'run');
    });
  }
  if (cells.length > 0 && hasStoredEdits()) {
    load()
      .then((module) => module.restore(cells))
      .catch((error: unknown) => console.error(error));
  }
}
