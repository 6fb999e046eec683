// The slope σ'(x) = σ(x)(1 - σ(x)): largest at 0, where it is exactly 1/4, and tiny in the tails.
import { sigmoid, sigmoidDerivative } from 's-curve/math';

for (const x of [0, 1, 2, 5, 10, 40]) {
  const s = sigmoid(x);
  console.log(`x = ${x}:  σ(x) = ${s.toFixed(6)},  σ'(x) = ${sigmoidDerivative(x).toExponential(4)}`);
}
