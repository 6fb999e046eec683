// Hidden tests of lesson 2's code exercise, run after the reader's code by src/lib/code-exercise/harness.ts,
// which supplies `check` and `require`. The expected values are the math module's binaryCrossEntropy.
import type * as MathModule from '../lib/math/index.ts';
declare function check(name: string, run: () => { actual: unknown; expected: number | number[]; tolerance?: number }): void;
declare const require: (name: 's-curve/math') => typeof MathModule;
declare function bce(p: number, y: number): number;

const { binaryCrossEntropy } = require('s-curve/math');
const cases: [number, number][] = [[0.9, 1], [0.9, 0], [0.5, 0.5], [0.2, 0.7], [0, 0], [1, 1], [0, 1]];
for (const [p, y] of cases) {
  check(`bce(${p}, ${y})`, () => ({ actual: bce(p, y), expected: binaryCrossEntropy(p, y), tolerance: 1e-12 }));
}
