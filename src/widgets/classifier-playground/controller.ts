// Classifier-playground controller: wires buttons, fields, selects, pointer and keys to the state, runs training a
// few steps per animation frame (so the page never blocks), and draws the state and the model.
import { createLiveChart } from '../../charts/live-chart.ts';
import { lesson2Widgets } from '../../strings/en/lesson2-widgets.ts';
import { ProblemList, bindField, part, syncField } from '../shared/dom.ts';
import { describeNumberProblem } from '../shared/messages.ts';
import { parseNumber } from '../shared/parse-number.ts';
import {
  CURSOR_STEPS,
  DEFAULT_STATE,
  PRESETS,
  SEED_BOUNDS,
  addPoint,
  domainOf,
  moveCursor,
  nearestPoint,
  regenerate,
  removePoint,
  setBrush,
  setCursor,
  setFeature,
  setL2,
  setLearningRate,
  setNoise,
  setPreset,
  setSeed,
  setSize,
  type Label,
  type LabeledPoint,
  type PlaygroundState,
} from './model.ts';
import { createPainter } from './render.ts';
import { MAX_EPOCHS, createSession, stepsThisFrame, zeroSnapshot, type Session } from './training.ts';
import { lossChartLabel, lossChartSpec, playgroundView, showCoordinate, showSetting, type TrainingSnapshot } from './view.ts';

const text = lesson2Widgets.playground;
/** Readouts and the loss chart refresh at most this often while training; the map redraws every frame. */
const TEXT_INTERVAL_MS = 200;
/** A click this close to a point (in CSS px) removes it. */
const HIT_PX = 9;
/** The Delete key removes the nearest point within this many cross-hair steps. */
const KEY_HIT_STEPS = 1.5;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

