// Linear-collapse controller: the activation menu and the weights' sliders and fields drive the state; the state
// drives the chart, formula, sentences and table.
import { createLiveChart } from '../../charts/live-chart.ts';
import { lesson3Widgets } from '../../strings/en/lesson3-widgets.ts';
import { ProblemList, bindField, part, resetField, syncField } from '../shared/dom.ts';
import { describeNumberProblem } from '../shared/messages.ts';
import { parseNumber } from '../shared/parse-number.ts';
import {
  DEFAULT_STATE, PARAMS, PARAM_LIMIT, activationName, collapseView, isChoice, setActivation, setParam, showParam,
  type CollapseState, type ParamName,
} from './model.ts';

const text = lesson3Widgets.collapse;

function isParam(value: string | undefined): value is ParamName {
  return (PARAMS as readonly string[]).includes(value ?? '');
}

export function mount(root: HTMLElement): void {
  const svg = part(root, '[data-role="chart"]', SVGSVGElement);
  const select = part(root, '[data-role="activation"]', HTMLSelectElement);
  const legendNetwork = part(root, '[data-role="legend-network"]', HTMLElement);
  const formula = part(root, '[data-role="formula"]', HTMLElement);
  const shape = part(root, '[data-role="shape"]', HTMLElement);
  const collapsed = part(root, '[data-role="collapsed"]', HTMLElement);
  const table = part(root, '[data-role="table"]', HTMLTableSectionElement);
  const sliders = [...root.querySelectorAll<HTMLInputElement>('input[data-role="slider"]')];
  const fields = [...root.querySelectorAll<HTMLInputElement>('input[data-role="field"]')];
  const problems = new ProblemList(part(root, '[data-role="message"]', HTMLElement));

  let state: CollapseState = setActivation(DEFAULT_STATE, isChoice(select.value) ? select.value : DEFAULT_STATE.activation);
  let view = collapseView(state);
  const chart = createLiveChart(svg, view.chart);

  const render = (): void => {
    view = collapseView(state);
    chart.update(view.chart);
    svg.setAttribute('aria-label', view.chartLabel);
    legendNetwork.textContent = text.legend.network(activationName(state.activation));
    formula.textContent = view.formula;
    shape.textContent = view.shape;
    collapsed.textContent = view.collapsed;
    for (const slider of sliders) {
      const name = slider.dataset['param'];
      if (!isParam(name)) continue;
      const value = state.params[name];
      if (Number(slider.value) !== value) slider.value = String(value);
      slider.setAttribute('aria-valuetext', text.paramValue(text.params[name], view.values[name]));
    }
    for (const field of fields) {
      const name = field.dataset['param'];
      if (isParam(name)) syncField(field, view.values[name]);
    }
    table.replaceChildren(
      ...view.table.map((row) => {
        const tr = document.createElement('tr');
        for (const content of [row.x, row.network, row.linear]) tr.append(Object.assign(document.createElement('td'), { textContent: content }));
        return tr;
      }),
    );
    problems.show(text.keeping);
  };

  select.addEventListener('change', () => {
    if (isChoice(select.value)) state = setActivation(state, select.value);
    render();
  });

  for (const slider of sliders) {
    const name = slider.dataset['param'];
    if (!isParam(name)) continue;
    const field = fields.find((each) => each.dataset['param'] === name);
    slider.addEventListener('input', () => {
      if (field) resetField(field, problems, name);
      state = setParam(state, name, Number(slider.value));
      render();
    });
  }
  for (const field of fields) {
    const name = field.dataset['param'];
    if (!isParam(name)) continue;
    bindField(field, {
      key: name,
      problems,
      render,
      parse: (raw) => {
        const parsed = parseNumber(raw, { min: -PARAM_LIMIT, max: PARAM_LIMIT });
        return parsed.ok ? parsed : { ok: false, problem: describeNumberProblem(parsed.problem, text.params[name], showParam) };
      },
      apply: (value) => {
        state = setParam(state, name, value);
      },
    });
  }

  render();
}
