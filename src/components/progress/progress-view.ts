// Draws saved progress into the page: every lesson-list entry's bar and line ("3 of 8 exercises · …"), and the
// set-aside notice. Shared by the lesson pages' tracker, the home page and nothing heavier.
import { summarise, type ProgressStore } from '../../lib/progress/store.ts';
import { selfStudy } from '../../strings/en/self-study.ts';

const text = selfStudy.progress;

function totalsOf(element: HTMLElement): [number, number, number] {
  const [exercises = 0, cells = 0, sections = 0] = (element.dataset['totals'] ?? '').split(',').map(Number);
  return [exercises, cells, sections];
}

/** Fills each `.lesson-progress[data-page]`; compact ones (the sidebar) stay hidden until something is done. */
export function renderLessonProgress(root: ParentNode, store: ProgressStore): void {
  for (const element of root.querySelectorAll<HTMLElement>('.lesson-progress[data-page]')) {
    const [exercises, cells, sections] = totalsOf(element);
    const done = summarise(store, element.dataset['page'] ?? '', { exercises, cells, sections });
    const total = exercises + cells + sections;
    const count = done.exercises + done.cells + done.sections;
    const bar = element.querySelector('progress');
    if (bar) {
      bar.max = Math.max(total, 1);
      bar.value = count;
    }
    const line = element.querySelector('.progress-line');
    const args = [[done.exercises, exercises], [done.cells, cells], [done.sections, sections]] as const;
    if (line) line.textContent = element.dataset['compact'] === 'true' ? text.short(...args) : text.line(...args);
    element.dataset['done'] = String(count);
    element.hidden = element.dataset['compact'] === 'true' && count === 0;
  }
}

export function showNotice(element: Element | null, message: string | undefined): void {
  if (!(element instanceof HTMLElement)) return;
  element.textContent = message ?? '';
  element.hidden = message === undefined;
}
