// Opening the editor in place of a listing, for code cells and code exercises alike: the first Edit loads
// CodeMirror, then `.source` gives way to `.editor` and its key hint `.editor-keys`, and Edit hides. The markup
// both share: button.edit, .status, .source, .editor and .editor-keys under one root.
import type { EditorHandle } from './code-runtime-editor.ts';

/** What a cell or an exercise keeps about its editor. */
export interface EditorSlot {
  /** The reader's source while no editor is open. */
  pending: string;
  editor: EditorHandle | undefined;
  opening: Promise<EditorHandle> | undefined;
}

export interface OpenEditorOptions {
  /** Accessible name of the editing area. */
  label: string;
  onChange: (source: string) => void;
  onRun: () => void;
  /** Status text while CodeMirror loads, and when it could not load. */
  loading: string;
  failed: string;
  /** Runs once, when the editor has replaced the listing (before it takes focus). */
  opened: (editor: EditorHandle) => void;
}

/** The element under a cell or exercise matching `selector`; missing markup is a bug. */
export function part<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`${root.id} has no ${selector}`);
  return element;
}

/** Replaces the listing under `root` with the editor; a second call waits for the first. */
export function openEditorIn(root: HTMLElement, slot: EditorSlot, focus: boolean, options: OpenEditorOptions): Promise<EditorHandle> {
  if (slot.opening) return slot.opening.then((editor) => (focus && editor.focus(), editor));
  const edit = part<HTMLButtonElement>(root, 'button.edit');
  const status = part(root, '.status');
  edit.disabled = true;
  status.textContent = options.loading;
  slot.opening = import('./code-runtime-editor.ts').then(({ createEditor }) => {
    const host = part(root, '.editor');
    const keys = part(root, '.editor-keys');
    const editor = createEditor(host, {
      doc: slot.pending,
      label: options.label,
      describedBy: keys.id,
      onChange: options.onChange,
      onRun: options.onRun,
    });
    slot.editor = editor;
    part(root, '.source').hidden = true;
    host.hidden = false;
    keys.hidden = false;
    edit.hidden = true;
    status.textContent = '';
    options.opened(editor);
    if (focus) editor.focus();
    return editor;
  });
  slot.opening.catch(() => {
    slot.opening = undefined;
    edit.disabled = false;
    status.textContent = options.failed;
  });
  return slot.opening;
}
