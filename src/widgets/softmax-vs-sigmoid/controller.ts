// Softmax-or-sigmoid controller: presets, logit sliders and fields, add/remove class, the constant and its button,
// and the temperature drive the state; the state drives the rows, bars, sums and sentences.
import { lesson3Widgets, sentence } from '../../strings/en/lesson3-widgets.ts';
import { ProblemList, bindField, part, resetField, syncField } from '../shared/dom.ts';
import { describeNumberProblem } from '../shared/messages.ts';
import { parseNumber } from '../shared/parse-number.ts';
import type { ShareHook } from '../shared/share.ts';
import {
  DEFAULT_STATE, LOGIT_LIMIT, MAX_CLASSES, MIN_CLASSES, PRESETS, SHIFT_LIMIT, TEMPERATURE_MAX, TEMPERATURE_MIN, addClass, addToEvery, applyPreset,
  removeClass, setLogit, setShift, setTemperature, showLogit, softmaxView, type PresetId, type SoftmaxState,
} from './model.ts';

const text = lesson3Widgets.softmax;

function isPreset(value: string | undefined): value is PresetId {
  return value === 'multi-class' || value === 'multi-label';
}

interface LogitRow {
  row: HTMLElement;
  name: HTMLElement;
  slider: HTMLInputElement;
  field: HTMLInputElement;
  sliderLabel: HTMLElement;
  fieldLabel: HTMLElement;
}

interface ResultRow {
  row: HTMLElement;
  name: HTMLElement;
  logit: HTMLElement;
  softmax: HTMLElement;
  sigmoid: HTMLElement;
  softmaxBar: HTMLElement;
  sigmoidBar: HTMLElement;
}

/** Each mounted widget's state, for its share link (the class names and count live outside the fields). */
const live = new WeakMap<HTMLElement, { get: () => SoftmaxState; set: (next: SoftmaxState) => void }>();

/** Share links carry `names` (the preset whose class names are in use) and `classes`; the logits are fields. */
export const share: ShareHook = {
  read: (root) => {
    const state = live.get(root)?.get();
    if (state === undefined) return [];
    const names = (Object.keys(PRESETS) as PresetId[]).find((id) => PRESETS[id].labels[0] === state.labels[0]);
    return [...(names === undefined ? [] : [['names', names] as const]), ['classes', String(state.labels.length)]];
  },
  apply: (root, entries) => {
    const widget = live.get(root);
    const used: string[] = [];
    const rejected: string[] = [];
    if (widget === undefined) return { used, rejected };
    const names = entries.get('names');
    if (names !== undefined) {
      if (isPreset(names)) {
        widget.set(applyPreset(widget.get(), names));
        used.push('names');
      } else rejected.push('names');
    }
    const classes = entries.get('classes');
    if (classes !== undefined) {
      const count = Number(classes);
      if (/^\d+$/.test(classes) && count >= MIN_CLASSES && count <= MAX_CLASSES) {
        let next = widget.get();
        while (next.labels.length < count) next = addClass(next);
        while (next.labels.length > count) next = removeClass(next);
        widget.set(next);
        used.push('classes');
      } else rejected.push('classes');
    }
    return { used, rejected };
  },
};

