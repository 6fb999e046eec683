// Deep-network lab controller: presets, settings and buttons to the training worker; the worker's deltas to the
// history, and the history (at most once per animation frame) to the map, charts, readouts and tables. While
// training, the readouts are rewritten at most every READOUT_INTERVAL_MS, the charts every CHART_INTERVAL_MS and
// the map every MAP_DRAW_INTERVAL_MS (software canvas scaling is the costliest part), so the page thread stays
// free for the reader.
import { createLiveChart } from '../../charts/live-chart.ts';
import { formatFull } from '../../lib/format.ts';
import type { PresetName } from '../../lib/math/network/presets.ts';
import type { HiddenActivation, Initializer, OptimizerName } from '../../lib/math/network/types.ts';
import { lesson4Widgets } from '../../strings/en/lesson4-widgets.ts';
import { createLiveLogChart } from '../chain-of-slopes/log-chart.ts';
import { ProblemList, bindField, part } from '../shared/dom.ts';
import { describeNumberProblem } from '../shared/messages.ts';
import { parseNumber, type Parsed } from '../shared/parse-number.ts';
import { describeMap, regionTable } from './map.ts';
import { createMapPainter } from './painter.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { GRID, dataDomain, labData } from './session.ts';
import {
  BOUNDS, DEFAULT_SETTINGS, MAX_TOTAL_EPOCHS, PRESET_NAMES, matchingPreset, normalizeSettings, presetSettings, runTarget,
  type LabDataset, type LabSettings,
} from './settings.ts';
import {
  appendDelta, emptyHistory, hasDiverged, labReadouts, lossChartLabel, lossChartSpec, normChartLabel, normChartSpec,
  normTable, reportEndsRun, sampleTable, showAccuracy, showEpoch, type LabHistory,
} from './view.ts';

const text = lesson4Widgets.deepNetworkLab;
/** While training, the readouts, the charts and the map are redrawn at most this often. */
const READOUT_INTERVAL_MS = 100;
const CHART_INTERVAL_MS = 200;
const MAP_DRAW_INTERVAL_MS = 400;

// Writes text only when it changed: an unchanged readout then costs no layout.
function setText(element: Element, value: string): void {
  if (element.textContent !== value) element.textContent = value;
}

type RunState = 'idle' | 'running' | 'paused' | 'done' | 'limit' | 'diverged' | 'failed';
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function fillRows(body: HTMLTableSectionElement, rows: readonly (readonly string[])[], headerColumn: boolean): void {
  body.replaceChildren(
    ...rows.map((cells) => {
      const tr = document.createElement('tr');
      cells.forEach((cell, c) => {
        const element = document.createElement(headerColumn && c === 0 ? 'th' : 'td');
        if (headerColumn && c === 0) element.setAttribute('scope', 'row');
        element.textContent = cell;
        tr.append(element);
      });
      return tr;
    }),
  );
}

