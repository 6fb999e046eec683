// Deep-network lab: settings and presets, the training session (same numbers as the math module's presets however
// the work is sliced), the worker's train / pause / step protocol, and the views built from a run's history.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { PRESETS, presetTrainer } from '../../src/lib/math/network/presets.ts';
import type { FromWorker, ToWorker } from '../../src/widgets/deep-network-lab/protocol.ts';
import { GRID, SAMPLE_EVERY, createSession, dataDomain, gridPoints } from '../../src/widgets/deep-network-lab/session.ts';
import {
  BOUNDS, DEFAULT_SETTINGS, MAX_TOTAL_EPOCHS, PRESET_NAMES, matchingPreset, normalizeSettings, presetSettings, runTarget,
  type LabSettings,
} from '../../src/widgets/deep-network-lab/settings.ts';
import {
  MAX_POINTS, appendDelta, describeShrinkage, emptyHistory, hasDiverged, labReadouts, lossChartLabel, lossChartSpec,
  normChartLabel, normChartSpec, normTable, reportEndsRun, sampleTable, thin,
} from '../../src/widgets/deep-network-lab/view.ts';
import { TINT, describeMap, parseHexColour, regionMeans, regionTable, shadeMap } from '../../src/widgets/deep-network-lab/map.ts';
import { SERIES_CAPACITY, createSeries, firstItem, pushItem, seriesItems } from '../../src/widgets/deep-network-lab/series.ts';
import { trainSlice } from '../../src/widgets/deep-network-lab/slice.ts';

/** A quick network for tests that only need some training to happen. */
const small: LabSettings = { ...presetSettings('shallowSigmoid'), width: 4 };

describe('settings', () => {
  it('each preset’s settings are the math module’s preset, and are recognised as that preset', () => {
    for (const name of PRESET_NAMES) {
      const settings = presetSettings(name);
      const preset = PRESETS[name];
      expect(settings.depth).toBe(preset.network.hiddenLayers);
      expect(settings.activation).toBe(preset.network.activation);
      expect(settings.init).toBe(preset.network.init);
      expect(settings.learningRate).toBe(preset.training.learningRate);
      expect(settings.epochs).toBe(preset.training.epochs);
      expect(matchingPreset(settings)).toBe(name);
    }
    expect(matchingPreset(DEFAULT_SETTINGS)).toBe('deepSigmoid');
    expect(matchingPreset({ ...DEFAULT_SETTINGS, seed: 2 })).toBeNull();
    expect(matchingPreset({ ...DEFAULT_SETTINGS, dataset: 'moons' })).toBeNull();
  });

  it('normalising clamps numbers, rounds counts and replaces unknown names, so nothing bad reaches the engine', () => {
    const bad = normalizeSettings({
      ...DEFAULT_SETTINGS, depth: 40, width: 0.4, learningRate: Number.NaN, seed: -3, epochs: 1e9,
      activation: 'softmax' as LabSettings['activation'], dataset: 'spiral' as LabSettings['dataset'],
    });
    expect(bad.depth).toBe(BOUNDS.depth.max);
    expect(bad.width).toBe(BOUNDS.width.min);
    expect(bad.learningRate).toBe(DEFAULT_SETTINGS.learningRate);
    expect(bad.seed).toBe(BOUNDS.seed.min);
    expect(bad.epochs).toBe(BOUNDS.epochs.max);
    expect(bad.activation).toBe(DEFAULT_SETTINGS.activation);
    expect(bad.dataset).toBe(DEFAULT_SETTINGS.dataset);
  });

  it('Train runs to the next multiple of the run length, never past the lab’s limit', () => {
    expect(runTarget(0, 1000)).toBe(1000);
    expect(runTarget(1000, 1000)).toBe(2000);
    expect(runTarget(1234, 1000)).toBe(2000);
    expect(runTarget(MAX_TOTAL_EPOCHS - 1, 10_000)).toBe(MAX_TOTAL_EPOCHS);
  });
});

