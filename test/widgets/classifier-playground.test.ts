// Classifier playground, pure parts: state setters keep every value in bounds, points are added and removed as the
// reader asks, the map's traced boundary lies on the true line, shading follows the probability, the frame budget
// caps the steps, and training sessions learn.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_STATE,
  L2_PENALTIES,
  LEARNING_RATES,
  MAX_POINTS,
  PRESETS,
  SIZE_BOUNDS,
  addPoint,
  generatePoints,
  moveCursor,
  nearestPoint,
  regenerate,
  removePoint,
  setFeature,
  setL2,
  setLearningRate,
  setNoise,
  setPreset,
  setSeed,
  setSize,
  trainingData,
} from '../../src/widgets/classifier-playground/model.ts';
import { NODES, boundarySegments, fillLogits, parseHexColour, shadeLogits } from '../../src/widgets/classifier-playground/map.ts';
import { FRAME_BUDGET_MS, STEPS_PER_FRAME, createSession, stepsThisFrame } from '../../src/widgets/classifier-playground/training.ts';
import { equation, lossChartSpec, playgroundView, sampleHistory } from '../../src/widgets/classifier-playground/view.ts';

describe('state', () => {
  it('starts with 200 seeded blob points, balanced', () => {
    expect(DEFAULT_STATE.points).toHaveLength(200);
    expect(DEFAULT_STATE.points.filter((point) => point.label === 1)).toHaveLength(100);
    expect(generatePoints('blobs', 1, 1, 200)).toEqual(DEFAULT_STATE.points);
  });

  it('gives each preset its own noise and regenerates the points', () => {
    const xor = setPreset(DEFAULT_STATE, 'xor');
    expect(xor.noise).toBe(PRESETS.xor.noise.initial);
    expect(xor.points).toEqual(generatePoints('xor', 1, PRESETS.xor.noise.initial, 200));
    expect(setPreset(DEFAULT_STATE, 'spirals')).toBe(DEFAULT_STATE);
  });

  it('keeps seed, noise, size, rate and penalty in bounds whatever they are set to', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), fc.double(), (a, b, c, d) => {
        let state = setSeed(DEFAULT_STATE, a);
        state = setNoise(state, b);
        state = setSize(state, c);
        state = setLearningRate(setL2(state, d), d);
        expect(Number.isInteger(state.seed)).toBe(true);
        expect(state.noise).toBeGreaterThanOrEqual(0);
        expect(state.noise).toBeLessThanOrEqual(PRESETS.blobs.noise.max);
        expect(state.size).toBeGreaterThanOrEqual(SIZE_BOUNDS.min);
        expect(state.size).toBeLessThanOrEqual(SIZE_BOUNDS.max);
        expect(state.points).toHaveLength(state.size);
        expect(LEARNING_RATES).toContain(state.learningRate);
        expect(L2_PENALTIES).toContain(state.l2);
      }),
      { numRuns: 50 },
    );
  });

  it('takes the nearest allowed rate and ignores unknown features', () => {
    expect(setLearningRate(DEFAULT_STATE, 0.29).learningRate).toBe(0.3);
    expect(setFeature(DEFAULT_STATE, 'cubes')).toBe(DEFAULT_STATE);
    expect(setFeature(DEFAULT_STATE, 'product').feature).toBe('product');
  });
});

describe('points', () => {
  it('adds a point, clamped into the domain, and removes the nearest within reach', () => {
    const added = addPoint(DEFAULT_STATE, 99, -0.5, 0);
    if (!added.ok) throw new Error('expected the point to be added');
    expect(added.point).toEqual({ x1: PRESETS.blobs.domain.max1, x2: -0.5, label: 0 });
    expect(added.value.points).toHaveLength(201);
    const index = nearestPoint(added.value.points, 4.9, -0.45, 0.2);
    expect(index).toBe(200);
    expect(removePoint(added.value, index).value.points).toEqual(DEFAULT_STATE.points);
    expect(nearestPoint(DEFAULT_STATE.points, 100, 100, 1)).toBe(-1);
    expect(removePoint(DEFAULT_STATE, -1).removed).toBeNull();
  });

  it('refuses a point beyond MAX_POINTS, and regenerate drops added points', () => {
    let state = setSize(DEFAULT_STATE, 1000);
    for (let i = 0; i < MAX_POINTS - 1000; i++) {
      const next = addPoint(state, 0, 0, 1);
      if (!next.ok) throw new Error('added too few');
      state = next.value;
    }
    expect(addPoint(state, 0, 0, 1)).toEqual({ ok: false, problem: 'full' });
    expect(regenerate(state).points).toHaveLength(1000);
  });

  it('moves the cross-hair in 1/40 steps and stops at the domain’s edge', () => {
    expect(moveCursor(DEFAULT_STATE, 1, -2).cursor).toEqual({ x1: 0.25, x2: -0.5 });
    expect(moveCursor(DEFAULT_STATE, 1000, 0).cursor.x1).toBe(5);
  });

  it('needs both classes to train', () => {
    const onlyOnes = { ...DEFAULT_STATE, points: DEFAULT_STATE.points.filter((point) => point.label === 1) };
    expect(trainingData(onlyOnes)).toEqual({ ok: false, problem: 'need-both-classes' });
    expect(createSession(onlyOnes).ok).toBe(false);
    const withProduct = trainingData(setFeature(DEFAULT_STATE, 'product'));
    expect(withProduct.ok && withProduct.value.X[0]).toHaveLength(3);
  });
});

