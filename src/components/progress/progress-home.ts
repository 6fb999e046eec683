// The home page's progress: draws each lesson's bar, shows the set-aside notice (while old data is kept), and
// runs reset (after a confirm), export (a JSON download) and import (validated, merged, never destructive).
import { PROGRESS_KEY, PROGRESS_SET_ASIDE_KEY } from '../../lib/progress/key.ts';
import {
  MAX_FILE_BYTES,
  exportProgress,
  mergeProgress,
  parseProgressFile,
  readProgress,
  resetProgress,
  updateProgress,
} from '../../lib/progress/store.ts';
import { selfStudy } from '../../strings/en/self-study.ts';
import { renderLessonProgress, showNotice } from './progress-view.ts';

const text = selfStudy.progress;

function hasSetAside(): boolean {
  try {
    return localStorage.getItem(PROGRESS_SET_ASIDE_KEY) !== null;
  } catch {
    return false;
  }
}

export function bootHomeProgress(root: Document): void {
  const panel = root.querySelector<HTMLElement>('[data-progress-panel]');
  if (!panel) return;
  const status = panel.querySelector('.status');
  const notice = panel.querySelector<HTMLElement>('[data-progress-notice]');
  const say = (message: string) => showNotice(status, message);

  const draw = (): void => {
    const read = readProgress(localStorage);
    renderLessonProgress(root, read.store);
    if (notice) {
      notice.hidden = !hasSetAside();
      showNotice(notice.querySelector('.notice-text'), text.setAside(PROGRESS_SET_ASIDE_KEY));
    }
  };

  panel.querySelector<HTMLElement>('.actions')?.removeAttribute('hidden');
  draw();
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === PROGRESS_SET_ASIDE_KEY || event.key === null) draw();
  });

  notice?.querySelector('.discard')?.addEventListener('click', () => {
    try {
      localStorage.removeItem(PROGRESS_SET_ASIDE_KEY);
    } catch {
      // Storage switched off: the notice stays, which is the truth.
    }
    draw();
    say(text.discarded);
  });

  panel.querySelector('.reset')?.addEventListener('click', () => {
    if (!window.confirm(text.resetConfirm)) {
      say(text.resetCancelled);
      return;
    }
    say(resetProgress(localStorage) ? text.resetDone : text.notKept);
    draw();
  });

  panel.querySelector('.export')?.addEventListener('click', () => {
    const blob = new Blob([exportProgress(readProgress(localStorage).store)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = text.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
    say(text.exported);
  });

  const input = panel.querySelector<HTMLInputElement>('.import');
  input?.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      say(text.tooLarge(`${Math.round(MAX_FILE_BYTES / 1000)} KB`));
      return;
    }
    file
      .text()
      .then((content) => {
        const parsed = parseProgressFile(content);
        if (!parsed.ok) {
          say(parsed.problem === 'tooLarge' ? text.tooLarge(`${Math.round(MAX_FILE_BYTES / 1000)} KB`) : text[parsed.problem]);
          return;
        }
        say(updateProgress(localStorage, (store) => mergeProgress(store, parsed.store)) ? text.imported : text.notKept);
        draw();
      })
      .catch(() => say(text.unreadable));
  });
}
