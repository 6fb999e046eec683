// The only predict-then-run script a page loads up front: it locks each linked code cell's Run (with a note
// saying why) and hides the answer; the first commit of a guess loads the rest (predict-runtime.ts).
type Runtime = typeof import('./predict-runtime.ts');
let runtime: Promise<Runtime> | undefined;
const wired = new WeakSet<Element>();

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

export function bootPredictions(root: ParentNode): void {
  for (const section of root.querySelectorAll<HTMLElement>('.exercise[data-exercise="predict"]')) {
    const cell = document.getElementById(section.dataset['cell'] ?? '');
    const form = section.querySelector('form');
    const answer = section.querySelector<HTMLElement>('details.answer');
    if (wired.has(section) || !cell || !form || !answer) continue;
    wired.add(section);
    answer.hidden = true;
    lock(cell, section);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      runtime ??= import('./predict-runtime.ts');
      runtime.then((module) => module.commit(section)).catch((error: unknown) => console.error(error));
    });
  }
}