describe('the training session', () => {
  it('trains exactly as the math module’s preset trainer does (same seeds, same numbers)', () => {
    const session = createSession(presetSettings('deepSigmoid'));
    const { trainer } = presetTrainer(PRESETS.deepSigmoid);
    session.advance(15);
    trainer.step(15);
    expect(session.trainer.history.loss).toEqual(trainer.history.loss);
    expect(session.trainer.history.gradientNorms).toEqual(trainer.history.gradientNorms);
    expect(Array.from(session.trainer.network.params)).toEqual(Array.from(trainer.network.params));
  });

  it('gives the same history and samples however the epochs are sliced', () => {
    const whole = createSession(small);
    whole.advance(37);
    const sliced = createSession(small);
    for (const chunk of [1, 5, 13, 18]) sliced.advance(chunk);
    const a = whole.takeDelta(false);
    const b = sliced.takeDelta(false);
    expect(b.loss).toEqual(a.loss);
    expect(b.samples).toEqual(a.samples);
    expect(a.samples.map((sample) => sample.epoch)).toEqual([0, 10, 20, 30]);
  });

  it('deltas carry only what is new, and the first carries the untrained sample', () => {
    const session = createSession(small);
    const first = session.takeDelta(true);
    expect(first).toMatchObject({ fromEpoch: 1, epoch: 0, loss: [] });
    expect(first.samples).toHaveLength(1);
    expect(first.map).toHaveLength(GRID * GRID);
    session.advance(SAMPLE_EVERY + 2);
    const second = session.takeDelta(false);
    expect(second.fromEpoch).toBe(1);
    expect(second.loss).toHaveLength(SAMPLE_EVERY + 2);
    expect(second.gradientNorms).toHaveLength(small.depth + 1);
    expect(second.samples.map((sample) => sample.epoch)).toEqual([SAMPLE_EVERY]);
    expect(second.current.epoch).toBe(SAMPLE_EVERY + 2);
    expect(second.map).toBeUndefined();
    const third = session.takeDelta(false);
    expect(third).toMatchObject({ fromEpoch: SAMPLE_EVERY + 3, loss: [], samples: [] });
  });

  it('keeps nothing it has reported, so a long run holds no growing history', () => {
    const session = createSession(small);
    const reported: number[] = [];
    const sampled: number[] = [];
    for (let slice = 0; slice < 40; slice++) {
      session.advance(7);
      const delta = session.takeDelta(false);
      reported.push(...delta.loss);
      sampled.push(...delta.samples.map((sample) => sample.epoch));
      expect(session.trainer.history.loss).toHaveLength(0);
    }
    const whole = createSession(small);
    whole.advance(280);
    const all = whole.takeDelta(false);
    expect(reported).toEqual(all.loss);
    expect(sampled).toEqual(all.samples.map((sample) => sample.epoch));
  });

  it('the map covers a square around the data, and its values are probabilities', () => {
    const session = createSession(small);
    const { domain, data } = session;
    expect(domain.max1 - domain.min1).toBeCloseTo(domain.max2 - domain.min2, 12);
    for (const [x1 = 0, x2 = 0] of data.X) {
      expect(x1).toBeGreaterThan(domain.min1);
      expect(x1).toBeLessThan(domain.max1);
      expect(x2).toBeGreaterThan(domain.min2);
      expect(x2).toBeLessThan(domain.max2);
    }
    const map = session.map();
    expect(map.every((p) => p > 0 && p < 1)).toBe(true);
    const points = gridPoints(domain);
    expect(points[0]).toEqual([domain.min1, domain.max2]);
    expect(points[points.length - 1]).toEqual([domain.max1, domain.min2]);
    expect(dataDomain([[0, 0]]).max1).toBeGreaterThan(0);
  });
});

