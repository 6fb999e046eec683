// Saturation controller: selects, sliders and the seed field to state; state (once per frame) to the histograms,
// their text alternatives, the summary and the table. Working out a view means a forward pass of the whole network
// (several ms), so views are kept by state, and the states one slider step away are worked out in idle time:
// an arrow key then finds its figures ready and the histograms change in the same frame.
import { formatFull } from '../../lib/format.ts';
import type { HiddenActivation, Initializer } from '../../lib/math/network/types.ts';
import { lesson4Widgets } from '../../strings/en/lesson4-widgets.ts';
import { ProblemList, bindField, part } from '../shared/dom.ts';
import { describeNumberProblem } from '../shared/messages.ts';
import { parseNumber } from '../shared/parse-number.ts';
import {
  BOUNDS, DEFAULT_STATE, histogramMarkup, normalizeState, saturationView, type SaturationState, type SaturationView,
} from './model.ts';

const text = lesson4Widgets.saturation;
const SVG = 'http://www.w3.org/2000/svg';
/** Views kept, most recently used last (a few dozen KB). */
const KEPT_VIEWS = 32;

/** Views by state, computing each one once while it stays among the KEPT_VIEWS most recently used. */
function viewCache(): { view: (state: SaturationState) => SaturationView; has: (state: SaturationState) => boolean } {
  const views = new Map<string, SaturationView>();
  const keyOf = (state: SaturationState): string => JSON.stringify(normalizeState(state));
  return {
    view: (state) => {
      const key = keyOf(state);
      const view = views.get(key) ?? saturationView(state);
      views.delete(key);
      views.set(key, view);
      if (views.size > KEPT_VIEWS) views.delete(views.keys().next().value ?? key);
      return view;
    },
    has: (state) => views.has(keyOf(state)),
  };
}

/** The states one arrow-key step away on the depth and width sliders. */
function neighbours(state: SaturationState): SaturationState[] {
  return [
    { ...state, depth: state.depth + 1 },
    { ...state, depth: state.depth - 1 },
    { ...state, width: state.width + 1 },
    { ...state, width: state.width - 1 },
  ].map(normalizeState);
}

/** Runs `work` when the page is idle (soon, where the browser cannot say). */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work);
  else setTimeout(work, 50);
}

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
  const cache = viewCache();
  // Works out the state shown and its neighbours, whichever are missing, one per idle period; a newer state starts
  // over.
  let shown = 0;
  const prefetch = (generation: number): void => {
    if (generation !== shown) return;
    const missing = [state, ...neighbours(state)].find((next) => !cache.has(next));
    if (missing === undefined) return;
    cache.view(missing);
    whenIdle(() => prefetch(generation));
  };

  const render = (): void => {
    frame = 0;
    const view = cache.view(state);
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
    shown += 1;
    const generation = shown;
    whenIdle(() => prefetch(generation));
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
  // The page shows the first view from the build; the figures one step away are ready before the first key.
  whenIdle(() => prefetch(shown));
}