describe('map', () => {
  const domain = PRESETS.blobs.domain;

  it('traces the boundary of a linear model onto the line w·x + b = 0', () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -4, max: 4, noNaN: true }), (w1, w2, b) => {
        fc.pre(Math.hypot(w1, w2) > 0.1);
        const logits = fillLogits({ weights: [w1, w2], bias: b, feature: 'none' }, domain, new Float64Array(NODES * NODES));
        const segments = boundarySegments(logits, domain);
        for (let k = 0; k < segments.length; k += 2) {
          const distance = Math.abs(w1 * (segments[k] as number) + w2 * (segments[k + 1] as number) + b) / Math.hypot(w1, w2);
          expect(distance).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('traces x1·x2 = 0 (XOR with the product feature) as the two axes, through the saddle at the centre', () => {
    const logits = fillLogits({ weights: [0, 0, -5], bias: 0, feature: 'product' }, domain, new Float64Array(NODES * NODES));
    const segments = boundarySegments(logits, domain);
    expect(segments.length).toBeGreaterThan(0);
    for (let k = 0; k < segments.length; k += 2) {
      expect(Math.min(Math.abs(segments[k] as number), Math.abs(segments[k + 1] as number))).toBeLessThan(1e-9);
    }
  });

  it('draws no boundary when the whole map is one class', () => {
    const logits = fillLogits({ weights: [0, 0], bias: 2, feature: 'none' }, domain, new Float64Array(NODES * NODES));
    expect(boundarySegments(logits, domain)).toEqual([]);
  });

  it('shades p = 0.5 as the base colour and certain nodes towards their class', () => {
    const colours = { base: [255, 255, 255], zero: [200, 0, 0], one: [0, 0, 200] } as const;
    const out = shadeLogits(Float64Array.from([0, 50, -50]), colours, new Uint8ClampedArray(12));
    expect([...out.slice(0, 4)]).toEqual([255, 255, 255, 255]);
    expect(out[2 * 4]).toBeGreaterThan(out[2 * 4 + 2] as number);
    expect(out[4 + 2]).toBeGreaterThan(out[4] as number);
  });

  it('reads #rgb and #rrggbb tokens and nothing else', () => {
    expect(parseHexColour('#1f5fbf')).toEqual([31, 95, 191]);
    expect(parseHexColour(' #fff ')).toEqual([255, 255, 255]);
    expect(parseHexColour('rgb(1, 2, 3)')).toBeNull();
  });
});

describe('training', () => {
  it('takes STEPS_PER_FRAME steps when they are cheap, fewer when not, at least 1, never past the run’s end', () => {
    expect(stepsThisFrame(0, 100)).toBe(STEPS_PER_FRAME);
    expect(stepsThisFrame(0.01, 100)).toBe(STEPS_PER_FRAME);
    expect(stepsThisFrame(FRAME_BUDGET_MS, 100)).toBe(1);
    expect(stepsThisFrame(50, 100)).toBe(1);
    expect(stepsThisFrame(0.01, 1)).toBe(1);
    expect(stepsThisFrame(0.01, 0)).toBe(0);
    expect(stepsThisFrame(Number.NaN, 5)).toBe(STEPS_PER_FRAME);
  });

  it('learns the blobs: the loss falls from ln 2 and accuracy passes 95 % within 300 steps', () => {
    const created = createSession(DEFAULT_STATE);
    if (!created.ok) throw new Error('no session');
    expect(created.value.snapshot.lossHistory[0]).toBeCloseTo(Math.LN2, 12);
    const snapshot = created.value.step(300);
    expect(snapshot.lossHistory.at(-1)).toBeLessThan(0.15);
    expect(Number.parseFloat(playgroundView(DEFAULT_STATE, snapshot).accuracy)).toBeGreaterThan(95);
    expect(created.value.reset().epoch).toBe(0);
  });

  it('cannot learn XOR with a line, but can with x1·x2', () => {
    const xor = setPreset(DEFAULT_STATE, 'xor');
    const accuracyAfter = (state: typeof xor): number => {
      const created = createSession({ ...state, learningRate: 1 });
      if (!created.ok) throw new Error('no session');
      return Number.parseFloat(playgroundView(state, created.value.step(1500)).accuracy);
    };
    expect(accuracyAfter(xor)).toBeLessThan(70);
    expect(accuracyAfter(setFeature(xor, 'product'))).toBeGreaterThan(90);
  });
});

describe('view', () => {
  it('writes the boundary equation with signs, dropping zero weights', () => {
    expect(equation({ weights: [1.234, -0.5], bias: 0.1, feature: 'none' })).toBe('1.23 x₁ − 0.50 x₂ + 0.10');
    expect(equation({ weights: [0, 0, -2], bias: 0, feature: 'product' })).toBe('−2.00 x₁·x₂');
    expect(equation({ weights: [0, 0], bias: -1, feature: 'none' })).toBe('− 1.00');
  });

  it('samples a long loss history down to 200 points, first and last kept', () => {
    const history = Array.from({ length: 5001 }, (_, k) => 1 / (k + 1));
    const points = sampleHistory(history);
    expect(points).toHaveLength(200);
    expect(points[0]).toEqual({ x: 0, y: 1 });
    expect(points.at(-1)).toEqual({ x: 5000, y: 1 / 5001 });
    expect(lossChartSpec(history).x.max).toBe(5000);
    expect(lossChartSpec([]).y.max).toBeGreaterThan(0);
  });

  it('shows no NaN for an empty plane or an untrained model', () => {
    const empty = { ...DEFAULT_STATE, points: [] };
    const view = playgroundView(empty, { model: { weights: [0, 0], bias: 0, feature: 'none' }, epoch: 0, lossHistory: [] });
    expect(Object.values(view).flat().map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(' ')).not.toMatch(/NaN|Infinity|undefined/);
    expect(view.accuracy).toBe('—');
  });
});
