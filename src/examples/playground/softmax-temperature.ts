// Softmax turns scores into probabilities; the temperature sharpens or flattens them. Arrays, typed arrays and
// objects print readably.
import { softmax } from 's-curve/math';

const logits = [2, 1, 0.1];
for (const temperature of [0.5, 1, 5]) {
  const p = Float64Array.from(softmax(logits, temperature), (v) => Math.round(v * 1000) / 1000);
  console.log(`T = ${temperature}:`, p);
}

({ logits, sum: softmax(logits).reduce((a, b) => a + b, 0) })
