// Squash-a-vector controller: the text field and checkbox drive the state; the state drives the printed
// tensor, the table and its summary. Rejected text leaves the last good list on show.
import { widgets } from '../../strings/en/widgets.ts';
import { ProblemList, bindField, part } from '../shared/dom.ts';
import { DEFAULT_STATE, describeProblem, isStillTyping, parseVector, squashView, type SquashState } from './model.ts';

const text = widgets.squashVector;

function rowElement(row: { input: string; output: string; fraction: number }): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const input = Object.assign(document.createElement('td'), { textContent: row.input });
  const output = Object.assign(document.createElement('td'), { className: 'out' });
  const bar = Object.assign(document.createElement('span'), { className: 'bar' });
  bar.setAttribute('aria-hidden', 'true');
  bar.style.setProperty('--fraction', String(row.fraction));
  output.append(Object.assign(document.createElement('span'), { textContent: row.output }), bar);
  tr.append(input, output);
  return tr;
}

export function mount(root: HTMLElement): void {
  const input = part(root, '[data-role="input"]', HTMLInputElement);
  const full = part(root, '[data-role="full"]', HTMLInputElement);
  const printed = part(root, '[data-role="printed"]', HTMLElement);
  const summary = part(root, '[data-role="summary"]', HTMLElement);
  const rows = part(root, '[data-role="rows"]', HTMLTableSectionElement);
  const problems = new ProblemList(part(root, '[data-role="message"]', HTMLElement));

  let state: SquashState = { ...DEFAULT_STATE, fullPrecision: full.checked };
  const initial = parseVector(state.text);
  let values: number[] = initial.ok ? initial.value : [];

  const render = (): void => {
    const view = squashView(values, state.fullPrecision);
    printed.textContent = view.printed;
    summary.textContent = text.caption(view.summary);
    rows.replaceChildren(...view.rows.map(rowElement));
    problems.show(text.keeping);
  };

  bindField(input, {
    key: 'input',
    problems,
    render,
    parse: (raw) => {
      const parsed = parseVector(raw);
      return parsed.ok ? parsed : { ok: false, problem: describeProblem(parsed.problem) };
    },
    isIncomplete: (raw) => {
      const parsed = parseVector(raw);
      return !parsed.ok && isStillTyping(raw, parsed.problem);
    },
    apply: (next) => {
      values = next;
      state = { ...state, text: input.value };
    },
  });

  full.addEventListener('change', () => {
    state = { ...state, fullPrecision: full.checked };
    render();
  });

  render();
}
