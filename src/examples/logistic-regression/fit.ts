// The best fit, found by Newton's method: the weights that minimise the
// mean cross-entropy exactly. scikit-learn's
// LogisticRegression(penalty=None).fit(X, y) finds the same optimum.
import { makeStudyHours } from 's-curve/math';
import {
  fitLogisticRegression,
  predictProbability,
} from 's-curve/math';

const { X, y } = makeStudyHours({ n: 20, seed: 6 });
const { weights, bias, loss, iterations } = fitLogisticRegression(X, y);
const [w = 0] = weights;

console.log(`w = ${w.toFixed(4)}, b = ${bias.toFixed(4)}`);
console.log(`loss = ${loss.toFixed(4)} after ${iterations} Newton steps`);
console.log(`p = 0.5 at ${(-bias / w).toFixed(2)} hours`);
for (const h of [2, 3, 4, 5]) {
  const p = predictProbability(weights, bias, [h]);
  console.log(`P(pass | ${h} h) = ${p.toFixed(3)}`);
}
