// Chain of slopes: the products match the slopes multiplied out, the sigmoid never beats (w/4)ⁿ, ReLU passes a
// gradient unchanged or not at all, typed lists are checked, and the log chart's axis and labels are sound.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reluDerivative, sigmoidDerivative, tanhDerivative } from '../../src/lib/math/activations.ts';
import {
  DEFAULT_STATE, MAX_DEPTH, WEIGHT_MAX, WEIGHT_MIN, Z_LIMIT, chainFor, chainView, layerZs, parseLayerZs, setDepth,
  setWeight, setZ,
} from '../../src/widgets/chain-of-slopes/model.ts';
import {
  decadeRange, decadeTicks, formatScientific, powerOfTen, renderLogChart,
} from '../../src/widgets/chain-of-slopes/log-chart.ts';

const states = fc.record({
  depth: fc.integer({ min: 1, max: MAX_DEPTH }),
  z: fc.double({ min: -Z_LIMIT, max: Z_LIMIT, noNaN: true }),
  weight: fc.double({ min: WEIGHT_MIN, max: WEIGHT_MAX, noNaN: true }),
  layerZs: fc.array(fc.double({ min: -Z_LIMIT, max: Z_LIMIT, noNaN: true }), { maxLength: MAX_DEPTH }),
});

describe('the chain', () => {
  it('ten sigmoid layers at z = 0 with w = 1 leave 0.25¹⁰ ≈ 9.54 × 10⁻⁷ of the gradient', () => {
    // 0.25^10 = 1 / 1,048,576 = 9.5367431640625e-7 exactly.
    const view = chainView({ depth: 10, z: 0, weight: 1, layerZs: [] });
    expect(view.chains[0]!.final).toBe(0.25 ** 10);
    expect(view.readouts.sigmoid).toBe('9.54 × 10⁻⁷');
    expect(view.readouts.tanh).toBe('1');
    // ReLU′(0) = 0 by convention: the gradient is cut.
    expect(view.chains[2]!.final).toBe(0);
    expect(view.readouts.relu).toContain('passes nothing back');
  });

  it('each product is the slopes at the layers’ z, times w, multiplied in order', () => {
    const zs = [0.5, -1, 2];
    const w = 1.5;
    expect(chainFor('sigmoid', zs, w).products).toEqual([
      1,
      sigmoidDerivative(0.5) * w,
      sigmoidDerivative(0.5) * w * sigmoidDerivative(-1) * w,
      sigmoidDerivative(0.5) * w * sigmoidDerivative(-1) * w * sigmoidDerivative(2) * w,
    ]);
    expect(chainFor('tanh', zs, w).factors).toEqual(zs.map((z) => tanhDerivative(z) * w));
    expect(chainFor('relu', zs, w).factors).toEqual(zs.map((z) => reluDerivative(z) * w));
  });

  it('the sigmoid chain never exceeds its best case (w/4)ⁿ, and every product is finite and not negative', () => {
    fc.assert(
      fc.property(states, (state) => {
        const view = chainView(state);
        for (const chain of view.chains) {
          expect(chain.products.every((p) => Number.isFinite(p) && p >= 0)).toBe(true);
        }
        view.chains[0]!.products.forEach((p, k) => expect(p).toBeLessThanOrEqual(view.bound[k]! * (1 + 1e-12)));
        expect(view.chartLabel).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });

  it('ReLU with z > 0 passes the gradient on times wⁿ exactly; one z ≤ 0 cuts it to 0 from there on', () => {
    expect(chainView({ depth: 8, z: 2, weight: 1, layerZs: [] }).chains[2]!.products).toEqual(new Array(9).fill(1));
    const cut = chainView({ depth: 5, z: 1, weight: 1, layerZs: [1, 1, -0.5] }).chains[2]!.products;
    expect(cut).toEqual([1, 1, 1, 0, 0, 0]);
  });

  it('typed z values set the first layers, counted from the output; the rest use the slider z', () => {
    expect(layerZs({ depth: 4, z: 3, weight: 1, layerZs: [0, -1] })).toEqual([0, -1, 3, 3]);
    const view = chainView({ depth: 2, z: 3, weight: 1, layerZs: [0, -1, 5] });
    expect(view.zs).toEqual([0, -1]);
    expect(view.unusedZs).toBe(1);
  });

  it('w > 4 makes even the sigmoid’s best case grow: the exploding mirror image', () => {
    const view = chainView({ depth: 10, z: 0, weight: 5, layerZs: [] });
    expect(view.chains[0]!.final).toBeCloseTo(1.25 ** 10, 10);
    expect(view.chains[1]!.final).toBeCloseTo(5 ** 10, 0);
  });
});

describe('state and input', () => {
  it('setters clamp to the bounds and keep the old value for NaN', () => {
    expect(setDepth(DEFAULT_STATE, 99).depth).toBe(MAX_DEPTH);
    expect(setDepth(DEFAULT_STATE, 0).depth).toBe(1);
    expect(setDepth(DEFAULT_STATE, Number.NaN).depth).toBe(DEFAULT_STATE.depth);
    expect(setZ(DEFAULT_STATE, -50).z).toBe(-Z_LIMIT);
    expect(setWeight(DEFAULT_STATE, 0).weight).toBe(WEIGHT_MIN);
    expect(setWeight(DEFAULT_STATE, Number.NaN).weight).toBe(DEFAULT_STATE.weight);
  });

  it('parses lists with commas, spaces, brackets and the typographic minus', () => {
    expect(parseLayerZs('1, -2 0.5')).toEqual({ ok: true, value: [1, -2, 0.5] });
    expect(parseLayerZs('[−1, 2]')).toEqual({ ok: true, value: [-1, 2] });
    expect(parseLayerZs('')).toEqual({ ok: true, value: [] });
  });

  it('rejects a bad item, an item beyond ±10 and too many items, saying which', () => {
    const bad = parseLayerZs('1, abc');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem).toMatch(/^Value 2: .*abc/);
    const far = parseLayerZs('1, 2, 30');
    expect(far.ok).toBe(false);
    if (!far.ok) expect(far.problem).toContain('Value 3');
    const infinite = parseLayerZs('1e400');
    expect(infinite.ok).toBe(false);
    expect(parseLayerZs(Array.from({ length: MAX_DEPTH + 1 }, () => '1').join(',')).ok).toBe(false);
  });
});

describe('the log chart', () => {
  it('writes powers of ten with superscripts and numbers for readers without NaN', () => {
    expect(powerOfTen(-12)).toBe('10⁻¹²');
    expect(powerOfTen(0)).toBe('10⁰');
    expect(formatScientific(9.5367431640625e-7)).toBe('9.54 × 10⁻⁷');
    expect(formatScientific(0.1966)).toBe('0.197');
    expect(formatScientific(1)).toBe('1');
    expect(formatScientific(2e5)).toBe('2 × 10⁵');
    expect(formatScientific(0)).toBe('0');
    expect(formatScientific(Number.NaN)).toBe('—');
    expect(formatScientific(Infinity)).toBe('—');
  });

  it('covers every positive value with whole decades, at least two wide, ignoring zeros', () => {
    expect(decadeRange([1, 9.5e-7])).toEqual([-7, 0]);
    expect(decadeRange([1, 1, 0])).toEqual([-1, 1]);
    expect(decadeRange([0, Number.NaN])).toEqual([-2, 0]);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-200, max: 1e200, noNaN: true }), { minLength: 1 }), (values) => {
        const [min, max] = decadeRange(values);
        for (const value of values) {
          expect(10 ** min).toBeLessThanOrEqual(value * (1 + 1e-9));
          expect(10 ** max).toBeGreaterThanOrEqual(value * (1 - 1e-9));
        }
        expect(max - min).toBeGreaterThanOrEqual(2);
      }),
    );
  });

  it('labels at most the asked number of decades, all inside the range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -300, max: 298 }), fc.integer({ min: 2, max: 300 }), fc.integer({ min: 3, max: 8 }), (min, span, count) => {
        const max = Math.min(300, min + span);
        const ticks = decadeTicks(min, max, count);
        expect(ticks.length).toBeGreaterThan(0);
        expect(ticks.length).toBeLessThanOrEqual(count);
        expect(ticks.every((t) => t >= min && t <= max)).toBe(true);
      }),
    );
  });

  it('draws one path per series, zeros on the bottom edge, and no NaN in the markup', () => {
    const svg = renderLogChart(
      {
        x: { min: 0, max: 3, title: 'layers' },
        y: { minExponent: -4, maxExponent: 0 },
        series: [
          { label: 'a', colour: 'var(--color-accent)', points: [{ x: 0, y: 1 }, { x: 1, y: 1e-2 }, { x: 2, y: 0 }] },
          { label: 'b', colour: 'red', points: [], dashed: true },
        ],
      },
      { width: 400, height: 240 },
    );
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg).toContain('10⁻⁴');
    expect(svg).not.toMatch(/NaN|Infinity/);
    // Bottom of the plot: height 240 − bottom margin 44 = 196.
    expect(svg).toMatch(/L\d+(\.\d)? 196"/);
  });
});
