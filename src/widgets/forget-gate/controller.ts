// Forget-gate controller: g, the number of steps and c₀ (sliders and fields) drive the state; the state drives the
// chart, readouts and table.
import { createLiveChart } from '../../charts/live-chart.ts';
import { lesson3Widgets, sentence } from '../../strings/en/lesson3-widgets.ts';
import { ProblemList, bindField, part, resetField, syncField } from '../shared/dom.ts';
import { describeNumberProblem } from '../shared/messages.ts';
import { parseNumber, type Parsed } from '../shared/parse-number.ts';
import {
  DEFAULT_STATE, G_LIMIT, START_LIMIT, STEPS_MAX, STEPS_MIN, gateView, setG, setStart, setSteps, showInput,
  type GateState,
} from './model.ts';

const text = lesson3Widgets.gate;

export function mount(root: HTMLElement): void {
  const svg = part(root, '[data-role="chart"]', SVGSVGElement);
  const gSlider = part(root, '[data-role="g-slider"]', HTMLInputElement);
  const gField = part(root, '[data-role="g"]', HTMLInputElement);
  const stepsSlider = part(root, '[data-role="steps-slider"]', HTMLInputElement);
  const stepsField = part(root, '[data-role="steps"]', HTMLInputElement);
  const startField = part(root, '[data-role="start"]', HTMLInputElement);
  const table = part(root, '[data-role="table"]', HTMLTableSectionElement);
  const out = {
    keep: part(root, '[data-role="keep"]', HTMLElement),
    lastLabel: part(root, '[data-role="last-label"]', HTMLElement),
    last: part(root, '[data-role="last"]', HTMLElement),
    halfLife: part(root, '[data-role="half-life"]', HTMLElement),
  };
  const problems = new ProblemList(part(root, '[data-role="message"]', HTMLElement));

  let state: GateState = { ...DEFAULT_STATE };
  let view = gateView(state);
  const chart = createLiveChart(svg, view.chart);

  const render = (): void => {
    view = gateView(state);
    chart.update(view.chart);
    svg.setAttribute('aria-label', view.chartLabel);
    out.keep.textContent = view.keep;
    out.lastLabel.textContent = text.readouts.last(String(state.steps));
    out.last.textContent = view.last;
    out.halfLife.textContent = text.halfLife(view.halfLife);
    if (Number(gSlider.value) !== state.g) gSlider.value = String(state.g);
    gSlider.setAttribute('aria-valuetext', text.sliderValue(view.g, view.keep));
    if (Number(stepsSlider.value) !== state.steps) stepsSlider.value = String(state.steps);
    syncField(gField, view.g);
    syncField(stepsField, String(state.steps));
    syncField(startField, showInput(state.start));
    table.replaceChildren(
      ...view.table.map((row) => {
        const tr = document.createElement('tr');
        for (const content of [row.step, row.memory]) tr.append(Object.assign(document.createElement('td'), { textContent: content }));
        return tr;
      }),
    );
    problems.show(text.keeping);
  };

  gSlider.addEventListener('input', () => {
    resetField(gField, problems, 'g');
    state = setG(state, Number(gSlider.value));
    render();
  });
  stepsSlider.addEventListener('input', () => {
    resetField(stepsField, problems, 'steps');
    state = setSteps(state, Number(stepsSlider.value));
    render();
  });

  const number = (raw: string, limit: number, name: string): Parsed<number, string> => {
    const parsed = parseNumber(raw, { min: -limit, max: limit });
    return parsed.ok ? parsed : { ok: false, problem: describeNumberProblem(parsed.problem, name, showInput) };
  };
  bindField(gField, {
    key: 'g',
    problems,
    render,
    parse: (raw) => number(raw, G_LIMIT, text.gName),
    apply: (g) => {
      state = setG(state, g);
    },
  });
  bindField(stepsField, {
    key: 'steps',
    problems,
    render,
    parse: (raw) => {
      const parsed = parseNumber(raw, { min: STEPS_MIN, max: STEPS_MAX });
      if (!parsed.ok) return { ok: false, problem: sentence(describeNumberProblem(parsed.problem, text.stepsName, showInput)) };
      if (!Number.isInteger(parsed.value)) return { ok: false, problem: text.notWhole(raw.trim()) };
      return parsed;
    },
    apply: (steps) => {
      state = setSteps(state, steps);
    },
  });
  bindField(startField, {
    key: 'start',
    problems,
    render,
    parse: (raw) => number(raw, START_LIMIT, text.startName),
    apply: (start) => {
      state = setStart(state, start);
    },
  });

  render();
}
