// From a linear score to a probability: z = w·x + b, then p = σ(z).
// A churn model with two features: months since the customer's last
// order, and support calls this quarter.
import {
  linearPredictor,
  predictProbability,
} from 's-curve/math';

const weights = [0.6, 0.9]; // per month away, per support call
const bias = -4;

for (const x of [[1, 0], [4, 1], [6, 3]]) {
  const z = linearPredictor(weights, bias, x);
  const p = predictProbability(weights, bias, x);
  const shown = `z = ${z.toFixed(2)}  p = ${p.toFixed(3)}`;
  console.log(`x = [${x.join(', ')}]  ${shown}`);
}