export function mount(root: HTMLElement): void {
  const q = <T extends Element>(role: string, type: new () => T): T => part(root, `[data-role="${role}"]`, type);
  const trainButton = q('train', HTMLButtonElement);
  const stepButton = q('step', HTMLButtonElement);
  const resetButton = q('reset', HTMLButtonElement);
  const status = q('status', HTMLElement);
  const announce = q('announce', HTMLElement);
  const canvas = q('map', HTMLCanvasElement);
  const fallback = q('map-fallback', SVGSVGElement);
  const lossSvg = q('loss-chart', SVGSVGElement);
  const normSvg = q('norm-chart', SVGSVGElement);
  const out = {
    epoch: q('epoch', HTMLElement),
    loss: q('loss', HTMLElement),
    accuracy: q('accuracy', HTMLElement),
    shrinkage: q('shrinkage', HTMLElement),
    shrinkageStart: q('shrinkage-start', HTMLElement),
    speed: q('speed', HTMLElement),
  };
  const tables = {
    norms: q('norm-table', HTMLTableSectionElement),
    samples: q('sample-table', HTMLTableSectionElement),
    regions: q('region-table', HTMLTableSectionElement),
  };
  const controls = {
    depth: q('depth', HTMLInputElement),
    depthValue: q('depth-value', HTMLOutputElement),
    width: q('width', HTMLInputElement),
    widthValue: q('width-value', HTMLOutputElement),
    activation: q('activation', HTMLSelectElement),
    init: q('init', HTMLSelectElement),
    optimizer: q('optimizer', HTMLSelectElement),
    dataset: q('dataset', HTMLSelectElement),
    rate: q('rate', HTMLInputElement),
    epochs: q('epochs', HTMLInputElement),
    seed: q('seed', HTMLInputElement),
  };
  const presetButtons = [...root.querySelectorAll<HTMLButtonElement>('button[data-preset]')];
  const presetNotes = [...root.querySelectorAll<HTMLElement>('[data-preset-note]')];
  const problems = new ProblemList(q('message', HTMLElement));

  let settings: LabSettings = DEFAULT_SETTINGS;
  let preset: PresetName | null = matchingPreset(settings);
  let data = labData(settings);
  let domain = dataDomain(data.X);
  let history: LabHistory = emptyHistory();
  let run = 0;
  /** Numbers every message to the worker; a report that ends a run counts only if it answers the latest one. */
  let command = 0;
  let runState: RunState = 'idle';
  let target = 0;
  let speed: number | null = null;
  let failure = '';
  let frame = 0;

  const lossChart = createLiveChart(lossSvg, lossChartSpec(history, settings.epochs));
  const normChart = createLiveLogChart(normSvg, normChartSpec(history, settings.epochs));
  /** The map the canvas shows (undefined: none yet, or the theme or size changed and it must be drawn again). */
  let mapShown: Float32Array | null | undefined;
  // A theme or size change redraws the map at once rather than on the next frame: printing switches the page to
  // the light theme in beforeprint and prints before any animation frame runs.
  const painter = createMapPainter(canvas, GRID, () => {
    mapShown = history.map;
    painter.draw(history.map, data, domain);
  });

  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  const send = (message: DistributiveOmit<ToWorker, 'command'>): void => {
    command += 1;
    worker?.postMessage({ ...message, command } as ToWorker);
  };

  // Screen readers hear only changes of state, not every epoch.
  const say = (message: string): void => {
    announce.textContent = message;
  };

  const statusText = (): string => {
    const epoch = showEpoch(history.epoch);
    switch (runState) {
      case 'idle':
        return text.status.idle(showEpoch(settings.epochs));
      case 'running':
        return text.status.running(epoch, showEpoch(target));
      case 'paused':
        return text.status.paused(epoch);
      case 'done':
        return text.status.done(epoch, history.current === null ? text.notYet : showAccuracy(history.current.accuracy));
      case 'limit':
        return text.status.limit(epoch);
      case 'diverged':
        return text.status.diverged;
      case 'failed':
        return worker === null ? text.status.noWorker : text.status.failed(failure);
    }
  };

  const renderTables = (): void => {
    fillRows(tables.norms, normTable(history).map((row) => [row.layer, row.first, row.now, row.relative]), true);
    fillRows(tables.samples, sampleTable(history).map((row) => [row.epoch, row.loss, row.accuracy]), false);
    if (history.map !== null) {
      fillRows(tables.regions, regionTable(history.map, GRID).map((row, r) => [text.map.rows[r]!, ...row]), true);
    }
  };

  let longestRender = 0;
  let readoutsDrawn = -Infinity;
  let chartsDrawn = -Infinity;
  let mapDrawn = -Infinity;
  let laterTimer = 0;
  const render = (): void => {
    frame = 0;
    const started = performance.now();
    const running = runState === 'running';
    // Each part waits for its turn while training; a timer brings back the frame that draws the parts left waiting.
    let waiting = Infinity;
    const due = (last: number, interval: number): boolean => {
      if (!running || started - last >= interval) return true;
      waiting = Math.min(waiting, interval - (started - last));
      return false;
    };
    // While training, the map only when there is a new one; at rest on every redraw (the canvas may have resized).
    if ((!running || history.map !== mapShown) && due(mapDrawn, MAP_DRAW_INTERVAL_MS)) {
      mapDrawn = started;
      mapShown = history.map;
      painter.draw(history.map, data, domain);
      if (history.map !== null) {
        canvas.setAttribute('aria-label', text.map.label({
          epoch: showEpoch(history.epoch), summary: describeMap(history.map), accuracy: labReadouts(history).accuracy,
        }));
      }
    }
    if (due(readoutsDrawn, READOUT_INTERVAL_MS)) {
      readoutsDrawn = started;
      const readouts = labReadouts(history);
      setText(out.epoch, readouts.epoch);
      setText(out.loss, readouts.loss);
      setText(out.accuracy, readouts.accuracy);
      setText(out.shrinkage, readouts.shrinkage);
      setText(out.shrinkageStart, readouts.shrinkageStart);
      setText(out.speed, speed === null ? text.notYet : text.speed(showEpoch(Math.round(speed))));
      setText(status, statusText());
      setText(trainButton, running ? text.pause : text.train);
      trainButton.disabled = runState === 'limit' || runState === 'diverged' || runState === 'failed';
      stepButton.disabled = trainButton.disabled;
      for (const button of presetButtons) button.setAttribute('aria-pressed', String(button.dataset['preset'] === preset));
      for (const note of presetNotes) note.hidden = note.dataset['presetNote'] !== preset;
      root.dataset['epoch'] = String(history.epoch);
      root.dataset['state'] = runState;
      root.dataset['accuracy'] = history.current === null ? '' : String(history.current.accuracy);
      problems.show(text.keeping);
    }
    if (due(chartsDrawn, CHART_INTERVAL_MS)) {
      chartsDrawn = started;
      lossChart.update(lossChartSpec(history, settings.epochs));
      lossSvg.setAttribute('aria-label', lossChartLabel(history));
      normChart.update(normChartSpec(history, settings.epochs));
      normSvg.setAttribute('aria-label', normChartLabel(history));
    }
    // Tables are for reading, not watching: rebuilt when training rests.
    if (!running) renderTables();
    // The slowest redraw so far, read by the benchmark (test/bench/lab-training.ts).
    longestRender = Math.max(longestRender, performance.now() - started);
    const longest = longestRender.toFixed(1);
    if (root.dataset['longestRenderMs'] !== longest) root.dataset['longestRenderMs'] = longest;
    if (waiting !== Infinity && laterTimer === 0) {
      laterTimer = window.setTimeout(() => {
        laterTimer = 0;
        schedule();
      }, waiting);
    }
  };

  // While training, a pending timer already brings the next frame that has something to draw: the worker's reports
  // in between need no frame of their own.
  function schedule(): void {
    if (frame !== 0 || (runState === 'running' && laterTimer !== 0)) return;
    frame = requestAnimationFrame(render);
  }

  const reset = (): void => {
    run += 1;
    longestRender = 0;
    history = emptyHistory();
    speed = null;
    runState = worker === null ? 'failed' : 'idle';
    data = labData(settings);
    domain = dataDomain(data.X);
    send({ type: 'reset', run, settings });
    schedule();
  };

  const finishRun = (): void => {
    if (hasDiverged(history)) runState = 'diverged';
    else if (history.epoch >= MAX_TOTAL_EPOCHS) runState = 'limit';
    else if (history.epoch >= target) runState = 'done';
    else runState = 'paused';
    if (runState === 'done') say(statusText());
  };

  worker?.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.run !== run) return;
    if (message.type === 'error') {
      failure = message.message;
      runState = 'failed';
      say(statusText());
    } else {
      history = appendDelta(history, message.delta);
      if (message.epochsPerSecond !== null) speed = message.epochsPerSecond;
      // For tests and benchmarks: whether the worker's engine got its WebAssembly kernels.
      root.dataset['engine'] = message.engine;
      if (reportEndsRun(message, runState === 'running', command)) finishRun();
    }
    schedule();
  });
  worker?.addEventListener('error', (event) => {
    event.preventDefault();
    failure = event.message;
    runState = 'failed';
    schedule();
  });

  const pause = (): void => {
    send({ type: 'pause', run });
    runState = 'paused';
    say(text.status.paused(showEpoch(history.epoch)));
  };

  trainButton.addEventListener('click', () => {
    if (runState === 'running') {
      pause();
    } else {
      target = runTarget(history.epoch, settings.epochs);
      runState = 'running';
      send({ type: 'train', run, until: target });
      say(text.status.running(showEpoch(history.epoch), showEpoch(target)));
    }
    schedule();
  });
  stepButton.addEventListener('click', () => {
    if (runState === 'running') send({ type: 'pause', run });
    runState = 'paused';
    send({ type: 'step', run, epochs: 1 });
    schedule();
  });
  resetButton.addEventListener('click', () => {
    reset();
    say(text.status.idle(showEpoch(settings.epochs)));
  });

  // Writes the settings into every control (after a preset, or to undo a clamp).
  const syncControls = (): void => {
    controls.depth.value = String(settings.depth);
    controls.depthValue.value = String(settings.depth);
    controls.width.value = String(settings.width);
    controls.widthValue.value = String(settings.width);
    controls.activation.value = settings.activation;
    controls.init.value = settings.init;
    controls.optimizer.value = settings.optimizer;
    controls.dataset.value = settings.dataset;
    for (const [input, value] of [[controls.rate, settings.learningRate], [controls.epochs, settings.epochs], [controls.seed, settings.seed]] as const) {
      if (document.activeElement !== input) input.value = formatFull(value);
      input.removeAttribute('aria-invalid');
    }
  };

  const change = (next: Partial<LabSettings>): void => {
    settings = normalizeSettings({ ...settings, ...next });
    preset = matchingPreset(settings);
    controls.depthValue.value = String(settings.depth);
    controls.widthValue.value = String(settings.width);
    reset();
  };

  for (const button of presetButtons) {
    button.addEventListener('click', () => {
      const name = PRESET_NAMES.find((candidate) => candidate === button.dataset['preset']);
      if (name === undefined) return;
      for (const key of ['rate', 'epochs', 'seed']) problems.set(key, null);
      settings = presetSettings(name);
      preset = name;
      syncControls();
      reset();
    });
  }

  controls.depth.addEventListener('input', () => change({ depth: Number(controls.depth.value) }));
  controls.width.addEventListener('input', () => change({ width: Number(controls.width.value) }));
  controls.activation.addEventListener('change', () => change({ activation: controls.activation.value as HiddenActivation }));
  controls.init.addEventListener('change', () => change({ init: controls.init.value as Initializer }));
  controls.optimizer.addEventListener('change', () => change({ optimizer: controls.optimizer.value as OptimizerName }));
  controls.dataset.addEventListener('change', () => change({ dataset: controls.dataset.value as LabDataset }));

  const numberField = (
    input: HTMLInputElement, key: 'rate' | 'epochs' | 'seed', name: string, bounds: { min: number; max: number },
    whole: boolean, apply: (value: number) => void,
  ): void => {
    bindField(input, {
      key,
      problems,
      render: schedule,
      parse: (raw): Parsed<number, string> => {
        const parsed = parseNumber(raw, bounds);
        if (!parsed.ok) return { ok: false, problem: describeNumberProblem(parsed.problem, name, formatFull) };
        if (whole && !Number.isInteger(parsed.value)) return { ok: false, problem: text.wholeNumber(name) };
        return parsed;
      },
      apply: (value) => {
        // Typing the value already in use (or re-typing it differently) does not restart training.
        if (value !== { rate: settings.learningRate, epochs: settings.epochs, seed: settings.seed }[key]) apply(value);
      },
    });
  };
  numberField(controls.rate, 'rate', text.names.learningRate, BOUNDS.learningRate, false, (learningRate) => change({ learningRate }));
  numberField(controls.epochs, 'epochs', text.names.epochs, BOUNDS.epochs, true, (epochs) => {
    settings = { ...settings, epochs };
    preset = matchingPreset(settings);
    schedule();
  });
  numberField(controls.seed, 'seed', text.names.seed, BOUNDS.seed, true, (seed) => change({ seed }));

  // The page is live: show the controls and the canvas, retire the build-time picture.
  for (const role of ['presets', 'toolbar', 'settings', 'speed-box']) q(role, HTMLElement).hidden = false;
  canvas.hidden = false;
  fallback.setAttribute('hidden', '');
  if (worker === null) failure = text.status.noWorker;
  reset();
}
