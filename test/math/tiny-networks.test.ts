// The lesson 3 networks: without an activation two layers are exactly one line; with ReLU the output is
// piecewise linear, bending only where a hidden unit switches; the forget gate multiplies memory by σ(g).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collapseLinear, forgetGateMemory, gateHalfLife, switchPoints, twoLayerOutput, type TwoLayerParams } from '../../src/lib/math/tiny-networks.ts';
import { relu, sigmoid } from '../../src/lib/math/activations.ts';

const weight = fc.double({ min: -5, max: 5, noNaN: true });
const params: fc.Arbitrary<TwoLayerParams> = fc.record({
  w: fc.tuple(weight, weight, weight),
  b: fc.tuple(weight, weight, weight),
  v: fc.tuple(weight, weight, weight),
  c: weight,
});
const identity = (z: number): number => z;

describe('two linear layers', () => {
  it('collapse into the single line the formula gives, at every x', () => {
    fc.assert(
      fc.property(params, fc.double({ min: -10, max: 10, noNaN: true }), (p, x) => {
        const { slope, intercept } = collapseLinear(p);
        expect(twoLayerOutput(p, identity, x)).toBeCloseTo(slope * x + intercept, 9);
      }),
    );
  });

  it('give the worked example: w = 2, b = 1 then v = -3, c = 0.5 is y = -6x - 2.5', () => {
    const p = { w: [2], b: [1], v: [-3], c: 0.5 };
    expect(collapseLinear(p)).toEqual({ slope: -6, intercept: -2.5 });
    expect(twoLayerOutput(p, identity, 4)).toBe(-26.5);
  });
});

describe('with ReLU between the layers', () => {
  it('the output is straight between switch points and bends at them', () => {
    const p = { w: [1, -1], b: [0, 1], v: [1, 1], c: 0 };
    // relu(x) + relu(1 - x): 1 - x below 0, 1 between 0 and 1, x above 1.
    expect(switchPoints(p)).toEqual([0, 1]);
    expect([-2, -1, 0, 0.5, 1, 2, 3].map((x) => twoLayerOutput(p, relu, x))).toEqual([3, 2, 1, 1, 1, 2, 3]);
  });

  it('never bends away from the switch points (second differences vanish between them)', () => {
    fc.assert(
      fc.property(params, (p) => {
        const kinks = switchPoints(p);
        const h = 1e-3;
        for (let x = -5; x <= 5; x += 0.37) {
          if (kinks.some((k) => Math.abs(k - x) < 2 * h)) continue;
          const bend = twoLayerOutput(p, relu, x + h) - 2 * twoLayerOutput(p, relu, x) + twoLayerOutput(p, relu, x - h);
          expect(Math.abs(bend)).toBeLessThan(1e-9);
        }
      }),
    );
  });

  it('skips units that cannot switch or do not reach the output', () => {
    expect(switchPoints({ w: [0, 2, 1], b: [1, -1, 3], v: [1, 1, 0], c: 0 })).toEqual([0.5]);
  });
});

describe('the forget gate', () => {
  it('keeps σ(g) of the memory at each step', () => {
    const memory = forgetGateMemory(1, [2, 2, 2]);
    expect(memory).toHaveLength(4);
    expect(memory[3]).toBeCloseTo(sigmoid(2) ** 3, 15);
    expect(forgetGateMemory(5, [])).toEqual([5]);
  });

  it('halves the memory in ln 2 / -ln σ(g) steps, and the half-life stays finite for a wide-open gate', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (g) => {
        expect(sigmoid(g) ** gateHalfLife(g)).toBeCloseTo(0.5, 12);
      }),
    );
    // σ(0) = 1/2: one step halves it. At g = 40, 1 - σ(g) rounds to 0, yet the half-life is e^40 ln 2 ≈ 1.6e17.
    expect(gateHalfLife(0)).toBeCloseTo(1, 15);
    expect(gateHalfLife(40) / (Math.exp(40) * Math.LN2)).toBeCloseTo(1, 12);
  });
});