describe('the worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  async function startWorker(): Promise<{ send: (message: ToWorker) => void; posted: FromWorker[] }> {
    const posted: FromWorker[] = [];
    let listener: ((event: { data: ToWorker }) => void) | undefined;
    vi.stubGlobal('self', {
      postMessage: (message: FromWorker) => posted.push(message),
      addEventListener: (_type: string, handler: (event: { data: ToWorker }) => void) => {
        listener = handler;
      },
    });
    await import('../../src/widgets/deep-network-lab/worker.ts');
    return { send: (message) => listener?.({ data: message }), posted };
  }

  const deltas = (posted: FromWorker[]) => posted.flatMap((message) => (message.type === 'delta' ? [message] : []));

  it('resets, trains in slices up to the target, then stops; every delta follows on from the last', async () => {
    const { send, posted } = await startWorker();
    send({ type: 'reset', command: 1, run: 1, settings: small });
    send({ type: 'train', command: 2, run: 1, until: 60 });
    await vi.waitFor(() => expect(deltas(posted).at(-1)).toMatchObject({ running: false, delta: { epoch: 60 } }), { timeout: 10_000 });
    let history = emptyHistory();
    for (const message of deltas(posted)) history = appendDelta(history, message.delta);
    expect(history.epoch).toBe(60);
    expect(seriesItems(history.loss).map((point) => point.x)).toEqual(Array.from({ length: 60 }, (_, k) => k + 1));
    expect(seriesItems(history.samples).map((sample) => sample.epoch)).toEqual([0, 10, 20, 30, 40, 50, 60]);
    // A map with the first report and the last (training stopped), never more often than the interval allows.
    expect(deltas(posted)[0]!.delta.map).toHaveLength(GRID * GRID);
    expect(deltas(posted).at(-1)!.delta.map).toHaveLength(GRID * GRID);
  });

  it('steps one epoch, ignores messages for an old run, and pauses on request', async () => {
    const { send, posted } = await startWorker();
    send({ type: 'reset', command: 3, run: 1, settings: small });
    send({ type: 'step', command: 4, run: 1, epochs: 1 });
    expect(deltas(posted).at(-1)?.delta.epoch).toBe(1);
    send({ type: 'reset', command: 5, run: 2, settings: small });
    send({ type: 'step', command: 6, run: 1, epochs: 1 });
    expect(deltas(posted).at(-1)).toMatchObject({ run: 2, delta: { epoch: 0 } });
    expect(deltas(posted).at(-1)!.command).toBe(5);
    send({ type: 'train', command: 7, run: 2, until: 1_000_000 });
    send({ type: 'pause', command: 8, run: 2 });
    const paused = deltas(posted).at(-1)!;
    expect(paused.running).toBe(false);
    const count = posted.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(posted.length).toBe(count);
  });

  it('reports an error instead of throwing when asked for something impossible', async () => {
    const { send, posted } = await startWorker();
    send({ type: 'reset', command: 9, run: 1, settings: small });
    send({ type: 'step', command: 10, run: 1, epochs: -1 });
    expect(posted.at(-1)).toMatchObject({ type: 'error', run: 1 });
  });
});

