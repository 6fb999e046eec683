// A chain of six sigmoid units, one per layer. Backpropagation's gradient for each
// layer's weight, then the first one again, written out by the chain rule as a
// product of one factor per layer.
import { sigmoid, sigmoidDerivative } from 's-curve/math';
import { networkGradients } from 's-curve/math';

const depth = 6; // five hidden layers and the output unit
const w = 1; // every weight; every bias is 0
const x = 1;
const y = 1;
const network = {
  hiddenActivation: 'sigmoid' as const,
  layers: Array.from({ length: depth }, () => ({ weights: [[w]], biases: [0] })),
};

const { layers } = networkGradients(network, [[x]], [y]);
layers.forEach((layer, l) => {
  const dw = layer.weightGradients[0]![0]!;
  console.log(`layer ${l + 1}: dL/dw = ${dw.toExponential(4)}`);
});

// By hand: z_l = w·h_(l-1), h_l = σ(z_l), and
// dL/dw_1 = (p - y)·x·(product over l = 2..6 of w·σ'(z_(l-1))).
const z: number[] = [];
let h = x;
for (let l = 0; l < depth; l++) {
  z.push(w * h);
  h = sigmoid(z[l]!);
}
let product = (h - y) * x;
for (let l = 1; l < depth; l++) product *= w * sigmoidDerivative(z[l - 1]!);
console.log(`chain rule by hand: dL/dw_1 = ${product.toExponential(4)}`);
