// Why-cross-entropy controller: slider and fields for w and x and the label choice drive the state; the state
// drives both charts, the readouts and the verdict.
import { createLiveChart } from '../../charts/live-chart.ts';
import { lesson2Widgets } from '../../strings/en/lesson2-widgets.ts';
import { ProblemList, bindField, part, resetField, syncField } from '../shared/dom.ts';
import { describeNumberProblem } from '../shared/messages.ts';
import { parseNumber } from '../shared/parse-number.ts';
import { formatFull } from '../../lib/format.ts';
import { BOUNDS, DEFAULT_STATE, chartSpecs, lossView, setW, setX, setY, type LossState } from './model.ts';

const text = lesson2Widgets.whyCrossEntropy;
const OUTPUTS = ['p', 'bce', 'bce-slope', 'se', 'se-slope', 'verdict'] as const;

export function mount(root: HTMLElement): void {
  const slider = part(root, '[data-role="w-slider"]', HTMLInputElement);
  const wField = part(root, '[data-role="w"]', HTMLInputElement);
  const xField = part(root, '[data-role="x"]', HTMLInputElement);
  const radios = [...root.querySelectorAll<HTMLInputElement>('[data-role="y"]')];
  const lossSvg = part(root, '[data-role="loss-chart"]', SVGSVGElement);
  const slopeSvg = part(root, '[data-role="slope-chart"]', SVGSVGElement);
  const clipped = part(root, '[data-role="clipped"]', HTMLElement);
  const out = Object.fromEntries(OUTPUTS.map((key) => [key, part(root, `[data-role="${key}"]`, HTMLElement)])) as Record<(typeof OUTPUTS)[number], HTMLElement>;
  const problems = new ProblemList(part(root, '[data-role="message"]', HTMLElement));

  let state: LossState = { ...DEFAULT_STATE };
  const initial = chartSpecs(state);
  const lossChart = createLiveChart(lossSvg, initial.loss);
  const slopeChart = createLiveChart(slopeSvg, initial.slope);

  const render = (): void => {
    const view = lossView(state);
    const specs = chartSpecs(state);
    if (Number(slider.value) !== state.w) slider.value = String(state.w);
    slider.setAttribute('aria-valuetext', `w = ${view.w}, ${text.readouts.bce} ${view.bce}, ${text.readouts.se} ${view.se}`);
    syncField(wField, view.w);
    syncField(xField, view.x);
    for (const radio of radios) radio.checked = radio.value === String(state.y);
    const values: Record<(typeof OUTPUTS)[number], string> = {
      p: view.p,
      bce: view.bce,
      'bce-slope': view.bceSlope,
      se: view.se,
      'se-slope': view.seSlope,
      verdict: view.verdict,
    };
    for (const key of OUTPUTS) out[key].textContent = values[key];
    clipped.hidden = !view.clipped;
    lossSvg.setAttribute('aria-label', view.lossLabel);
    slopeSvg.setAttribute('aria-label', view.slopeLabel);
    lossChart.update(specs.loss);
    slopeChart.update(specs.slope);
    problems.show(text.keeping(view.w, view.x));
  };

  slider.addEventListener('input', () => {
    resetField(wField, problems, 'w');
    state = setW(state, Number(slider.value));
    render();
  });
  const parse = (name: string, bounds: { min: number; max: number }) => (raw: string) => {
    const parsed = parseNumber(raw, bounds);
    return parsed.ok ? parsed : { ok: false as const, problem: describeNumberProblem(parsed.problem, name, formatFull) };
  };
  bindField(wField, {
    key: 'w',
    problems,
    render,
    parse: parse(text.wName, BOUNDS.w),
    apply: (w) => {
      state = setW(state, w);
    },
  });
  bindField(xField, {
    key: 'x',
    problems,
    render,
    parse: parse(text.xName, BOUNDS.x),
    apply: (x) => {
      state = setX(state, x);
    },
  });
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      state = setY(state, radio.value);
      render();
    });
  }

  render();
}