export function mount(root: HTMLElement): void {
  const canvas = part(root, '[data-role="map"]', HTMLCanvasElement);
  const lossSvg = part(root, '[data-role="loss-chart"]', SVGSVGElement);
  const buttons = {
    train: part(root, '[data-role="train"]', HTMLButtonElement),
    step: part(root, '[data-role="step"]', HTMLButtonElement),
    reset: part(root, '[data-role="reset"]', HTMLButtonElement),
    regenerate: part(root, '[data-role="regenerate"]', HTMLButtonElement),
  };
  const selects = {
    preset: part(root, '[data-role="preset"]', HTMLSelectElement),
    rate: part(root, '[data-role="rate"]', HTMLSelectElement),
    l2: part(root, '[data-role="l2"]', HTMLSelectElement),
    feature: part(root, '[data-role="feature"]', HTMLSelectElement),
  };
  const seedField = part(root, '[data-role="seed"]', HTMLInputElement);
  const noise = part(root, '[data-role="noise"]', HTMLInputElement);
  const size = part(root, '[data-role="size"]', HTMLInputElement);
  const brushes = [...root.querySelectorAll<HTMLInputElement>('[data-role="brush"]')];
  const out = {
    epoch: part(root, '[data-role="epoch"]', HTMLElement),
    loss: part(root, '[data-role="loss"]', HTMLElement),
    accuracy: part(root, '[data-role="accuracy"]', HTMLElement),
    norm: part(root, '[data-role="norm"]', HTMLElement),
    weights: part(root, '[data-role="weights"]', HTMLElement),
    noise: part(root, '[data-role="noise-value"]', HTMLElement),
    size: part(root, '[data-role="size-value"]', HTMLElement),
    status: part(root, '[data-role="status"]', HTMLElement),
    table: part(root, '[data-role="weights-table"]', HTMLTableSectionElement),
  };
  const problems = new ProblemList(part(root, '[data-role="message"]', HTMLElement));

  let state: PlaygroundState = { ...DEFAULT_STATE };
  /** The trainer for the current points and settings; null once they change, until training needs it again. */
  let session: Session | null = null;
  /** The model on screen and its history (kept after a change, until training starts again). */
  let snapshot: TrainingSnapshot = zeroSnapshot(state);
  let running = false;
  let frame = 0;
  let runStart = 0;
  let msPerStep = 0;
  let lastText = 0;
  let cursorShown = false;

  part(root, '[data-role="fallback"]', SVGSVGElement).setAttribute('hidden', '');
  part(root, '[data-role="fallback-note"]', HTMLElement).hidden = true;
  part(root, '[data-role="hint"]', HTMLElement).hidden = false;
  canvas.hidden = false;
  const painter = createPainter(canvas, () => drawMap());
  const lossChart = createLiveChart(lossSvg, lossChartSpec(snapshot.lossHistory));

  const say = (message: string): void => {
    out.status.textContent = message;
  };

  function drawMap(): void {
    painter.draw({ domain: domainOf(state), model: snapshot.model, points: state.points, cursor: cursorShown ? state.cursor : null });
  }

  const renderText = (): void => {
    const view = playgroundView(state, snapshot);
    out.epoch.textContent = view.epoch;
    out.loss.textContent = view.loss;
    out.accuracy.textContent = view.accuracy;
    out.norm.textContent = view.norm;
    out.weights.textContent = view.weights;
    // Written with the text, not every frame: an attribute change per frame would cost a style pass each time.
    canvas.dataset['frames'] = String(painter.frames);
    canvas.setAttribute('aria-label', view.mapLabel);
    lossSvg.setAttribute('aria-label', lossChartLabel(snapshot.lossHistory));
    lossChart.update(lossChartSpec(snapshot.lossHistory));
    out.table.replaceChildren(
      ...view.table.map((row) => {
        const tr = document.createElement('tr');
        for (const cell of [row.name, row.value]) tr.append(Object.assign(document.createElement('td'), { textContent: cell }));
        return tr;
      }),
    );
  };

  const renderControls = (): void => {
    buttons.train.textContent = running ? text.pause : text.train;
    selects.preset.value = state.preset;
    selects.rate.value = String(state.learningRate);
    selects.l2.value = String(state.l2);
    selects.feature.value = state.feature;
    syncField(seedField, String(state.seed));
    const range = PRESETS[state.preset].noise;
    noise.max = String(range.max);
    noise.step = String(range.step);
    if (Number(noise.value) !== state.noise) noise.value = String(state.noise);
    out.noise.textContent = showSetting(state.noise);
    if (Number(size.value) !== state.size) size.value = String(state.size);
    out.size.textContent = String(state.size);
    for (const radio of brushes) radio.checked = radio.value === String(state.brush);
  };

  const render = (): void => {
    renderControls();
    renderText();
    drawMap();
    problems.show(text.keeping);
  };

  /** The session for the current state, made on demand; null (and a message) when it cannot train. */
  const ensureSession = (): Session | null => {
    if (session !== null) return session;
    const created = createSession(state);
    if (!created.ok) {
      say(text.status.needBothClasses);
      return null;
    }
    session = created.value;
    snapshot = session.snapshot;
    return session;
  };

  const stop = (): void => {
    running = false;
    cancelAnimationFrame(frame);
    renderControls();
    renderText();
  };

  const tick = (now: number): void => {
    if (!running || session === null) return;
    const started = performance.now();
    const steps = stepsThisFrame(msPerStep, MAX_EPOCHS - (snapshot.epoch - runStart));
    snapshot = session.step(steps);
    const perStep = (performance.now() - started) / Math.max(1, steps);
    msPerStep = msPerStep === 0 ? perStep : 0.8 * msPerStep + 0.2 * perStep;
    drawMap();
    if (now - lastText >= TEXT_INTERVAL_MS) {
      lastText = now;
      renderText();
    }
    if (session.diverged) {
      stop();
      say(text.status.diverged);
    } else if (snapshot.epoch - runStart >= MAX_EPOCHS) {
      stop();
      say(text.status.capped(String(snapshot.epoch)));
    } else {
      frame = requestAnimationFrame(tick);
    }
  };

  const start = (): void => {
    const current = ensureSession();
    if (current === null) return;
    if (current.diverged) {
      say(text.status.diverged);
      return;
    }
    running = true;
    runStart = snapshot.epoch;
    say('');
    renderControls();
    frame = requestAnimationFrame(tick);
  };

  /** Points or settings changed: the old trainer no longer fits them. A running session restarts from zero. */
  const invalidate = (): void => {
    session = null;
    if (!running) return;
    const hadProgress = snapshot.epoch > 0;
    if (ensureSession() === null) {
      stop();
      return;
    }
    runStart = 0;
    if (hadProgress) say(text.status.restarted);
  };

  const change = (next: PlaygroundState): void => {
    state = next;
    invalidate();
    render();
  };

  buttons.train.addEventListener('click', () => (running ? stop() : start()));
  buttons.step.addEventListener('click', () => {
    if (running) stop();
    const current = ensureSession();
    if (current === null) return;
    snapshot = current.step(1);
    say(current.diverged ? text.status.diverged : '');
    render();
  });
  buttons.reset.addEventListener('click', () => {
    const current = ensureSession();
    snapshot = current === null ? zeroSnapshot(state) : current.reset();
    runStart = 0;
    if (current !== null) say('');
    render();
  });
  buttons.regenerate.addEventListener('click', () => change(regenerate(state)));

  selects.preset.addEventListener('change', () => change(setPreset(state, selects.preset.value)));
  selects.rate.addEventListener('change', () => change(setLearningRate(state, Number(selects.rate.value))));
  selects.l2.addEventListener('change', () => change(setL2(state, Number(selects.l2.value))));
  selects.feature.addEventListener('change', () => change(setFeature(state, selects.feature.value)));
  noise.addEventListener('input', () => change(setNoise(state, Number(noise.value))));
  size.addEventListener('input', () => change(setSize(state, Number(size.value))));
  for (const radio of brushes) {
    radio.addEventListener('change', () => {
      if (radio.checked) state = setBrush(state, radio.value);
    });
  }
  bindField(seedField, {
    key: 'seed',
    problems,
    render,
    parse: (raw) => {
      const parsed = parseNumber(raw, SEED_BOUNDS);
      if (!parsed.ok) return { ok: false, problem: describeNumberProblem(parsed.problem, text.seedName, String) };
      return Number.isInteger(parsed.value) ? parsed : { ok: false, problem: text.seedWhole };
    },
    apply: (seed) => {
      if (seed === state.seed) return;
      state = setSeed(state, seed);
      invalidate();
    },
  });

  const describe = (point: LabeledPoint): [string, string, string] => [text.classes[point.label], showCoordinate(point.x1), showCoordinate(point.x2)];
  const add = (x1: number, x2: number, label: Label): void => {
    const added = addPoint(state, x1, x2, label);
    if (!added.ok) {
      say(text.status.full(state.points.length));
      return;
    }
    change(added.value);
    say(text.status.added(...describe(added.point)));
  };
  const removeNear = (x1: number, x2: number, radius: number): boolean => {
    const { value, removed } = removePoint(state, nearestPoint(state.points, x1, x2, radius));
    if (removed === null) return false;
    change(value);
    say(text.status.removed(...describe(removed)));
    return true;
  };

  // 'click', not 'pointerdown': a finger that starts a scroll on the map must not add a point.
  canvas.addEventListener('click', (event) => {
    const domain = domainOf(state);
    const { x1, x2 } = painter.toData(event.offsetX, event.offsetY, domain);
    state = setCursor(state, x1, x2);
    if (removeNear(x1, x2, HIT_PX * painter.dataPerPixel(domain))) return;
    add(x1, x2, event.shiftKey ? ((1 - state.brush) as Label) : state.brush);
  });

  canvas.addEventListener('keydown', (event) => {
    const arrow = ARROWS[event.key];
    const domain = domainOf(state);
    if (arrow !== undefined) {
      const scale = event.shiftKey ? 5 : 1;
      state = moveCursor(state, arrow[0] * scale, arrow[1] * scale);
      say(text.cursor(showCoordinate(state.cursor.x1), showCoordinate(state.cursor.x2)));
      drawMap();
    } else if (event.key === 'Enter' || event.key === ' ') {
      add(state.cursor.x1, state.cursor.x2, state.brush);
    } else if (event.key === '0' || event.key === '1') {
      add(state.cursor.x1, state.cursor.x2, event.key === '1' ? 1 : 0);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      const radius = (KEY_HIT_STEPS * (domain.max1 - domain.min1)) / CURSOR_STEPS;
      if (!removeNear(state.cursor.x1, state.cursor.x2, radius)) say(text.status.nothingNear);
    } else {
      return;
    }
    event.preventDefault();
  });
  canvas.addEventListener('focus', () => {
    cursorShown = canvas.matches(':focus-visible');
    drawMap();
  });
  canvas.addEventListener('keyup', () => {
    if (cursorShown) return;
    cursorShown = true;
    drawMap();
  });
  canvas.addEventListener('blur', () => {
    cursorShown = false;
    drawMap();
  });
  new ResizeObserver(() => drawMap()).observe(canvas);

  // A trainer from the start, so the readouts show the untrained loss ln 2 rather than nothing.
  ensureSession();
  for (const button of Object.values(buttons)) button.disabled = false;
  part(root, '[data-role="settings"]', HTMLFieldSetElement).disabled = false;
  render();
}
