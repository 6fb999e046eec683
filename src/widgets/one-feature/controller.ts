// One-feature controller: sliders and fields for w and b, Fit and Start again drive the state; the state drives
// the chart, readouts and table.
import { createLiveChart } from '../../charts/live-chart.ts';
import { lesson2Widgets } from '../../strings/en/lesson2-widgets.ts';
import { ProblemList, bindField, part, resetField, syncField } from '../shared/dom.ts';
import { describeNumberProblem } from '../shared/messages.ts';
import { parseNumber, type Bounds } from '../shared/parse-number.ts';
import { BOUNDS, DEFAULT_STATE, chartSpec, fitted, oneFeatureView, setB, setW, showWeight, type OneFeatureState } from './model.ts';

const text = lesson2Widgets.oneFeature;

export function mount(root: HTMLElement): void {
  const svg = part(root, '[data-role="chart"]', SVGSVGElement);
  const sliders = { w: part(root, '[data-role="w-slider"]', HTMLInputElement), b: part(root, '[data-role="b-slider"]', HTMLInputElement) };
  const fields = { w: part(root, '[data-role="w"]', HTMLInputElement), b: part(root, '[data-role="b"]', HTMLInputElement) };
  const fit = part(root, '[data-role="fit"]', HTMLButtonElement);
  const reset = part(root, '[data-role="reset"]', HTMLButtonElement);
  const table = part(root, '[data-role="table"]', HTMLTableSectionElement);
  const out = {
    loss: part(root, '[data-role="loss"]', HTMLElement),
    accuracy: part(root, '[data-role="accuracy"]', HTMLElement),
    boundary: part(root, '[data-role="boundary"]', HTMLElement),
    gap: part(root, '[data-role="gap"]', HTMLElement),
  };
  const problems = new ProblemList(part(root, '[data-role="message"]', HTMLElement));

  let state: OneFeatureState = { ...DEFAULT_STATE };
  let view = oneFeatureView(state);
  const chart = createLiveChart(svg, chartSpec(state, view));

  const render = (): void => {
    view = oneFeatureView(state);
    for (const key of ['w', 'b'] as const) {
      if (Number(sliders[key].value) !== state[key]) sliders[key].value = String(state[key]);
      sliders[key].setAttribute('aria-valuetext', text.sliderValue(text[`${key}Name`], view[key], view.loss));
      syncField(fields[key], view[key]);
    }
    out.loss.textContent = view.loss;
    out.accuracy.textContent = view.accuracy;
    out.boundary.textContent = view.boundary;
    out.gap.textContent = view.gap;
    svg.setAttribute('aria-label', view.chartLabel);
    chart.update(chartSpec(state, view));
    view.table.forEach((row, i) => {
      const cell = table.rows[i]?.cells[2];
      if (cell !== undefined) cell.textContent = row.p;
    });
    problems.show(text.keeping(view.w, view.b));
  };

  const setters = { w: setW, b: setB } as const;
  for (const key of ['w', 'b'] as const) {
    sliders[key].addEventListener('input', () => {
      resetField(fields[key], problems, key);
      state = setters[key](state, Number(sliders[key].value));
      render();
    });
    const bounds: Bounds = BOUNDS[key];
    bindField(fields[key], {
      key,
      problems,
      render,
      parse: (raw) => {
        const parsed = parseNumber(raw, bounds);
        return parsed.ok ? parsed : { ok: false, problem: describeNumberProblem(parsed.problem, text[`${key}Name`], showWeight) };
      },
      apply: (value) => {
        state = setters[key](state, value);
      },
    });
  }

  const jump = (next: OneFeatureState): void => {
    for (const key of ['w', 'b'] as const) resetField(fields[key], problems, key);
    state = next;
    render();
  };
  fit.addEventListener('click', () => jump(fitted()));
  reset.addEventListener('click', () => jump({ ...DEFAULT_STATE }));
  fit.disabled = false;
  reset.disabled = false;

  render();
}
