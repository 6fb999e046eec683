// Function gallery model: choices keep the registry's order, range and cursor stay valid, saturated bands match
// |f'| < 0.01 from the registry, and no reachable state puts NaN, Infinity or "undefined" on screen.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTIVATION_IDS, getActivation } from '../../src/lib/math/activation-registry.ts';
import {
  DEFAULT_STATE, MIN_WIDTH, RANGE_LIMIT, galleryView, moveCursor, saturatedBands, setCursor, setRange, setShade,
  showNumber, toggle, type GalleryState,
} from '../../src/widgets/function-gallery/model.ts';

const end = fc.double({ min: -RANGE_LIMIT, max: RANGE_LIMIT, noNaN: true });
const ids = fc.subarray([...ACTIVATION_IDS]);
const states: fc.Arbitrary<GalleryState> = fc
  .tuple(end, end, fc.double({ min: 0, max: 1, noNaN: true }), ids, ids, fc.option(fc.constantFrom(...ACTIVATION_IDS), { nil: null }))
  .filter(([a, b]) => Math.abs(a - b) >= MIN_WIDTH)
  .map(([a, b, t, curves, slopes, shade]) => {
    const xMin = Math.min(a, b);
    const xMax = Math.max(a, b);
    return { xMin, xMax, cursor: Math.min(xMax, xMin + t * (xMax - xMin)), curves, slopes, shade };
  });

describe('state', () => {
  it('toggles curves and slopes in the registry’s order, whatever the order of clicks', () => {
    let state = toggle(DEFAULT_STATE, 'curves', 'gelu', true);
    state = toggle(state, 'curves', 'sigmoid', false);
    expect(state.curves).toEqual(['tanh', 'relu', 'silu', 'gelu']);
    state = toggle(toggle(state, 'slopes', 'silu', true), 'slopes', 'sigmoid', true);
    expect(state.slopes).toEqual(['sigmoid', 'silu']);
  });

  it('rejects a reversed or too narrow range, and pulls the cursor into a new one', () => {
    expect(setRange(DEFAULT_STATE, 2, -2)).toEqual({ ok: false, problem: { kind: 'order' } });
    expect(setRange(DEFAULT_STATE, 0, 0.05)).toEqual({ ok: false, problem: { kind: 'too-narrow', width: MIN_WIDTH } });
    const moved = setRange(DEFAULT_STATE, 3, 8);
    expect(moved.ok && moved.value.cursor).toBe(3);
  });

  it('clamps the cursor, keeps it on NaN, and steps it by the slider grid without binary noise', () => {
    expect(setCursor(DEFAULT_STATE, 99).cursor).toBe(6);
    expect(setCursor(DEFAULT_STATE, Number.NaN).cursor).toBe(DEFAULT_STATE.cursor);
    let state = DEFAULT_STATE;
    for (let i = 0; i < 3; i++) state = moveCursor(state, 1);
    expect(state.cursor).toBe(1.15);
  });
});

describe('saturated bands', () => {
  it('find |σ′| < 0.01 beyond x ≈ ±4.5849 on both sides', () => {
    // Source: mpmath findroot of σ'(x) = 0.01, x = 4.58486333912236.
    const bands = saturatedBands('sigmoid', -6, 6);
    expect(bands).toHaveLength(2);
    expect(bands[0]?.from).toBe(-6);
    expect(bands[0]?.to).toBeCloseTo(-4.58486333912236, 9);
    expect(bands[1]?.from).toBeCloseTo(4.58486333912236, 9);
    expect(bands[1]?.to).toBe(6);
  });

  it('shade ReLU’s whole negative side, and leaky ReLU (slope 0.01, not below it) nowhere', () => {
    const relu = saturatedBands('relu', -6, 6);
    expect(relu).toHaveLength(1);
    expect(relu[0]?.from).toBe(-6);
    expect(relu[0]?.to).toBeCloseTo(0, 9);
    expect(saturatedBands('leaky-relu', -6, 6)).toEqual([]);
  });

  it('agree with the registry’s derivative inside and outside every band', () => {
    fc.assert(
      fc.property(states, fc.constantFrom(...ACTIVATION_IDS), (state, id) => {
        const bands = saturatedBands(id, state.xMin, state.xMax);
        const slope = getActivation(id).derivative;
        for (const band of bands) {
          const middle = (band.from + band.to) / 2;
          expect(Math.abs(slope(middle))).toBeLessThan(0.01);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('view', () => {
  it('reads every plotted function at the cursor from the registry', () => {
    const view = galleryView(setCursor(DEFAULT_STATE, 2));
    expect(view.rows.map((row) => row.id)).toEqual(['sigmoid', 'tanh', 'relu', 'silu']);
    const tanhRow = view.rows.find((row) => row.id === 'tanh');
    expect(tanhRow?.value).toBe(Math.tanh(2).toFixed(4));
    expect(tanhRow?.slope).toBe(getActivation('tanh').derivative(2).toFixed(4));
    expect(view.chartLabel).toContain('At the cursor, x = 2');
    expect(view.shadeText).toContain('4.58 to 6.00');
  });

  it('says when nothing is plotted or shaded', () => {
    const state = setShade({ ...DEFAULT_STATE, curves: [], slopes: [] }, null);
    const view = galleryView(state);
    expect(view.empty).toBe(true);
    expect(view.rows).toEqual([]);
    expect(view.shadeText).toBe('Nothing is shaded.');
  });

  it('never shows NaN, Infinity, undefined or a negative zero, for any reachable state', () => {
    fc.assert(
      fc.property(states, (state) => {
        const view = galleryView(state);
        const shown = [view.cursor, view.chartLabel, view.shadeText, ...view.rows.flatMap((row) => [row.value, row.slope, row.saturated])].join(' ');
        expect(shown).not.toMatch(/NaN|Infinity|undefined|-0\.0000(?!\d)/);
        for (const series of view.chart.series) for (const point of series.points) expect(Number.isFinite(point.x) && Number.isFinite(point.y)).toBe(true);
        expect(view.chart.y.min).toBeLessThan(view.chart.y.max);
      }),
      { numRuns: 80 },
    );
    expect(showNumber(-1e-9)).toBe('0.0000');
  });
});
