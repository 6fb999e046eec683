// Saturation controller: selects, sliders and the seed field to state; state (once per frame) to the histograms,
// their text alternatives, the summary and the table.
import { formatFull } from '../../lib/format.ts';
import type { HiddenActivation, Initializer } from '../../lib/math/network/types.ts';
import { lesson4Widgets } from '../../strings/en/lesson4-widgets.ts';
import { ProblemList, bindField, part } from '../shared/dom.ts';
import { describeNumberProblem } from '../shared/messages.ts';
import { parseNumber } from '../shared/parse-number.ts';
import { BOUNDS, DEFAULT_STATE, histogramMarkup, normalizeState, saturationView, type SaturationState } from './model.ts';

const text = lesson4Widgets.saturation;
const SVG = 'http://www.w3.org/2000/svg';

export function mount(root: HTMLElement): void {
  const q = <T extends Element>(role: string, type: new () => T): T => part(root, `[data-role="${role}"]`, type);
  const activation = q('activation', HTMLSelectElement);
  const init = q('init', HTMLSelectElement);
  const depth = q('depth', HTMLInputElement);
  const depthValue = q('depth-value', HTMLOutputElement);
  const width = q('width', HTMLInputElement);
  const widthValue = q('width-value', HTMLOutputElement);
  const seed = q('seed', HTMLInputElement);
  const summary = q('summary', HTMLElement);
  const histograms = q('histograms', HTMLUListElement);
  const table = q('table', HTMLTableSectionElement);
  const problems = new ProblemList(q('message', HTMLElement));

  let state: SaturationState = DEFAULT_STATE;
  let frame = 0;

  const render = (): void => {
    frame = 0;
    const view = saturationView(state);
    depthValue.value = String(state.depth);
    widthValue.value = String(state.width);
    summary.textContent = view.summary;
    histograms.replaceChildren(
      ...view.layers.map((layer) => {
        const item = document.createElement('li');
        const title = document.createElement('p');
        title.className = 'layer-title';
        const name = Object.assign(document.createElement('span'), { textContent: layer.title });
        const detail = Object.assign(document.createElement('span'), { textContent: layer.detail, className: 'layer-detail' });
        title.append(name, ' ', detail);
        const svg = document.createElementNS(SVG, 'svg');
        svg.setAttribute('viewBox', '0 0 200 96');
        svg.setAttribute('role', 'img');
        svg.setAttribute('aria-label', layer.label);
        svg.setAttribute('class', 'histogram');
        svg.innerHTML = histogramMarkup(layer, view.peak);
        item.append(title, svg);
        return item;
      }),
    );
    table.replaceChildren(
      ...view.table.map((row) => {
        const tr = document.createElement('tr');
        for (const cell of [row.layer, row.mean, row.std, row.saturated, row.dead]) tr.append(Object.assign(document.createElement('td'), { textContent: cell }));
        return tr;
      }),
    );
    problems.show(text.keeping);
  };
  const schedule = (): void => {
    if (frame === 0) frame = requestAnimationFrame(render);
  };
  const change = (next: Partial<SaturationState>): void => {
    state = normalizeState({ ...state, ...next });
    schedule();
  };

  activation.addEventListener('change', () => change({ activation: activation.value as HiddenActivation }));
  init.addEventListener('change', () => change({ init: init.value as Initializer }));
  depth.addEventListener('input', () => change({ depth: Number(depth.value) }));
  width.addEventListener('input', () => change({ width: Number(width.value) }));
  bindField(seed, {
    key: 'seed',
    problems,
    render: schedule,
    parse: (raw) => {
      const parsed = parseNumber(raw, BOUNDS.seed);
      if (!parsed.ok) return { ok: false, problem: describeNumberProblem(parsed.problem, text.seedName, formatFull) };
      if (!Number.isInteger(parsed.value)) return { ok: false, problem: lesson4Widgets.deepNetworkLab.wholeNumber(text.seedName) };
      return parsed;
    },
    apply: (value) => {
      state = normalizeState({ ...state, seed: value });
    },
  });
}
