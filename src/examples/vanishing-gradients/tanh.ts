// tanh is a stretched, shifted sigmoid, tanh(x) = 2σ(2x) − 1, so its slope at 0 is
// 1 rather than 1/4; but its tails are just as flat.
import { sigmoid, sigmoidDerivative, tanh, tanhDerivative } from 's-curve/math';

console.log(`tanh(0.7) = ${tanh(0.7).toFixed(6)}, 2σ(1.4) − 1 = ${(2 * sigmoid(1.4) - 1).toFixed(6)}`);
for (const z of [0, 1, 2, 3, 5]) {
  const slopes = `σ'(z) = ${sigmoidDerivative(z).toFixed(4)}, tanh'(z) = ${tanhDerivative(z).toFixed(4)}`;
  console.log(`z = ${z}: ${slopes}`);
}
