// Checks numeric and choice exercises in the browser (numeric answers are parsed without eval, src/lib/answers.ts)
// and tells the page's progress tracker about each check with a small DOM event. Loaded on demand by
// exercise-boot.ts, which catches a check made before this arrived and replays it here.
import { isCloseEnough, parseAnswer } from '../../lib/answers.ts';
import { EXERCISE_EVENT, type ExerciseEventDetail } from '../../lib/progress/key.ts';
import { site } from '../../strings/en/site.ts';

const { exercise } = site;

function show(feedback: Element | null, state: 'correct' | 'incorrect' | 'invalid', text: string): void {
  if (!feedback) return;
  feedback.textContent = text;
  feedback.setAttribute('data-state', state);
}

/** Tells the progress tracker (if the page has one) that the reader checked an answer. */
export function reportCheck(section: HTMLElement, correct: boolean): void {
  const detail: ExerciseEventDetail = { id: section.id, title: section.dataset['title'] ?? section.id, correct };
  document.dispatchEvent(new CustomEvent(EXERCISE_EVENT, { detail }));
}

function checkNumeric(section: HTMLElement, form: HTMLFormElement): void {
  const input = form.querySelector('input');
  const feedback = form.querySelector('.feedback');
  const text = input?.value ?? '';
  const parsed = parseAnswer(text);
  if (!parsed.ok) {
    const message = parsed.reason === 'empty' ? exercise.empty : exercise.notANumber(text.slice(0, 40));
    show(feedback, 'invalid', message);
    input?.setAttribute('aria-invalid', 'true');
    return;
  }
  input?.removeAttribute('aria-invalid');
  const answer = Number(section.dataset['answer']);
  const tolerance = Number(section.dataset['tolerance']);
  const right = isCloseEnough(parsed.value, answer, tolerance);
  show(feedback, right ? 'correct' : 'incorrect', right ? exercise.correct : exercise.incorrect);
  reportCheck(section, right);
}

function checkChoice(section: HTMLElement, form: HTMLFormElement): void {
  const feedback = form.querySelector('.feedback');
  const chosen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  for (const why of form.querySelectorAll<HTMLElement>('.why')) why.hidden = true;
  if (!chosen) {
    show(feedback, 'invalid', exercise.choose);
    return;
  }
  const option = chosen.closest<HTMLElement>('.option');
  const why = option?.querySelector<HTMLElement>('.why');
  if (why) why.hidden = false;
  const right = option?.dataset['correct'] === 'true';
  show(feedback, right ? 'correct' : 'incorrect', right ? exercise.correct : exercise.incorrect);
  reportCheck(section, right);
}

/** Checks the exercise's current answer (what the reader has typed or chosen by now). */
export function check(section: HTMLElement, form: HTMLFormElement): void {
  if (section.dataset['exercise'] === 'numeric') checkNumeric(section, form);
  else checkChoice(section, form);
}
