// Saturation: N(0, 1) weights into wide sigmoid layers pile activations at 0 and 1, Xavier keeps them in the
// middle; every histogram is a distribution, and the markup and text carry no NaN.
import { describe, expect, it } from 'vitest';
import { BINS, BOUNDS, DEFAULT_STATE, histogramMarkup, normalizeState, saturationView } from '../../src/widgets/saturation/model.ts';

describe('saturation', () => {
  it('with N(0, 1) weights into 32 sigmoid units, deeper layers pile up at both ends', () => {
    const view = saturationView(DEFAULT_STATE);
    expect(view.layers).toHaveLength(DEFAULT_STATE.depth);
    const third = view.layers[2]!;
    // Measured on this engine (seed 1): 24 % of layer 3's activations lie within 0.02 of 0 or 1.
    expect(third.detail).toBe('24\u00a0% saturated');
    expect(third.shares[0]! + third.shares[BINS - 1]!).toBeGreaterThan(0.25);
    expect(third.shares[0]!).toBeGreaterThan(third.shares[BINS / 2]!);
    expect(third.flatEnds).toBe(true);
  });

  it('Xavier initialisation keeps the same sigmoid layers out of the tails', () => {
    const view = saturationView({ ...DEFAULT_STATE, init: 'xavier' });
    for (const layer of view.layers) {
      expect(layer.detail).toBe('0\u00a0% saturated');
      expect(layer.shares[0]! + layer.shares[BINS - 1]!).toBe(0);
    }
    expect(view.summary).toContain('0\u00a0% of the activations are saturated');
  });

  it('every histogram sums to 1 over its bins, and the shared scale is the tallest bar', () => {
    for (const activation of ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'silu'] as const) {
      const view = saturationView({ ...DEFAULT_STATE, activation, depth: 3, width: 8 });
      for (const layer of view.layers) {
        expect(layer.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        expect(layer.high).toBeGreaterThanOrEqual(layer.low);
      }
      expect(view.peak).toBe(Math.max(...view.layers.flatMap((layer) => layer.shares)));
      const markup = view.layers.map((layer) => histogramMarkup(layer, view.peak)).join('');
      expect(markup).not.toMatch(/NaN|Infinity|undefined/);
      expect(JSON.stringify(view)).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('ReLU has no tails to saturate: saturation is n/a and dead units are reported instead', () => {
    const view = saturationView({ ...DEFAULT_STATE, activation: 'relu', init: 'he', width: 8, depth: 6 });
    expect(view.table.every((row) => row.saturated === 'n/a')).toBe(true);
    expect(view.summary).toContain('dead');
    expect(view.layers.every((layer) => !layer.flatEnds)).toBe(true);
    expect(histogramMarkup(view.layers[0]!, view.peak)).not.toContain('bar-end');
  });

  it('bad state is pulled into bounds rather than reaching the engine', () => {
    const state = normalizeState({ activation: 'nope' as 'relu', init: 'he', depth: 99, width: -5, seed: Number.NaN });
    expect(state).toEqual({ activation: DEFAULT_STATE.activation, init: 'he', depth: BOUNDS.depth.max, width: BOUNDS.width.min, seed: DEFAULT_STATE.seed });
  });
});
