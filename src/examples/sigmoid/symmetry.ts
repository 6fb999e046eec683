// σ(0) is one half, and σ(-x) is 1 - σ(x): the curve is symmetric about the point (0, 0.5).
import { sigmoid } from 's-curve/math';

console.log('σ(0) =', sigmoid(0));
for (const x of [0.5, 2, 7]) {
  console.log(`x = ${x}:  σ(-x) = ${sigmoid(-x).toFixed(6)},  1 - σ(x) = ${(1 - sigmoid(x)).toFixed(6)}`);
}
