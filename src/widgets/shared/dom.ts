import { isIncompleteNumber, type Parsed } from './parse-number.ts';

// Small DOM helpers for widget controllers: find required parts, report problems, keep fields in step.

/** The element under `root` matching `selector`, checked to be of the given type; missing markup is a bug. */
export function part<T extends Element>(root: ParentNode, selector: string, type: new () => T): T {
  const element = root.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`Widget markup is missing ${selector}`);
  return element;
}

/** Problems per field, shown together in the widget's live region with what is still being shown. */
export class ProblemList {
  readonly #problems = new Map<string, string>();
  readonly #region: HTMLElement;

  constructor(region: HTMLElement) {
    this.#region = region;
  }

  set(key: string, message: string | null): void {
    if (message === null) this.#problems.delete(key);
    else this.#problems.set(key, message);
  }

  get size(): number {
    return this.#problems.size;
  }

  /** Writes the messages (or clears the region); `keeping` tells the reader what the widget still shows. */
  show(keeping: string): void {
    const text = this.#problems.size === 0 ? '' : `${[...this.#problems.values()].join(' ')} ${keeping}`;
    if (this.#region.textContent !== text) this.#region.textContent = text;
  }
}

/** Sets a text field's value unless the reader is editing it (focused). */
export function syncField(input: HTMLInputElement, value: string): void {
  if (document.activeElement === input) return;
  if (input.value !== value) input.value = value;
}

export function markInvalid(input: HTMLInputElement, invalid: boolean): void {
  if (invalid) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

export interface FieldBinding<T> {
  /** Reads the text: a value, or the message to show. */
  parse: (raw: string) => Parsed<T, string>;
  apply: (value: T) => void;
  problems: ProblemList;
  key: string;
  /** Redraws the widget (also shows or clears the message). */
  render: () => void;
  /** Text that may still become valid as the reader types; its message waits for Enter or leaving the field. */
  isIncomplete?: (raw: string) => boolean;
}

/** Wires a text field: valid text applies at once; invalid text is marked and explained, and state is kept. */
export function bindField<T>(input: HTMLInputElement, binding: FieldBinding<T>): void {
  const { parse, apply, problems, key, render } = binding;
  const isIncomplete = binding.isIncomplete ?? isIncompleteNumber;
  const check = (final: boolean): void => {
    const parsed = parse(input.value);
    if (parsed.ok) {
      markInvalid(input, false);
      problems.set(key, null);
      apply(parsed.value);
    } else {
      markInvalid(input, true);
      problems.set(key, final || !isIncomplete(input.value) ? parsed.problem : null);
    }
    render();
  };
  input.addEventListener('input', () => check(false));
  input.addEventListener('change', () => check(true));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') check(true);
  });
}

/** Clears a field's rejected entry when another control sets the same value. */
export function resetField(input: HTMLInputElement, problems: ProblemList, key: string): void {
  markInvalid(input, false);
  problems.set(key, null);
}
