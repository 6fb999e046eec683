// Hidden tests of lesson 1's code exercise, run after the reader's code by src/lib/code-exercise/harness.ts,
// which supplies `check` and `require`. The expected values are the math module's sigmoid.
import type * as MathModule from '../lib/math/index.ts';
declare function check(name: string, run: () => { actual: unknown; expected: number | number[]; tolerance?: number }): void;
declare const require: (name: 's-curve/math') => typeof MathModule;
declare function stableSigmoid(x: number): number;

const { sigmoid } = require('s-curve/math');
for (const x of [0, 2, -2, 30, -30, 800, -800, 1000, -1000]) {
  check(`stableSigmoid(${x})`, () => ({ actual: stableSigmoid(x), expected: sigmoid(x), tolerance: 1e-12 }));
}
