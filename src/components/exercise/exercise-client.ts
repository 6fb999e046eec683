// Checks exercises in the browser. Numeric answers are parsed without eval (src/lib/answers.ts).
import { isCloseEnough, parseAnswer } from '../../lib/answers.ts';
import { site } from '../../strings/en/site.ts';

const { exercise } = site;
const enhanced = new WeakSet<Element>();

function show(feedback: Element | null, state: 'correct' | 'incorrect' | 'invalid', text: string): void {
  if (!feedback) return;
  feedback.textContent = text;
  feedback.setAttribute('data-state', state);
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
}

function checkChoice(form: HTMLFormElement): void {
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
}

export function enhanceExercises(root: ParentNode): void {
  for (const section of root.querySelectorAll<HTMLElement>('.exercise')) {
    if (enhanced.has(section)) continue;
    enhanced.add(section);
    const form = section.querySelector<HTMLFormElement>('form');
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      if (section.dataset['exercise'] === 'numeric') checkNumeric(section, form);
      else checkChoice(form);
    });
  }
}
