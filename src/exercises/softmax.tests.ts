// Hidden tests of lesson 3's code exercise, run after the reader's code by src/lib/code-exercise/harness.ts,
// which supplies `check` and `require`. The expected values are the math module's softmax.
import type * as MathModule from '../lib/math/index.ts';
declare function check(name: string, run: () => { actual: unknown; expected: number | number[]; tolerance?: number }): void;
declare const require: (name: 's-curve/math') => typeof MathModule;
declare function mySoftmax(logits: number[]): number[];

const { softmax } = require('s-curve/math');
const cases = [[1, 2, 3], [0], [-1, 0, 1, 2], [1000, 1000], [-1000, 0, 1000], [-800, -801]];
for (const logits of cases) {
  check(`mySoftmax([${logits.join(', ')}])`, () => ({ actual: mySoftmax([...logits]), expected: softmax(logits), tolerance: 1e-12 }));
}
