// Threshold-and-metrics controller: slider, field and patient choice drive the state; the state drives the matrix,
// the rates and the ROC point.
import { createLiveChart } from '../../charts/live-chart.ts';
import { lesson2Widgets } from '../../strings/en/lesson2-widgets.ts';
import { ProblemList, bindField, part, resetField, syncField } from '../shared/dom.ts';
import { describeNumberProblem } from '../shared/messages.ts';
import { parseNumber } from '../shared/parse-number.ts';
import { DEFAULT_STATE, THRESHOLD_BOUNDS, chartSpec, metricsView, setPatients, setThreshold, showThreshold, type MetricsState } from './model.ts';

const text = lesson2Widgets.thresholdMetrics;
const OUTPUTS = ['tp', 'fp', 'tn', 'fn', 'precision', 'recall', 'accuracy', 'f1', 'fpr', 'auc', 'baseline', 'caption'] as const;

export function mount(root: HTMLElement): void {
  const slider = part(root, '[data-role="slider"]', HTMLInputElement);
  const field = part(root, '[data-role="field"]', HTMLInputElement);
  const svg = part(root, '[data-role="chart"]', SVGSVGElement);
  const radios = [...root.querySelectorAll<HTMLInputElement>('[data-role="patients"]')];
  const out = Object.fromEntries(OUTPUTS.map((key) => [key, part(root, `[data-role="${key}"]`, HTMLElement)])) as Record<(typeof OUTPUTS)[number], HTMLElement>;
  const problems = new ProblemList(part(root, '[data-role="message"]', HTMLElement));

  let state: MetricsState = { ...DEFAULT_STATE };
  let view = metricsView(state);
  const chart = createLiveChart(svg, chartSpec(state, view));

  const render = (): void => {
    view = metricsView(state);
    if (Number(slider.value) !== state.threshold) slider.value = String(state.threshold);
    slider.setAttribute('aria-valuetext', view.sliderValue);
    syncField(field, view.t);
    const { matrix } = view;
    const values: Record<(typeof OUTPUTS)[number], string> = {
      tp: String(matrix.tp),
      fp: String(matrix.fp),
      tn: String(matrix.tn),
      fn: String(matrix.fn),
      precision: view.precision,
      recall: view.recall,
      accuracy: view.accuracy,
      f1: view.f1,
      fpr: view.fpr,
      auc: view.auc,
      baseline: view.baseline,
      caption: text.matrixCaption(view.t),
    };
    for (const key of OUTPUTS) if (out[key].textContent !== values[key]) out[key].textContent = values[key];
    for (const radio of radios) radio.checked = radio.value === state.patients;
    svg.setAttribute('aria-label', view.chartLabel);
    chart.update(chartSpec(state, view));
    problems.show(text.keeping(view.t));
  };

  slider.addEventListener('input', () => {
    resetField(field, problems, 't');
    state = setThreshold(state, Number(slider.value));
    render();
  });
  bindField(field, {
    key: 't',
    problems,
    render,
    parse: (raw) => {
      const parsed = parseNumber(raw, THRESHOLD_BOUNDS);
      return parsed.ok ? parsed : { ok: false, problem: describeNumberProblem(parsed.problem, text.tName, showThreshold) };
    },
    apply: (t) => {
      state = setThreshold(state, t);
    },
  });
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      state = setPatients(state, radio.value);
      render();
    });
  }

  render();
}
