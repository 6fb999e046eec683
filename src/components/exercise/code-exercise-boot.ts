// The only code-exercise script a page loads up front: shows the buttons and, on first use, imports the runtime
// (editor, worker, harness). An exercise the reader edited before loads it at once, to show their code.
import { STORE_KEY } from '../../lib/code-runner/store-key.ts';
import { enhanceHints } from './hints-client.ts';

type Runtime = typeof import('./code-runtime-exercise.ts');
let runtime: Promise<Runtime> | undefined;
const wired = new WeakSet<Element>();

function use(section: HTMLElement, action: (module: Runtime, section: HTMLElement) => void): void {
  runtime ??= import('./code-runtime-exercise.ts');
  runtime
    .then((module) => action(module, section))
    .catch((error: unknown) => {
      const status = section.querySelector('.status');
      if (status) status.textContent = section.dataset['failed'] ?? '';
      console.error(error);
    });
}

function hasStoredEdit(key: string): boolean {
  try {
    return localStorage.getItem(STORE_KEY)?.includes(JSON.stringify(key)) ?? false;
  } catch {
    return false;
  }
}

export function bootCodeExercises(root: ParentNode): void {
  enhanceHints(root);
  for (const section of root.querySelectorAll<HTMLElement>('.code-exercise[data-store-key]')) {
    if (wired.has(section)) continue;
    wired.add(section);
    const buttons = {
      check: (module: Runtime, target: HTMLElement) => module.check(target),
      edit: (module: Runtime, target: HTMLElement) => module.edit(target),
      reset: (module: Runtime, target: HTMLElement) => module.reset(target),
    };
    for (const [name, action] of Object.entries(buttons)) {
      const button = section.querySelector<HTMLButtonElement>(`button.${name}`);
      if (!button) continue;
      if (name !== 'reset') button.hidden = false;
      button.addEventListener('click', () => use(section, action));
    }
    section.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.defaultPrevented) return;
      event.preventDefault();
      use(section, buttons.check);
    });
    if (hasStoredEdit(section.dataset['storeKey'] ?? '')) use(section, (module, target) => module.restore(target));
  }
}
