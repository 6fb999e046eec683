// The mirror image: when each layer's factor f'(z)·w is above 1, the product grows
// instead of shrinking.
import { sigmoidDerivative, tanhDerivative } from 's-curve/math';

for (const w of [1, 4, 5]) {
  const factor = sigmoidDerivative(0) * w;
  const after10 = (factor ** 10).toPrecision(4);
  console.log(`sigmoid, z = 0, w = ${w}: factor ${factor}, after 10 layers ${after10}`);
}
const factor = tanhDerivative(0) * 2;
console.log(`tanh, z = 0, w = 2: factor ${factor}, after 10 layers ${factor ** 10}`);
