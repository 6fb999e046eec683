// Share links for every widget: reads the widget's named controls (`data-share="key"`) into a link, and applies a
// link's values back through the same input/change events a reader's typing fires, so the controller's own
// checks decide. Loaded on demand once a widget has mounted (when-near.ts).
import { parseShareQuery, shareLink, type ShareEntry } from '../../lib/share-state.ts';
import { share as text } from '../../strings/en/classroom.ts';

/** State a widget keeps outside its named controls (e.g. which preset's labels), exported by its controller. */
export interface ShareHook {
  read: (root: HTMLElement) => ShareEntry[];
  /** Applies the entries it knows, before the controls; returns the keys it used and those it refused. */
  apply: (root: HTMLElement, entries: ReadonlyMap<string, string>) => { used: string[]; rejected: string[] };
}

interface Control {
  key: string;
  order: number;
  read: () => string | null;
  /** Sets the value as a reader would; false when the value is refused (the old value stays). */
  write: (value: string) => boolean;
  /** For a text field the controller may refuse at first and accept once a related field has changed. */
  retry?: () => boolean;
}

const fire = (element: HTMLElement, ...types: string[]): void => {
  for (const type of types) element.dispatchEvent(new Event(type, { bubbles: true }));
};

const isInvalid = (input: HTMLInputElement): boolean => input.getAttribute('aria-invalid') === 'true';

/** Shown controls only: a hidden row (e.g. a class not in use) holds no state. */
const shown = (element: Element, root: HTMLElement): boolean => {
  const hidden = element.closest('[hidden]');
  return hidden === null || !root.contains(hidden);
};

function textControl(key: string, order: number, input: HTMLInputElement): Control {
  let before = input.value;
  let wanted = '';
  // Typed with the field focused, as a reader types: widgets leave a focused field's text alone while they redraw.
  const type = (value: string): boolean => {
    input.focus({ preventScroll: true });
    input.value = value;
    fire(input, 'input', 'change');
    const accepted = !isInvalid(input);
    input.blur();
    return accepted;
  };
  return {
    key,
    order,
    read: () => input.value,
    write: (value) => {
      before = input.value;
      wanted = value;
      return type(value);
    },
    // Refused again once the other values are in: the old text goes back through the controller. (The widget
    // may already show its last good value in the field, so the link's text is typed again first.)
    retry: () => type(wanted) || (type(before), false),
  };
}

function rangeControl(key: string, order: number, input: HTMLInputElement): Control {
  return {
    key,
    order,
    read: () => input.value,
    write: (value) => {
      const number = value.trim() === '' ? Number.NaN : Number(value);
      if (!Number.isFinite(number) || number < Number(input.min) || number > Number(input.max)) return false;
      const before = input.value;
      input.value = String(number);
      // A value between the slider's steps would be moved silently; a link that needs that is not exact.
      if (Math.abs(Number(input.value) - number) > 1e-9 * Math.max(1, Math.abs(number))) {
        input.value = before;
        return false;
      }
      fire(input, 'input', 'change');
      return true;
    },
  };
}

function checkboxControl(key: string, order: number, input: HTMLInputElement): Control {
  return {
    key,
    order,
    read: () => (input.checked ? '1' : '0'),
    write: (value) => {
      if (value !== '1' && value !== '0') return false;
      if (input.checked !== (value === '1')) {
        input.checked = value === '1';
        fire(input, 'input', 'change');
      }
      return true;
    },
  };
}

function radioControl(key: string, order: number, radios: HTMLInputElement[]): Control {
  return {
    key,
    order,
    read: () => radios.find((radio) => radio.checked)?.value ?? null,
    write: (value) => {
      const radio = radios.find((candidate) => candidate.value === value);
      if (radio === undefined) return false;
      if (!radio.checked) {
        radio.checked = true;
        fire(radio, 'input', 'change');
      }
      return true;
    },
  };
}

function selectControl(key: string, order: number, select: HTMLSelectElement): Control {
  return {
    key,
    order,
    read: () => select.value,
    write: (value) => {
      if (![...select.options].some((option) => option.value === value)) return false;
      if (select.value !== value) {
        select.value = value;
        fire(select, 'input', 'change');
      }
      return true;
    },
  };
}

/** A group of toggle buttons (e.g. presets): the pressed one is the value; applying presses it. */
function buttonGroupControl(key: string, order: number, group: HTMLElement): Control {
  const buttons = [...group.querySelectorAll<HTMLButtonElement>('button[data-share-value]')];
  return {
    key,
    order,
    read: () => buttons.find((button) => button.getAttribute('aria-pressed') === 'true')?.dataset['shareValue'] ?? null,
    write: (value) => {
      const button = buttons.find((candidate) => candidate.dataset['shareValue'] === value);
      if (button === undefined || button.disabled) return false;
      button.click();
      return true;
    },
  };
}

