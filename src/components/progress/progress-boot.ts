// The only progress script a lesson page loads up front: it listens for exercise checks and cell runs, watches
// the h2 sections, and hands each to the recorder, imported on first use (or at once when progress is saved).
import { CELL_RUN_EVENT, EXERCISE_EVENT, PROGRESS_KEY } from '../../lib/progress/key.ts';

type Runtime = typeof import('./progress-runtime.ts');
let runtime: Promise<Runtime> | undefined;

function use(action: (module: Runtime) => void): void {
  runtime ??= import('./progress-runtime.ts');
  runtime.then(action).catch((error: unknown) => console.error(error));
}

function hasSaved(): boolean {
  try {
    return localStorage.getItem(PROGRESS_KEY) !== null;
  } catch {
    return false;
  }
}

export function bootProgress(page: string): void {
  document.addEventListener(EXERCISE_EVENT, (event) => {
    const { detail } = event as CustomEvent;
    use((module) => module.exercise(page, detail));
  });
  document.addEventListener(CELL_RUN_EVENT, (event) => {
    const { detail } = event as CustomEvent;
    use((module) => module.cellRun(page, detail));
  });
  // A section counts as read once its heading has reached the upper part of the window.
  if (typeof IntersectionObserver !== 'undefined') {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          use((module) => module.sectionRead(page, entry.target.id));
        }
      },
      { rootMargin: '0px 0px -40% 0px' },
    );
    for (const heading of document.querySelectorAll('.lesson-body h2[id]')) observer.observe(heading);
  }
  if (hasSaved()) use((module) => module.show());
}
