// Softmax-or-sigmoid model: softmax sums to 1 and ignores a shared shift, sigmoids do not; the shift is refused
// rather than clamped past the limit; classes stay between 3 and 6; no state shows NaN or undefined.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sigmoid, softmax } from '../../src/lib/math/index.ts';
import {
  DEFAULT_STATE, LOGIT_LIMIT, MAX_CLASSES, MIN_CLASSES, TEMPERATURE_MAX, TEMPERATURE_MIN, activePreset, addClass,
  addToEvery, applyPreset, removeClass, setLogit, setShift, setTemperature, softmaxView, type SoftmaxState,
} from '../../src/widgets/softmax-vs-sigmoid/model.ts';

const logit = fc.double({ min: -LOGIT_LIMIT, max: LOGIT_LIMIT, noNaN: true });
const states: fc.Arbitrary<SoftmaxState> = fc
  .tuple(fc.array(logit, { minLength: MIN_CLASSES, maxLength: MAX_CLASSES }), fc.double({ min: TEMPERATURE_MIN, max: TEMPERATURE_MAX, noNaN: true }))
  .map(([logits, temperature]) => ({ labels: logits.map((_, i) => `class ${i + 1}`), logits, temperature, shift: 5 }));

describe('the default: cat, dog, bird with logits 2, 1, 0.1', () => {
  it('gives PyTorch’s softmax and sigmoids', () => {
    // Source: torch.softmax(torch.tensor([2., 1., 0.1]), 0) = [0.6590, 0.2424, 0.0986]; torch.sigmoid = [0.8808, 0.7311, 0.5250].
    const view = softmaxView(DEFAULT_STATE);
    expect(view.rows.map((row) => row.softmax)).toEqual(['0.6590', '0.2424', '0.0986']);
    expect(view.rows.map((row) => row.sigmoid)).toEqual(['0.8808', '0.7311', '0.5250']);
    expect(view.softmaxSum).toBe('1.0000');
    expect(view.sigmoidSum).toBe('2.1368');
    expect(view.softmaxSays).toContain('most likely cat');
    expect(view.preset).toBe('multi-class');
  });
});

describe('adding a constant to every logit', () => {
  it('leaves softmax as it was and raises every sigmoid', () => {
    const shifted = addToEvery(DEFAULT_STATE);
    if (!shifted.ok) throw new Error('shift refused');
    expect(shifted.value.logits).toEqual([7, 6, 5.1]);
    const before = softmaxView(DEFAULT_STATE);
    const after = softmaxView(shifted.value);
    expect(after.rows.map((row) => row.softmax)).toEqual(before.rows.map((row) => row.softmax));
    for (const [i, row] of after.rows.entries()) expect(row.sigmoidFraction).toBeGreaterThan(before.rows[i]?.sigmoidFraction ?? 1);
    expect(after.preset).toBeNull();
  });

  it('is refused, naming the class, when a logit would leave the range', () => {
    const twice = addToEvery(DEFAULT_STATE);
    if (!twice.ok) throw new Error('first shift refused');
    expect(addToEvery(twice.value)).toEqual({ ok: false, problem: { kind: 'past-limit', label: 'cat', limit: LOGIT_LIMIT } });
  });

  it('keeps every difference between logits for any shift it accepts (softmax invariance in the widget)', () => {
    fc.assert(
      fc.property(states, fc.double({ min: -20, max: 20, noNaN: true }), (state, shift) => {
        const next = addToEvery(setShift(state, shift));
        if (!next.ok) return;
        const p = softmax(next.value.logits, state.temperature);
        const q = softmax(state.logits, state.temperature);
        for (const [i, value] of p.entries()) expect(Math.abs(value - (q[i] ?? 0))).toBeLessThan(1e-9);
      }),
    );
  });
});

describe('state', () => {
  it('keeps between 3 and 6 classes', () => {
    let state = DEFAULT_STATE;
    for (let i = 0; i < 5; i++) state = addClass(state);
    expect(state.labels).toEqual(['cat', 'dog', 'bird', 'class 4', 'class 5', 'class 6']);
    expect(softmaxView(state).canAdd).toBe(false);
    for (let i = 0; i < 5; i++) state = removeClass(state);
    expect(state.logits).toHaveLength(3);
    expect(softmaxView(state).canRemove).toBe(false);
  });

  it('clamps logits and temperature, keeps them on NaN, and tidies slider steps', () => {
    expect(setLogit(DEFAULT_STATE, 0, 50).logits[0]).toBe(LOGIT_LIMIT);
    expect(setLogit(DEFAULT_STATE, 0, Number.NaN).logits[0]).toBe(2);
    expect(setLogit(DEFAULT_STATE, 7, 1)).toBe(DEFAULT_STATE);
    expect(setLogit(DEFAULT_STATE, 1, 0.1 + 0.2).logits[1]).toBe(0.3);
    expect(setTemperature(DEFAULT_STATE, 0).temperature).toBe(TEMPERATURE_MIN);
    expect(setTemperature(DEFAULT_STATE, Number.NaN).temperature).toBe(1);
  });

  it('switches presets and recognises them', () => {
    const labels = applyPreset(DEFAULT_STATE, 'multi-label');
    expect(labels.labels).toEqual(['person', 'bicycle', 'helmet']);
    expect(activePreset(labels)).toBe('multi-label');
    // Each label is likely on its own, but softmax, forced to share, gives none of them much.
    const view = softmaxView(labels);
    expect(view.sigmoidsSay).toContain('3 labels reach 0.5');
    expect(Math.max(...view.rows.map((row) => row.softmaxFraction))).toBeLessThan(0.7);
  });
});

describe('a low temperature sharpens, a high one flattens', () => {
  it('moves the top probability towards 1 and towards 1/n', () => {
    const top = (temperature: number): number => softmaxView(setTemperature(DEFAULT_STATE, temperature)).rows[0]?.softmaxFraction ?? 0;
    expect(top(0.1)).toBeGreaterThan(0.9999);
    expect(top(10)).toBeLessThan(0.37);
    expect(top(0.5)).toBeGreaterThan(top(1));
  });

  it('never shows NaN or undefined, and sigmoids ignore T', () => {
    fc.assert(
      fc.property(states, (state) => {
        const view = softmaxView(state);
        const shown = [view.softmaxSum, view.sigmoidSum, view.softmaxSays, view.sigmoidsSay, ...view.rows.flatMap((row) => [row.label, row.logit, row.softmax, row.sigmoid])].join(' ');
        expect(shown).not.toMatch(/NaN|Infinity|undefined/);
        expect(view.softmaxSum).toBe('1.0000');
        for (const [i, row] of view.rows.entries()) expect(row.sigmoidFraction).toBe(sigmoid(state.logits[i] ?? 0));
      }),
    );
  });
});
