// Chain of slopes controller: sliders and fields to state, state to the log chart, readouts, note and table.
import { formatFull } from '../../lib/format.ts';
import { lesson4Widgets } from '../../strings/en/lesson4-widgets.ts';
import { ProblemList, bindField, part, resetField, syncField } from '../shared/dom.ts';
import { describeNumberProblem } from '../shared/messages.ts';
import { parseNumber } from '../shared/parse-number.ts';
import { createLiveLogChart } from './log-chart.ts';
import {
  ACTIVATIONS, DEFAULT_STATE, WEIGHT_MAX, WEIGHT_MIN, Z_LIMIT, chainView, parseLayerZs, setDepth, setWeight, setZ,
  type ChainState,
} from './model.ts';

const text = lesson4Widgets.chainOfSlopes;

export function mount(root: HTMLElement): void {
  const svg = part(root, '[data-role="chart"]', SVGSVGElement);
  const depth = part(root, '[data-role="depth"]', HTMLInputElement);
  const depthValue = part(root, '[data-role="depth-value"]', HTMLOutputElement);
  const zSlider = part(root, '[data-role="z-slider"]', HTMLInputElement);
  const zField = part(root, '[data-role="z"]', HTMLInputElement);
  const wSlider = part(root, '[data-role="w-slider"]', HTMLInputElement);
  const wField = part(root, '[data-role="w"]', HTMLInputElement);
  const list = part(root, '[data-role="list"]', HTMLInputElement);
  const note = part(root, '[data-role="note"]', HTMLElement);
  const table = part(root, '[data-role="table"]', HTMLTableSectionElement);
  const bound = part(root, '[data-role="bound"]', HTMLElement);
  const finals = Object.fromEntries(ACTIVATIONS.map((name) => [name, part(root, `[data-role="final-${name}"]`, HTMLElement)]));
  const problems = new ProblemList(part(root, '[data-role="message"]', HTMLElement));

  let state: ChainState = { ...DEFAULT_STATE, depth: Number(depth.value) || DEFAULT_STATE.depth };
  let view = chainView(state);
  const chart = createLiveLogChart(svg, view.chart);

  const renderTable = (): void => {
    table.replaceChildren(
      ...view.table.map((row) => {
        const tr = document.createElement('tr');
        for (const cell of [row.layer, row.z, ...ACTIVATIONS.map((name) => row.factors[name])]) {
          tr.append(Object.assign(document.createElement('td'), { textContent: cell }));
        }
        return tr;
      }),
    );
  };

  const render = (): void => {
    view = chainView(state);
    depth.value = String(state.depth);
    depthValue.value = String(state.depth);
    if (Number(zSlider.value) !== state.z) zSlider.value = String(state.z);
    zSlider.setAttribute('aria-valuetext', text.sliderValue(text.zName, formatFull(state.z)));
    if (Number(wSlider.value) !== state.weight) wSlider.value = String(state.weight);
    wSlider.setAttribute('aria-valuetext', text.sliderValue(text.weightName, formatFull(state.weight)));
    syncField(zField, formatFull(state.z));
    syncField(wField, formatFull(state.weight));
    for (const name of ACTIVATIONS) finals[name]!.textContent = view.readouts[name];
    bound.textContent = view.boundText;
    note.hidden = view.unusedZs === 0;
    note.textContent = view.unusedZs === 0 ? '' : text.unused(view.unusedZs, state.depth);
    svg.setAttribute('aria-label', view.chartLabel);
    chart.update(view.chart);
    renderTable();
    problems.show(text.keeping);
  };

  depth.addEventListener('input', () => {
    state = setDepth(state, Number(depth.value));
    render();
  });
  zSlider.addEventListener('input', () => {
    resetField(zField, problems, 'z');
    state = setZ(state, Number(zSlider.value));
    render();
  });
  wSlider.addEventListener('input', () => {
    resetField(wField, problems, 'w');
    state = setWeight(state, Number(wSlider.value));
    render();
  });

  const numberField = (input: HTMLInputElement, key: string, name: string, min: number, max: number, apply: (value: number) => void): void => {
    bindField(input, {
      key,
      problems,
      render,
      parse: (raw) => {
        const parsed = parseNumber(raw, { min, max });
        return parsed.ok ? parsed : { ok: false, problem: describeNumberProblem(parsed.problem, name, formatFull) };
      },
      apply,
    });
  };
  numberField(zField, 'z', text.zName, -Z_LIMIT, Z_LIMIT, (z) => {
    state = setZ(state, z);
  });
  numberField(wField, 'w', text.weightName, WEIGHT_MIN, WEIGHT_MAX, (w) => {
    state = setWeight(state, w);
  });
  bindField(list, {
    key: 'list',
    problems,
    render,
    parse: parseLayerZs,
    apply: (layerZs) => {
      state = { ...state, layerZs };
    },
    // A list is still being typed while it ends in a separator or a partial number such as "1, -".
    isIncomplete: (raw) => /(^|[\s,;])[-+−]?\.?$|e[-+]?$/i.test(raw.trim()) && raw.trim() !== '',
  });

  render();
}
