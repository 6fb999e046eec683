// Floating-point-trap controller: the x field and preset buttons drive the state; the state drives each row's
// values, badges, verdict and explanation.
import { widgets } from '../../strings/en/widgets.ts';
import { ProblemList, bindField, part, resetField, syncField } from '../shared/dom.ts';
import { describeNumberProblem } from '../shared/messages.ts';
import { parseNumber } from '../shared/parse-number.ts';
import { BOUNDS, DEFAULT_STATE, show, trapView, type Shown, type TrapState } from './model.ts';

const text = widgets.floatTrap;

function showValue(element: HTMLElement, value: Shown): void {
  element.textContent = value.text;
  element.classList.toggle('special', value.special);
}

export function mount(root: HTMLElement): void {
  const field = part(root, '[data-role="x"]', HTMLInputElement);
  const summary = part(root, '[data-role="summary"]', HTMLElement);
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-x]')];
  const rows = [...root.querySelectorAll<HTMLElement>('[data-row]')];
  const problems = new ProblemList(part(root, '[data-role="message"]', HTMLElement));

  let state: TrapState = { ...DEFAULT_STATE };

  const render = (): void => {
    const view = trapView(state);
    syncField(field, view.x);
    summary.textContent = view.summary;
    for (const button of buttons) button.setAttribute('aria-pressed', String(Number(button.dataset['x']) === state.x));
    for (const row of view.rows) {
      const element = rows.find((candidate) => candidate.dataset['row'] === row.id);
      if (element === undefined) continue;
      element.dataset['verdict'] = row.verdict;
      showValue(part(element, '[data-role="naive"]', HTMLElement), row.naive);
      showValue(part(element, '[data-role="stable"]', HTMLElement), row.stable);
      part(element, '[data-role="verdict"]', HTMLElement).textContent = text.verdicts[row.verdict];
      part(element, '[data-role="why"]', HTMLElement).textContent = row.explanation;
    }
    problems.show(text.keeping(view.x));
  };

  bindField(field, {
    key: 'x',
    problems,
    render,
    parse: (raw) => {
      const parsed = parseNumber(raw, BOUNDS);
      return parsed.ok ? parsed : { ok: false, problem: describeNumberProblem(parsed.problem, text.xName, (value) => show(value).text) };
    },
    apply: (x) => {
      state = { x };
    },
  });

  for (const button of buttons) {
    button.addEventListener('click', () => {
      const x = Number(button.dataset['x']);
      if (!Number.isFinite(x)) return;
      resetField(field, problems, 'x');
      state = { x };
      field.value = show(x).text;
      render();
    });
  }

  render();
}
