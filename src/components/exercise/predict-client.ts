// Predict, then run: the linked code cell's Run stays locked until the reader commits a guess; when the cell's
// run ends (its 's-curve:cell-run' event), the answer is revealed beside the guess and the check is reported.
import { isCloseEnough, parseAnswer } from '../../lib/answers.ts';
import { CELL_RUN_EVENT } from '../../lib/progress/key.ts';
import { site } from '../../strings/en/site.ts';
import { selfStudy } from '../../strings/en/self-study.ts';
import { reportCheck } from './exercise-client.ts';

const text = selfStudy.predict;
const wired = new WeakSet<Element>();

/** Text of a rendered option without its letter and without KaTeX's duplicate (visual and TeX) copies. */
function plainText(element: Element | null | undefined): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const extra of copy.querySelectorAll('.katex-html, annotation, .letter')) extra.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function lock(cell: HTMLElement, section: HTMLElement): HTMLElement {
  cell.dataset['locked'] = 'true';
  const run = cell.querySelector<HTMLButtonElement>('button.run');
  const note = document.createElement('p');
  note.className = 'predict-lock';
  note.id = `${section.id}-lock`;
  note.textContent = text.locked;
  cell.querySelector('.toolbar')?.before(note);
  if (run) {
    run.disabled = true;
    run.setAttribute('aria-describedby', note.id);
  }
  return note;
}

function unlock(cell: HTMLElement, note: HTMLElement): void {
  delete cell.dataset['locked'];
  note.remove();
  const run = cell.querySelector<HTMLButtonElement>('button.run');
  if (run) {
    run.disabled = false;
    run.removeAttribute('aria-describedby');
  }
}

/** The committed guess as text to show and a test against the answer, or a message saying what is wrong. */
function readGuess(section: HTMLElement, form: HTMLFormElement): { shown: string; right: boolean } | string {
  const input = form.querySelector<HTMLInputElement>('input[type="text"]');
  if (input) {
    const parsed = parseAnswer(input.value);
    if (!parsed.ok) return parsed.reason === 'empty' ? site.exercise.empty : site.exercise.notANumber(input.value.slice(0, 40));
    const right = isCloseEnough(parsed.value, Number(section.dataset['answer']), Number(section.dataset['tolerance']));
    return { shown: input.value.trim(), right };
  }
  const chosen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  if (!chosen) return site.exercise.choose;
  const option = chosen.closest<HTMLElement>('.option');
  return { shown: plainText(option?.querySelector('label')), right: option?.dataset['correct'] === 'true' };
}

function wire(section: HTMLElement): void {
  const cell = document.getElementById(section.dataset['cell'] ?? '');
  const form = section.querySelector<HTMLFormElement>('form');
  const answer = section.querySelector<HTMLDetailsElement>('details.answer');
  const feedback = section.querySelector<HTMLElement>('.feedback');
  const verdict = section.querySelector<HTMLElement>('.verdict');
  if (!cell || !form || !answer || !feedback || !verdict) return;
  answer.hidden = true;
  const note = lock(cell, section);
  let guess: { shown: string; right: boolean } | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (guess) return;
    const read = readGuess(section, form);
    if (typeof read === 'string') {
      feedback.textContent = read;
      feedback.dataset['state'] = 'invalid';
      return;
    }
    guess = read;
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) control.disabled = true;
    feedback.textContent = text.committed(read.shown);
    feedback.dataset['state'] = 'info';
    section.dataset['committed'] = 'true';
    unlock(cell, note);
    cell.querySelector<HTMLButtonElement>('button.run')?.focus();
  });
  cell.addEventListener(CELL_RUN_EVENT, () => {
    if (!guess || section.dataset['revealed'] === 'true') return;
    section.dataset['revealed'] = 'true';
    const numeric = section.dataset['answer'] !== undefined;
    const value = numeric ? (section.dataset['display'] ?? '') : plainText(section.querySelector('.option[data-correct="true"] label'));
    verdict.textContent = guess.right
      ? numeric ? text.hit(guess.shown, value) : text.choiceHit(value)
      : numeric ? text.miss(guess.shown, value) : text.choiceMiss(guess.shown, value);
    verdict.dataset['state'] = guess.right ? 'correct' : 'incorrect';
    answer.hidden = false;
    answer.open = true;
    reportCheck(section, guess.right);
  });
}

export function enhancePredictions(root: ParentNode): void {
  for (const section of root.querySelectorAll<HTMLElement>('.exercise[data-exercise="predict"]')) {
    if (wired.has(section)) continue;
    wired.add(section);
    wire(section);
  }
}
