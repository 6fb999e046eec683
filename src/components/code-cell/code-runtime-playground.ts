// Saving the playground to a file and reading it back. A bad file changes nothing and says why.
import { exportFile, MAX_FILE_BYTES, parseImportFile } from '../../lib/code-runner/storage.ts';
import { site } from '../../strings/en/site.ts';
import { currentSource, setSource } from './code-runtime.ts';

const text = site.code.playground;

function cells(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.cell-code[data-key]')];
}

function say(box: HTMLElement, message: string, state: 'ok' | 'error'): void {
  const status = box.querySelector<HTMLElement>('.playground-files-status');
  if (!status) return;
  status.textContent = message;
  status.dataset['state'] = state;
}

export function exportCells(box: HTMLElement): void {
  const sources = Object.fromEntries(cells().map((cell) => [cell.id, currentSource(cell)]));
  const blob = new Blob([exportFile(location.pathname, sources)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = text.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
  say(box, text.exported(Object.keys(sources).length), 'ok');
}

export async function importCells(box: HTMLElement, file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    say(box, text.tooLarge(`${MAX_FILE_BYTES / 1_000_000} MB`), 'error');
    return;
  }
  let content: string;
  try {
    content = await file.text();
  } catch {
    say(box, text.unreadable, 'error');
    return;
  }
  const byId = new Map(cells().map((cell) => [cell.id, cell]));
  const result = parseImportFile(content, [...byId.keys()]);
  if (!result.ok) {
    say(box, text[result.problem], 'error');
    return;
  }
  for (const [id, source] of Object.entries(result.cells)) {
    const cell = byId.get(id);
    if (cell) await setSource(cell, source);
  }
  say(box, text.imported(Object.keys(result.cells).length, result.skipped), 'ok');
}
