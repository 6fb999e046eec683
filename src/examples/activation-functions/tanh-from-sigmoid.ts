// tanh is the sigmoid stretched to (-1, 1) and centred at 0: tanh(x) = 2σ(2x) - 1.
import { sigmoid, tanh } from 's-curve/math';

for (const x of [-3, -1, 0, 0.5, 2]) {
  console.log(`x = ${x}:  tanh(x) = ${tanh(x).toFixed(6)},  2σ(2x) - 1 = ${(2 * sigmoid(2 * x) - 1).toFixed(6)}`);
}