describe('views of a run', () => {
  const trained = (() => {
    const session = createSession(small);
    session.advance(40);
    return appendDelta(emptyHistory(), session.takeDelta(true));
  })();

  it('appendDelta ignores a delta that does not follow on', () => {
    const history = emptyHistory();
    const session = createSession(small);
    session.advance(3);
    const delta = session.takeDelta(false);
    appendDelta(history, { ...delta, fromEpoch: 5 });
    expect(history.epoch).toBe(0);
    appendDelta(history, delta);
    expect(history.epoch).toBe(3);
  });

  it('thin keeps at most the asked number of items, evenly spread, with the first and the last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 2, max: 400 }), (length, max) => {
        const items = Array.from({ length }, (_, k) => k);
        const kept = thin(items, max);
        expect(kept.length).toBe(Math.min(length, max));
        if (length > 0) {
          expect(kept[0]).toBe(0);
          expect(kept.at(-1)).toBe(length - 1);
        }
        for (let k = 1; k < kept.length; k++) expect(kept[k]!).toBeGreaterThan(kept[k - 1]!);
      }),
    );
  });

  it('charts: loss, accuracy and chance lines; one gradient line per layer, output drawn last', () => {
    const loss = lossChartSpec(trained, 1000);
    expect(loss.series.map((series) => series.points.length)).toEqual([2, 40, 5]);
    expect(loss.x.max).toBe(1000);
    const norms = normChartSpec(trained, 1000);
    expect(norms.series).toHaveLength(small.depth + 1);
    expect(norms.series.at(-1)!.label).toBe('output layer');
    expect(norms.series.every((series) => series.points.length === 40)).toBe(true);
    // 5,000 epochs: the history holds at most SERIES_CAPACITY points per line and the chart MAX_POINTS.
    const long = appendDelta(emptyHistory(), {
      fromEpoch: 1, epoch: 5000, loss: Array.from({ length: 5000 }, (_, k) => 0.7 - k / 1e4),
      gradientNorms: [Array.from({ length: 5000 }, () => 1e-3), Array.from({ length: 5000 }, () => 0.2)],
      samples: [], current: { epoch: 5000, loss: 0.2, accuracy: 1 },
    });
    expect(long.loss.items.length).toBeLessThanOrEqual(SERIES_CAPACITY);
    expect(long.gradientNorms.every((layer) => layer.items.length <= SERIES_CAPACITY)).toBe(true);
    const points = lossChartSpec(long, 1000).series[1]!.points;
    expect(points.length).toBe(MAX_POINTS);
    expect(points[0]).toEqual({ x: 1, y: 0.7 });
    expect(points.at(-1)).toEqual({ x: 5000, y: 0.7 - 4999 / 1e4 });
    expect(normChartSpec(long, 1000).y).toEqual({ minExponent: -3, maxExponent: 0 });
    expect(labReadouts(long).shrinkageStart).toBe('200 times smaller');
  });

  it('readouts, text alternatives and tables say what the numbers say, with no NaN', () => {
    const readouts = labReadouts(trained);
    expect(readouts.epoch).toBe('40');
    expect(readouts.accuracy).toBe(trained.current!.accuracy.toFixed(4));
    expect(readouts.shrinkageStart).toMatch(/times (smaller|larger)$/);
    expect(lossChartLabel(trained)).toContain('40 epochs');
    expect(normChartLabel(trained)).toContain(`${small.depth + 1} layers`);
    expect(normTable(trained)).toHaveLength(small.depth + 1);
    expect(sampleTable(trained).map((row) => row.epoch)).toEqual(['0', '10', '20', '30', '40']);
    for (const label of [lossChartLabel(emptyHistory()), normChartLabel(emptyHistory()), JSON.stringify(labReadouts(emptyHistory()))]) {
      expect(label).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('describes the first layer’s gradient against the output layer’s both ways, and refuses zeros', () => {
    expect(describeShrinkage([1e-6, 0.5, 0.45])).toBe('4.5 × 10⁵ times smaller');
    expect(describeShrinkage([0.9, 0.3])).toBe('3 times larger');
    expect(describeShrinkage([0, 0.3])).toBe('—');
    expect(describeShrinkage(null)).toBe('—');
  });

  it('only a stopped report that answers the latest command ends a run', () => {
    // Reset (command 1) then Train (command 2): the reset's own report, stopped, arrives after Train was pressed.
    expect(reportEndsRun({ running: false, command: 1 }, true, 2)).toBe(false);
    expect(reportEndsRun({ running: true, command: 2 }, true, 2)).toBe(false);
    expect(reportEndsRun({ running: false, command: 2 }, true, 2)).toBe(true);
    expect(reportEndsRun({ running: false, command: 2 }, false, 2)).toBe(false);
  });

  it('a run whose loss overflowed is flagged and shown without NaN', () => {
    const session = createSession(small);
    session.advance(40);
    const broken = appendDelta(appendDelta(emptyHistory(), session.takeDelta(true)), {
      fromEpoch: 41, epoch: 41, loss: [Number.NaN], gradientNorms: Array.from({ length: small.depth + 1 }, () => [Number.NaN]),
      samples: [], current: { epoch: 41, loss: Number.NaN, accuracy: 0.5 },
    });
    expect(hasDiverged(broken)).toBe(true);
    expect(hasDiverged(trained)).toBe(false);
    expect(JSON.stringify(labReadouts(broken))).not.toMatch(/NaN/);
    expect(JSON.stringify(lossChartSpec(broken, 1000))).not.toMatch(/NaN|null/);
  });
});

describe('bounded series', () => {
  it('keep evenly spaced items from the first, at most their capacity, and always reach the latest', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 2, max: 64 }), (count, halfCapacity) => {
        const capacity = 2 * halfCapacity;
        const series = createSeries<number>();
        for (let k = 0; k < count; k++) pushItem(series, k, capacity);
        expect(series.items.length).toBeLessThanOrEqual(capacity);
        if (count === 0) {
          expect(seriesItems(series)).toEqual([]);
          expect(firstItem(series)).toBeNull();
          return;
        }
        expect(firstItem(series)).toBe(0);
        // Kept items are exactly the multiples of the stride; once thinned, at least half the capacity remains.
        expect(series.items).toEqual(Array.from({ length: series.items.length }, (_, k) => k * series.stride));
        if (series.stride > 1) expect(series.items.length).toBeGreaterThan(capacity / 2);
        const shown = seriesItems(series);
        expect(shown.at(-1)).toBe(count - 1);
        expect(new Set(shown).size).toBe(shown.length);
      }),
    );
  });
});