export function mount(root: HTMLElement): void {
  const logitRows: LogitRow[] = [...root.querySelectorAll<HTMLElement>('[data-role="logit-row"]')].map((row) => ({
    row,
    name: part(row, '[data-role="name"]', HTMLElement),
    slider: part(row, '[data-role="slider"]', HTMLInputElement),
    field: part(row, '[data-role="field"]', HTMLInputElement),
    sliderLabel: part(row, '[data-role="slider-label"]', HTMLElement),
    fieldLabel: part(row, '[data-role="field-label"]', HTMLElement),
  }));
  const resultRows: ResultRow[] = [...root.querySelectorAll<HTMLElement>('[data-role="result-row"]')].map((row) => ({
    row,
    name: part(row, '[data-role="result-name"]', HTMLElement),
    logit: part(row, '[data-role="result-logit"]', HTMLElement),
    softmax: part(row, '[data-role="result-softmax"]', HTMLElement),
    sigmoid: part(row, '[data-role="result-sigmoid"]', HTMLElement),
    softmaxBar: part(row, '[data-role="softmax-bar"]', HTMLElement),
    sigmoidBar: part(row, '[data-role="sigmoid-bar"]', HTMLElement),
  }));
  const presets = [...root.querySelectorAll<HTMLButtonElement>('[data-role="preset"]')];
  const addButton = part(root, '[data-role="add-class"]', HTMLButtonElement);
  const removeButton = part(root, '[data-role="remove-class"]', HTMLButtonElement);
  const shiftField = part(root, '[data-role="shift"]', HTMLInputElement);
  const shiftButton = part(root, '[data-role="add-shift"]', HTMLButtonElement);
  const temperatureSlider = part(root, '[data-role="t-slider"]', HTMLInputElement);
  const temperatureField = part(root, '[data-role="t"]', HTMLInputElement);
  const caption = part(root, '[data-role="caption"]', HTMLElement);
  const sums = { softmax: part(root, '[data-role="softmax-sum"]', HTMLElement), sigmoid: part(root, '[data-role="sigmoid-sum"]', HTMLElement) };
  const says = { softmax: part(root, '[data-role="softmax-says"]', HTMLElement), sigmoids: part(root, '[data-role="sigmoids-say"]', HTMLElement) };
  const problems = new ProblemList(part(root, '[data-role="message"]', HTMLElement));

  let state: SoftmaxState = { ...DEFAULT_STATE };

  const render = (): void => {
    const view = softmaxView(state);
    for (const [i, controls] of logitRows.entries()) {
      const label = state.labels[i];
      const logit = state.logits[i];
      controls.row.hidden = label === undefined;
      if (label === undefined || logit === undefined) continue;
      controls.name.textContent = label;
      controls.sliderLabel.textContent = text.logitSlider(label);
      controls.fieldLabel.textContent = text.logitField(label);
      if (Number(controls.slider.value) !== logit) controls.slider.value = String(logit);
      controls.slider.setAttribute('aria-valuetext', text.logitValue(showLogit(logit), view.rows[i]?.softmax ?? ''));
      syncField(controls.field, showLogit(logit));
    }
    for (const [i, result] of resultRows.entries()) {
      const row = view.rows[i];
      result.row.hidden = row === undefined;
      if (row === undefined) continue;
      result.name.textContent = row.label;
      result.logit.textContent = row.logit;
      result.softmax.textContent = row.softmax;
      result.sigmoid.textContent = row.sigmoid;
      result.softmaxBar.style.setProperty('--fraction', String(row.softmaxFraction));
      result.sigmoidBar.style.setProperty('--fraction', String(row.sigmoidFraction));
    }
    for (const button of presets) button.setAttribute('aria-pressed', String(button.dataset['preset'] === view.preset));
    addButton.disabled = !view.canAdd;
    removeButton.disabled = !view.canRemove;
    caption.textContent = text.caption(view.temperature);
    sums.softmax.textContent = view.softmaxSum;
    sums.sigmoid.textContent = view.sigmoidSum;
    says.softmax.textContent = view.softmaxSays;
    says.sigmoids.textContent = view.sigmoidsSay;
    if (Number(temperatureSlider.value) !== state.temperature) temperatureSlider.value = String(state.temperature);
    syncField(temperatureField, view.temperature);
    syncField(shiftField, showLogit(state.shift));
    problems.show(text.keeping);
  };

  /** Every rejected logit entry gives way when the logits change as a whole (preset, shift, rows). */
  const clearLogitProblems = (): void => {
    for (const [i, controls] of logitRows.entries()) resetField(controls.field, problems, `logit-${i}`);
    problems.set('shift-button', null);
  };

  for (const [i, controls] of logitRows.entries()) {
    controls.slider.addEventListener('input', () => {
      resetField(controls.field, problems, `logit-${i}`);
      state = setLogit(state, i, Number(controls.slider.value));
      render();
    });
    bindField(controls.field, {
      key: `logit-${i}`,
      problems,
      render,
      parse: (raw) => {
        const parsed = parseNumber(raw, { min: -LOGIT_LIMIT, max: LOGIT_LIMIT });
        return parsed.ok ? parsed : { ok: false, problem: sentence(describeNumberProblem(parsed.problem, text.logitName(state.labels[i] ?? ''), showLogit)) };
      },
      apply: (value) => {
        state = setLogit(state, i, value);
      },
    });
  }

  for (const button of presets) {
    button.addEventListener('click', () => {
      const preset = button.dataset['preset'];
      if (!isPreset(preset)) return;
      clearLogitProblems();
      state = applyPreset(state, preset);
      render();
    });
  }

  addButton.addEventListener('click', () => {
    state = addClass(state);
    render();
    // The button may now be disabled; keep keyboard focus inside the widget.
    if (addButton.disabled) removeButton.focus();
  });
  removeButton.addEventListener('click', () => {
    clearLogitProblems();
    state = removeClass(state);
    render();
    // The button may now be disabled; keep keyboard focus inside the widget.
    if (removeButton.disabled) addButton.focus();
  });

  bindField(shiftField, {
    key: 'shift',
    problems,
    render,
    parse: (raw) => {
      const parsed = parseNumber(raw, { min: -SHIFT_LIMIT, max: SHIFT_LIMIT });
      return parsed.ok ? parsed : { ok: false, problem: sentence(describeNumberProblem(parsed.problem, text.shiftName, showLogit)) };
    },
    apply: (value) => {
      state = setShift(state, value);
    },
  });
  shiftButton.addEventListener('click', () => {
    const next = addToEvery(state);
    if (next.ok) {
      clearLogitProblems();
      state = next.value;
    } else {
      problems.set('shift-button', text.problems.pastLimit(next.problem.label, showLogit(next.problem.limit)));
    }
    render();
  });

  temperatureSlider.addEventListener('input', () => {
    resetField(temperatureField, problems, 't');
    state = setTemperature(state, Number(temperatureSlider.value));
    render();
  });
  bindField(temperatureField, {
    key: 't',
    problems,
    render,
    parse: (raw) => {
      const parsed = parseNumber(raw, { min: TEMPERATURE_MIN, max: TEMPERATURE_MAX });
      return parsed.ok ? parsed : { ok: false, problem: sentence(describeNumberProblem(parsed.problem, text.temperatureName, showLogit)) };
    },
    apply: (value) => {
      state = setTemperature(state, value);
    },
  });

  live.set(root, {
    get: () => state,
    set: (next) => {
      clearLogitProblems();
      state = next;
      render();
    },
  });

  // A refused "Add c" message lasts until the reader does something else.
  const clearRefusal = (): void => problems.set('shift-button', null);
  root.addEventListener('input', clearRefusal, true);
  root.addEventListener('click', clearRefusal, true);

  render();
}
