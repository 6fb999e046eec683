// Each sigmoid layer multiplies the gradient by σ'(z)·w, and σ'(z) is at most 1/4
// (at z = 0). With w = 1 the best case after n layers is 0.25^n; a unit away from
// z = 0 does worse.
import { sigmoidDerivative } from 's-curve/math';

for (const n of [1, 2, 5, 10]) {
  console.log(`best case after ${n} layers: 0.25^${n} = ${(0.25 ** n).toExponential(3)}`);
}

for (const z of [0, 2, 5]) {
  const factor = sigmoidDerivative(z);
  const after10 = (factor ** 10).toExponential(3);
  console.log(`z = ${z}: factor ${factor.toFixed(4)}, after 10 layers ${after10}`);
}