/** The widget's named controls, in the order their values must be applied (`data-share-order`, then page order). */
export function shareControls(root: HTMLElement): Control[] {
  const controls: Control[] = [];
  const radios = new Map<string, { order: number; inputs: HTMLInputElement[] }>();
  for (const element of root.querySelectorAll<HTMLElement>('[data-share]')) {
    const key = element.dataset['share'] ?? '';
    const order = Number(element.dataset['shareOrder'] ?? '1') || 0;
    if (key === '' || !shown(element, root)) continue;
    if (element instanceof HTMLInputElement && element.type === 'radio') {
      const group = radios.get(key) ?? { order, inputs: [] };
      group.inputs.push(element);
      if (!radios.has(key)) {
        radios.set(key, group);
        controls.push(radioControl(key, order, group.inputs));
      }
    } else if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      controls.push(checkboxControl(key, order, element));
    } else if (element instanceof HTMLInputElement && element.type === 'range') {
      controls.push(rangeControl(key, order, element));
    } else if (element instanceof HTMLInputElement) {
      controls.push(textControl(key, order, element));
    } else if (element instanceof HTMLSelectElement) {
      controls.push(selectControl(key, order, element));
    } else {
      controls.push(buttonGroupControl(key, order, element));
    }
  }
  // Array.prototype.sort is stable: equal orders keep page order.
  return controls.sort((a, b) => a.order - b.order);
}

/** The widget's state as link entries: the hook's first, then every shown named control. */
export function readShareState(root: HTMLElement, hook?: ShareHook): ShareEntry[] {
  const entries: ShareEntry[] = hook?.read(root) ?? [];
  for (const control of shareControls(root)) {
    const value = control.read();
    if (value !== null) entries.push([control.key, value]);
  }
  return entries;
}

/** Applies entries to the widget; returns the keys that were unknown or refused (their old values stay). */
export function applyShareState(root: HTMLElement, entries: readonly ShareEntry[], hook?: ShareHook): string[] {
  const pending = new Map(entries);
  const rejected: string[] = [];
  if (hook !== undefined) {
    const result = hook.apply(root, pending);
    for (const key of [...result.used, ...result.rejected]) pending.delete(key);
    rejected.push(...result.rejected);
  }
  // Controls are looked up after the hook: it may show rows (e.g. more classes) that hold values.
  const controls = shareControls(root);
  const refused: Control[] = [];
  for (const control of controls) {
    const value = pending.get(control.key);
    if (value === undefined) continue;
    pending.delete(control.key);
    if (!control.write(value)) {
      if (control.retry === undefined) rejected.push(control.key);
      else refused.push(control);
    }
  }
  // A field refused at first (e.g. x outside the old range) may be fine now that every value is in.
  for (const control of refused) {
    if (!control.retry?.()) rejected.push(control.key);
  }
  return [...rejected, ...pending.keys()];
}

/** Shows the widget's Copy link button and, when the page's link names this widget, applies the link. */
export function enableShare(root: HTMLElement, hook?: ShareHook): void {
  const bar = root.querySelector<HTMLElement>('[data-role="share"]');
  const copy = root.querySelector<HTMLButtonElement>('[data-role="share-copy"]');
  const field = root.querySelector<HTMLInputElement>('[data-role="share-field"]');
  const fieldBox = root.querySelector<HTMLElement>('[data-role="share-field-box"]');
  const status = root.querySelector<HTMLElement>('[data-role="share-status"]');
  const notice = root.querySelector<HTMLElement>('[data-role="share-notice"]');
  if (bar === null || copy === null || field === null || fieldBox === null || status === null || notice === null || root.id === '') return;

  const query = parseShareQuery(window.location.search);
  if (query.widget === root.id) {
    const rejected = [...query.rejected, ...applyShareState(root, query.entries, hook)];
    notice.textContent = rejected.length === 0 ? '' : text.notice(rejected);
    notice.hidden = rejected.length === 0;
    if (window.location.hash === `#${root.id}`) root.scrollIntoView({ block: 'start' });
  }

  copy.addEventListener('click', () => {
    const link = shareLink(window.location.href, root.id, readShareState(root, hook));
    field.value = link;
    const fallback = (): void => {
      fieldBox.hidden = false;
      field.focus();
      field.select();
      status.textContent = text.copyFallback;
    };
    if (navigator.clipboard === undefined) {
      fallback();
      return;
    }
    navigator.clipboard.writeText(link).then(() => {
      fieldBox.hidden = true;
      status.textContent = text.copied;
    }, fallback);
  });
  bar.hidden = false;
  root.setAttribute('data-share-ready', '');
}
