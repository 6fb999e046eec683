// Fills the review page from saved progress: the missed exercises grouped by lesson, each a link back to it.
import { PROGRESS_SET_ASIDE_KEY, missedExercises, readProgress, type Missed } from '../../lib/progress/store.ts';
import { selfStudy } from '../../strings/en/self-study.ts';
import { showNotice } from './progress-view.ts';

const text = selfStudy.review;

function item(missed: Missed): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset['exercise'] = `${missed.page}#${missed.id}`;
  const link = document.createElement('a');
  link.href = `${missed.page}#${missed.id}`;
  link.textContent = missed.title;
  const status = document.createElement('span');
  status.className = 'review-status';
  status.textContent = missed.solved ? text.solvedSince(missed.wrong) : text.notSolved(missed.wrong);
  li.append(link, status);
  return li;
}

export function showReview(root: Document): void {
  const main = root.querySelector<HTMLElement>('[data-review]');
  if (!main) return;
  let titles: Record<string, string> = {};
  try {
    titles = JSON.parse(main.dataset['lessons'] ?? '{}') as Record<string, string>;
  } catch {
    titles = {};
  }
  const read = readProgress(localStorage);
  if (read.setAside !== undefined) showNotice(main.querySelector('[data-progress-notice]'), selfStudy.progress.setAside(PROGRESS_SET_ASIDE_KEY));
  const missed = missedExercises(read.store);
  const list = main.querySelector('.review-list');
  const empty = main.querySelector<HTMLElement>('.empty');
  if (empty) empty.hidden = missed.length > 0;
  showNotice(main.querySelector('.count'), missed.length > 0 ? text.count(missed.length) : undefined);
  if (!list) return;
  // Lessons in course order (the order of `titles`), then any page the site no longer has.
  const pages = [...Object.keys(titles), ...new Set(missed.map((entry) => entry.page).filter((page) => !(page in titles)))];
  for (const page of pages) {
    const entries = missed.filter((entry) => entry.page === page);
    if (entries.length === 0) continue;
    const heading = document.createElement('h2');
    heading.textContent = titles[page] ?? text.unknownLesson;
    const ul = document.createElement('ul');
    ul.append(...entries.map(item));
    list.append(heading, ul);
  }
}
