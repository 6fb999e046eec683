// A ReLU unit whose input z = w·x + b is negative for every example passes back a slope of 0 every time,
// so its weights never change again: the unit has died. Leaky ReLU keeps a slope of 0.01 instead.
import { leakyReluDerivative, relu, reluDerivative } from 's-curve/math';

// A large negative bias, as one bad update can leave it.
const w = 0.5;
const b = -10;
for (const x of [-3, -1, 0, 1, 3]) {
  const z = w * x + b;
  console.log(`x = ${x}:  z = ${z},  ReLU(z) = ${relu(z)},  ReLU'(z) = ${reluDerivative(z)},  leaky ReLU'(z) = ${leakyReluDerivative(z)}`);
}
