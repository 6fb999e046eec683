// Probability-and-threshold controller: sliders and fields for p and t drive the state; the state drives the
// prediction, the strip and the score.
import { widgets } from '../../strings/en/widgets.ts';
import { ProblemList, bindField, part, resetField, syncField } from '../shared/dom.ts';
import { describeNumberProblem } from '../shared/messages.ts';
import { parseNumber } from '../shared/parse-number.ts';
import { BOUNDS, DEFAULT_STATE, setP, setT, showProbability, thresholdView, type ThresholdState } from './model.ts';

const text = widgets.probabilityThreshold;

export function mount(root: HTMLElement): void {
  const pSlider = part(root, '[data-role="p-slider"]', HTMLInputElement);
  const tSlider = part(root, '[data-role="t-slider"]', HTMLInputElement);
  const pField = part(root, '[data-role="p"]', HTMLInputElement);
  const tField = part(root, '[data-role="t"]', HTMLInputElement);
  const strip = part(root, '[data-role="strip"]', HTMLElement);
  const decision = part(root, '[data-role="decision"]', HTMLElement);
  const rule = part(root, '[data-role="rule"]', HTMLElement);
  const note = part(root, '[data-role="note"]', HTMLElement);
  const score = part(root, '[data-role="score"]', HTMLElement);
  const scoreExplained = part(root, '[data-role="score-explained"]', HTMLElement);
  const problems = new ProblemList(part(root, '[data-role="message"]', HTMLElement));

  let state: ThresholdState = { ...DEFAULT_STATE };

  const render = (): void => {
    const view = thresholdView(state);
    if (Number(pSlider.value) !== state.p) pSlider.value = String(state.p);
    if (Number(tSlider.value) !== state.t) tSlider.value = String(state.t);
    pSlider.setAttribute('aria-valuetext', view.decision);
    tSlider.setAttribute('aria-valuetext', view.rule);
    syncField(pField, view.p);
    syncField(tField, view.t);
    strip.style.setProperty('--p', String(state.p));
    strip.style.setProperty('--t', String(state.t));
    decision.textContent = view.decision;
    decision.dataset['class'] = view.predicted;
    rule.textContent = view.rule;
    note.hidden = view.note === null;
    note.textContent = view.note ?? '';
    score.textContent = view.score;
    scoreExplained.textContent = view.scoreExplained;
    problems.show(text.keeping(view.p, view.t));
  };

  const parse = (name: string) => (raw: string) => {
    const parsed = parseNumber(raw, BOUNDS);
    return parsed.ok ? parsed : { ok: false as const, problem: describeNumberProblem(parsed.problem, name, showProbability) };
  };

  pSlider.addEventListener('input', () => {
    resetField(pField, problems, 'p');
    state = setP(state, Number(pSlider.value));
    render();
  });
  tSlider.addEventListener('input', () => {
    resetField(tField, problems, 't');
    state = setT(state, Number(tSlider.value));
    render();
  });
  bindField(pField, {
    key: 'p',
    problems,
    render,
    parse: parse(text.pName),
    apply: (p) => {
      state = setP(state, p);
    },
  });
  bindField(tField, {
    key: 't',
    problems,
    render,
    parse: parse(text.tName),
    apply: (t) => {
      state = setT(state, t);
    },
  });

  render();
}
