// Function gallery controller: checkboxes, range and cursor fields, the shade menu, pointer and keys drive the
// state; the state drives the chart, legend, readout table and text alternative.
import { isActivationId } from '../../lib/math/activation-registry.ts';
import { lesson3Widgets, sentence } from '../../strings/en/lesson3-widgets.ts';
import { ProblemList, bindField, part, resetField, syncField } from '../shared/dom.ts';
import { bindRangeFields, parsePointInRange } from '../shared/range-fields.ts';
import { createBandedChart } from './chart.ts';
import {
  DEFAULT_STATE, RANGE_LIMIT, galleryView, moveCursor, setCursor, setRange, setShade, showX, snapCursor, toggle,
  type GalleryState, type GalleryView,
} from './model.ts';

const text = lesson3Widgets.gallery;
const PAGE_STEPS = 10;
const KEY_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -PAGE_STEPS, PageUp: PAGE_STEPS };

function cell(tag: 'td' | 'th', content: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = content;
  if (tag === 'th') element.setAttribute('scope', 'row');
  return element;
}

function renderReadout(body: HTMLTableSectionElement, view: GalleryView): void {
  body.replaceChildren(
    ...view.rows.map((row) => {
      const tr = document.createElement('tr');
      tr.dataset['activation'] = row.id;
      tr.append(cell('th', row.name), cell('td', row.value), cell('td', row.slope), cell('td', row.saturated));
      return tr;
    }),
  );
}

function renderLegend(list: HTMLElement, bandItem: HTMLElement, view: GalleryView): void {
  const items = view.legend.map((item) => {
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = item.dashed ? 'swatch dashed' : 'swatch';
    swatch.style.setProperty('--swatch', `var(--color-${item.colour})`);
    li.append(swatch, item.label);
    return li;
  });
  bandItem.hidden = view.bands.length === 0;
  list.replaceChildren(...items, bandItem);
}

export function mount(root: HTMLElement): void {
  const svg = part(root, '[data-role="chart"]', SVGSVGElement);
  const hint = part(root, '[data-role="hint"]', HTMLElement);
  const legend = part(root, '[data-role="legend"]', HTMLElement);
  const bandItem = part(root, '[data-role="band-legend"]', HTMLElement);
  const shadeText = part(root, '[data-role="shade-text"]', HTMLElement);
  const readout = part(root, '[data-role="readout"]', HTMLTableSectionElement);
  const readoutCaption = part(root, '[data-role="readout-caption"]', HTMLElement);
  const empty = part(root, '[data-role="empty"]', HTMLElement);
  const cursorField = part(root, '[data-role="cursor"]', HTMLInputElement);
  const minField = part(root, '[data-role="min"]', HTMLInputElement);
  const maxField = part(root, '[data-role="max"]', HTMLInputElement);
  const shade = part(root, '[data-role="shade"]', HTMLSelectElement);
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-role="curve"], input[data-role="slope"]')];
  const problems = new ProblemList(part(root, '[data-role="message"]', HTMLElement));

  // Start from what the page shows (a reader may have ticked boxes before the script arrived).
  let state: GalleryState = { ...DEFAULT_STATE };
  for (const box of boxes) {
    const id = box.dataset['id'] ?? '';
    if (isActivationId(id)) state = toggle(state, box.dataset['role'] === 'slope' ? 'slopes' : 'curves', id, box.checked);
  }
  state = setShade(state, isActivationId(shade.value) ? shade.value : null);
  let view = galleryView(state);

  hint.hidden = false;
  svg.setAttribute('tabindex', '0');
  svg.setAttribute('aria-describedby', hint.id);
  const chart = createBandedChart(svg, { chart: view.chart, bands: view.bands });

  const render = (): void => {
    view = galleryView(state);
    chart.update({ chart: view.chart, bands: view.bands });
    svg.setAttribute('aria-label', view.chartLabel);
    renderLegend(legend, bandItem, view);
    renderReadout(readout, view);
    readoutCaption.textContent = text.readoutCaption(view.cursor);
    shadeText.textContent = view.shadeText;
    empty.hidden = !view.empty;
    syncField(cursorField, view.cursor);
    syncField(minField, showX(state.xMin));
    syncField(maxField, showX(state.xMax));
    problems.show(text.keeping(view.cursor, showX(state.xMin), showX(state.xMax)));
  };

  const setFromControl = (next: GalleryState): void => {
    resetField(cursorField, problems, 'cursor');
    state = next;
    render();
  };

  for (const box of boxes) {
    box.addEventListener('change', () => {
      const id = box.dataset['id'] ?? '';
      if (!isActivationId(id)) return;
      state = toggle(state, box.dataset['role'] === 'slope' ? 'slopes' : 'curves', id, box.checked);
      render();
    });
  }

  shade.addEventListener('change', () => {
    const value = shade.value;
    state = setShade(state, isActivationId(value) ? value : null);
    render();
  });

  bindField(cursorField, {
    key: 'cursor',
    problems,
    render,
    parse: (raw) => parsePointInRange(raw, state.xMin, state.xMax, { name: text.cursorName, outside: text.problems.outside, showX, sentence }),
    apply: (x) => {
      state = setCursor(state, x);
    },
  });

  bindRangeFields(minField, maxField, {
    problems,
    render,
    limit: RANGE_LIMIT,
    showX,
    text,
    sentence,
    setRange: (xMin, xMax) => setRange(state, xMin, xMax),
    apply: (next) => {
      state = next;
    },
  });

  const cursorFromPointer = (event: PointerEvent): void => {
    const x = chart.xAtPointer(event);
    if (Number.isFinite(x)) setFromControl(snapCursor(state, x));
  };
  svg.addEventListener('pointermove', cursorFromPointer);
  svg.addEventListener('pointerdown', (event) => {
    if (event.button === 0) cursorFromPointer(event);
  });
  svg.addEventListener('keydown', (event) => {
    const steps = KEY_STEPS[event.key];
    let next: GalleryState | null = null;
    if (steps !== undefined) next = moveCursor(state, steps);
    else if (event.key === 'Home') next = setCursor(state, state.xMin);
    else if (event.key === 'End') next = setCursor(state, state.xMax);
    if (next === null) return;
    event.preventDefault();
    setFromControl(next);
  });

  render();
}
