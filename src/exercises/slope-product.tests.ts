// Hidden tests of lesson 4's code exercise, run after the reader's code by src/lib/code-exercise/harness.ts,
// which supplies `check` and `require`. The expected values multiply the math module's sigmoidDerivative.
import type * as MathModule from '../lib/math/index.ts';
declare function check(name: string, run: () => { actual: unknown; expected: number | number[]; tolerance?: number }): void;
declare const require: (name: 's-curve/math') => typeof MathModule;
declare function slopeProduct(zs: number[]): number;

const { sigmoidDerivative } = require('s-curve/math');
const expected = (zs: number[]) => zs.reduce((product, z) => product * sigmoidDerivative(z), 1);
const cases = [[], [0], [0, 0, 0], [2, -1, 0.5], [5, 5, 5, 5, 5], Array.from({ length: 20 }, () => 0)];
for (const zs of cases) {
  const label = zs.length > 6 ? `[0 × ${zs.length}]` : `[${zs.join(', ')}]`;
  check(`slopeProduct(${label})`, () => ({ actual: slopeProduct([...zs]), expected: expected(zs), tolerance: 1e-9 }));
}
