// A weight is a change in log-odds: one more unit of a feature adds w
// to z = log(p / (1 − p)), so it multiplies the odds p / (1 − p) by
// e^w, wherever you start.
import { predictProbability } from 's-curve/math';

const w = 0.7;
const b = -2;
const odds = (p: number) => p / (1 - p);
const p = (x: number) => predictProbability([w], b, [x]);

for (const x of [0, 1, 2, 3]) {
  const ratio = odds(p(x + 1)) / odds(p(x));
  const shown = `p = ${p(x).toFixed(4)}, odds = ${odds(p(x)).toFixed(4)}`;
  console.log(`x = ${x}: ${shown}, odds(x+1)/odds(x) = ${ratio.toFixed(4)}`);
}
console.log(`e^w = ${Math.exp(w).toFixed(4)}`);
