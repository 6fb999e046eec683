// Sigmoid explorer controller: wires slider, fields, checkbox, pointer and keys to the state, and the state to
// the chart, readouts, text alternative and data table.
import { createLiveChart } from '../../charts/live-chart.ts';
import { widgets } from '../../strings/en/widgets.ts';
import { ProblemList, bindField, part, resetField, syncField } from '../shared/dom.ts';
import { bindRangeFields, parsePointInRange } from '../shared/range-fields.ts';
import {
  DEFAULT_STATE,
  RANGE_LIMIT,
  chartSpec,
  explorerView,
  moveX,
  setRange,
  setX,
  showX,
  snap,
  type ExplorerState,
} from './model.ts';

const text = widgets.sigmoidExplorer;
/** Page Up / Page Down move x this many slider steps. */
const PAGE_STEPS = 10;
const KEY_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -PAGE_STEPS, PageUp: PAGE_STEPS };

export function mount(root: HTMLElement): void {
  const svg = part(root, '[data-role="chart"]', SVGSVGElement);
  const hint = part(root, '[data-role="hint"]', HTMLElement);
  const slider = part(root, '[data-role="slider"]', HTMLInputElement);
  const field = part(root, '[data-role="field"]', HTMLInputElement);
  const minField = part(root, '[data-role="min"]', HTMLInputElement);
  const maxField = part(root, '[data-role="max"]', HTMLInputElement);
  const derivative = part(root, '[data-role="derivative"]', HTMLInputElement);
  const table = part(root, '[data-role="table"]', HTMLTableSectionElement);
  const readouts = {
    x: part(root, '[data-role="x"]', HTMLElement),
    sigma: part(root, '[data-role="sigma"]', HTMLElement),
    slope: part(root, '[data-role="slope"]', HTMLElement),
  };
  const problems = new ProblemList(part(root, '[data-role="message"]', HTMLElement));

  let state: ExplorerState = { ...DEFAULT_STATE, showDerivative: derivative.checked };
  let view = explorerView(state);
  let tableRange = '';

  // The chart becomes a control: focusable, described by the hint on how to use it.
  hint.hidden = false;
  svg.setAttribute('tabindex', '0');
  svg.setAttribute('aria-describedby', hint.id);
  const chart = createLiveChart(svg, chartSpec(state, view));

  const renderTable = (): void => {
    const range = `${state.xMin}:${state.xMax}`;
    if (range === tableRange) return;
    tableRange = range;
    table.replaceChildren(
      ...view.table.map((row) => {
        const tr = document.createElement('tr');
        for (const cell of [row.x, row.sigma, row.slope]) tr.append(Object.assign(document.createElement('td'), { textContent: cell }));
        return tr;
      }),
    );
  };

  const render = (): void => {
    view = explorerView(state);
    readouts.x.textContent = view.x;
    readouts.sigma.textContent = view.sigma;
    readouts.slope.textContent = view.slope;
    slider.min = String(state.xMin);
    slider.max = String(state.xMax);
    slider.step = String(view.step);
    if (Number(slider.value) !== state.x) slider.value = String(state.x);
    slider.setAttribute('aria-valuetext', text.sliderValue(view.x, view.sigma));
    syncField(field, view.x);
    syncField(minField, showX(state.xMin));
    syncField(maxField, showX(state.xMax));
    derivative.checked = state.showDerivative;
    part(root, '[data-role="legend-derivative"]', HTMLElement).hidden = !state.showDerivative;
    svg.setAttribute('aria-label', view.chartLabel);
    chart.update(chartSpec(state, view));
    renderTable();
    problems.show(text.keeping(view.x, showX(state.xMin), showX(state.xMax)));
  };

  /** x set by slider, pointer or keys: any rejected text in the x field gives way to it. */
  const setFromControl = (next: ExplorerState): void => {
    resetField(field, problems, 'x');
    state = next;
    render();
  };

  slider.addEventListener('input', () => setFromControl(setX(state, Number(slider.value))));

  bindField(field, {
    key: 'x',
    problems,
    render,
    parse: (raw) => parsePointInRange(raw, state.xMin, state.xMax, { name: text.xName, outside: text.problems.outside, showX }),
    apply: (x) => {
      state = setX(state, x);
    },
  });

  bindRangeFields(minField, maxField, {
    problems,
    render,
    limit: RANGE_LIMIT,
    showX,
    text,
    setRange: (xMin, xMax) => setRange(state, xMin, xMax),
    apply: (next) => {
      state = next;
    },
  });

  derivative.addEventListener('change', () => {
    state = { ...state, showDerivative: derivative.checked };
    render();
  });

  const xFromPointer = (event: PointerEvent): void => {
    const x = chart.xAtPointer(event);
    if (Number.isFinite(x)) setFromControl(setX(state, snap(state, x)));
  };
  svg.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    svg.setPointerCapture(event.pointerId);
    xFromPointer(event);
  });
  svg.addEventListener('pointermove', (event) => {
    if (svg.hasPointerCapture(event.pointerId)) xFromPointer(event);
  });
  svg.addEventListener('keydown', (event) => {
    const steps = KEY_STEPS[event.key];
    let next: ExplorerState | null = null;
    if (steps !== undefined) next = moveX(state, steps);
    else if (event.key === 'Home') next = setX(state, state.xMin);
    else if (event.key === 'End') next = setX(state, state.xMax);
    if (next === null) return;
    event.preventDefault();
    setFromControl(next);
  });

  render();
}
