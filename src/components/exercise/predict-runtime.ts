// Predict, then run, loaded on the reader's first commit: reads the guess, unlocks the linked code cell, and when
// the cell's run ends (its 's-curve:cell-run' event) reveals the answer beside the guess and reports the check.
import { isCloseEnough, parseAnswer } from '../../lib/answers.ts';
import { CELL_RUN_EVENT } from '../../lib/progress/key.ts';
import { site } from '../../strings/en/site.ts';
import { selfStudy } from '../../strings/en/self-study.ts';
import { reportCheck } from './exercise-client.ts';

const text = selfStudy.predict;

/** Text of a rendered option without its letter and without KaTeX's duplicate (visual and TeX) copies. */
function plainText(element: Element | null | undefined): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const extra of copy.querySelectorAll('.katex-html, annotation, .letter, .key-mark')) extra.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function unlock(cell: HTMLElement, section: HTMLElement): void {
  delete cell.dataset['locked'];
  document.getElementById(`${section.id}-lock`)?.remove();
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

/** Handles a submit of the guess form: a message for a bad guess, else the commit and the wait for the run. */
export function commit(section: HTMLElement): void {
  const cell = document.getElementById(section.dataset['cell'] ?? '');
  const form = section.querySelector<HTMLFormElement>('form');
  const answer = section.querySelector<HTMLDetailsElement>('details.answer');
  const feedback = section.querySelector<HTMLElement>('.feedback');
  const verdict = section.querySelector<HTMLElement>('.verdict');
  if (!cell || !form || !answer || !feedback || !verdict || section.dataset['committed'] === 'true') return;
  const guess = readGuess(section, form);
  if (typeof guess === 'string') {
    feedback.textContent = guess;
    feedback.dataset['state'] = 'invalid';
    return;
  }
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) control.disabled = true;
  feedback.textContent = text.committed(guess.shown);
  feedback.dataset['state'] = 'info';
  section.dataset['committed'] = 'true';
  unlock(cell, section);
  cell.querySelector<HTMLButtonElement>('button.run')?.focus();
  cell.addEventListener(CELL_RUN_EVENT, () => {
    if (section.dataset['revealed'] === 'true') return;
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