describe('the slice loop', () => {
  // A session whose epochs each take costs[k] ms on a clock the test owns.
  const fakeSession = (costs: (epoch: number) => number, start = 0) => {
    const clock = { now: 1000 };
    const session = {
      epoch: start,
      advance(epochs: number) {
        for (let e = 0; e < epochs; e++) {
          clock.now += costs(session.epoch);
          session.epoch += 1;
        }
      },
    };
    return { session, now: () => clock.now };
  };

  it('trains until the budget is spent, overrunning it by less than one epoch', () => {
    const { session, now } = fakeSession(() => 5);
    expect(trainSlice(session, 1000, 12, now)).toEqual({ trained: 3, elapsed: 15 });
    expect(session.epoch).toBe(3);
  });

  it('stops at the target, trains at least one epoch when below it, and none at or above it', () => {
    const atTarget = fakeSession(() => 1, 98);
    expect(trainSlice(atTarget.session, 100, 12, atTarget.now)).toEqual({ trained: 2, elapsed: 2 });
    const slow = fakeSession(() => 40);
    expect(trainSlice(slow.session, 100, 12, slow.now)).toEqual({ trained: 1, elapsed: 40 });
    const done = fakeSession(() => 1, 100);
    expect(trainSlice(done.session, 100, 12, done.now)).toEqual({ trained: 0, elapsed: 0 });
  });

  it('never starts an epoch after the budget ran out, whatever each epoch costs', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 30, noNaN: true }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 50 }), (costs, budget) => {
        const cost = (epoch: number): number => costs[epoch % costs.length]!;
        const { session, now } = fakeSession(cost);
        const { trained, elapsed } = trainSlice(session, 1_000_000, budget, now);
        expect(trained).toBeGreaterThanOrEqual(1);
        // Before the last epoch started, less than the budget had passed; the last one took cost(trained − 1).
        expect(elapsed - cost(trained - 1)).toBeLessThan(budget);
        expect(elapsed).toBeGreaterThanOrEqual(Math.min(budget, elapsed));
      }),
    );
  });
});

describe('the decision map', () => {
  const colours = { base: [255, 255, 255], zero: [200, 100, 0], one: [0, 100, 200] } as const;

  it('shades p = 0.5 as the base colour and a sure prediction TINT of the way to its class colour', () => {
    const out = shadeMap([0.5, 1, 0, Number.NaN], colours, new Uint8ClampedArray(16));
    expect(Array.from(out.slice(0, 4))).toEqual([255, 255, 255, 255]);
    expect(out[4]).toBe(Math.round(255 + (0 - 255) * TINT));
    expect(out[8]).toBe(Math.round(255 + (200 - 255) * TINT));
    expect(Array.from(out.slice(12, 16))).toEqual([255, 255, 255, 255]);
  });

  it('reads the theme’s hex colours', () => {
    expect(parseHexColour('#1f5fbf')).toEqual([31, 95, 191]);
    expect(parseHexColour(' #fff ')).toEqual([255, 255, 255]);
    expect(parseHexColour('rgb(1, 2, 3)')).toBeNull();
  });

  it('summarises an XOR-like map by ninths and in one sentence', () => {
    const nodes = 6;
    // Class 1 in the top-left and bottom-right quarters.
    const map = Float32Array.from({ length: nodes * nodes }, (_, k) => ((k % nodes < 3) === (Math.floor(k / nodes) < 3) ? 0.9 : 0.1));
    const means = regionMeans(map, nodes);
    expect(means[0]![0]).toBeCloseTo(0.9, 6);
    expect(means[0]![2]).toBeCloseTo(0.1, 6);
    expect(means[2]![2]).toBeCloseTo(0.9, 6);
    expect(regionTable(map, nodes)[0]![0]).toBe('class 1 (p = 0.90)');
    expect(describeMap(map)).toContain('class 1 on 50\u00a0%');
    expect(describeMap(new Float32Array(9).fill(0.52))).toContain('unsure everywhere');
    expect(describeMap([Number.NaN])).not.toMatch(/NaN/);
  });
});
