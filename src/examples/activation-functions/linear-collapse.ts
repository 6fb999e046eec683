// Two layers with no activation between them are one straight line: v(wx + b) + c = (vw)x + (vb + c).
// Put ReLU between them and the same weights draw a bent line instead.
import { relu } from 's-curve/math';
import { collapseLinear, twoLayerOutput } from 's-curve/math';

// Two hidden units: h_j = f(w_j x + b_j), then y = v_1 h_1 + v_2 h_2 + c.
const net = { w: [2, -1], b: [1, 1], v: [1.5, 1], c: -1 };
const identity = (z: number): number => z;
const line = collapseLinear(net);

console.log(`without an activation: y = ${line.slope}x + ${line.intercept}, whatever the layers`);
for (const x of [-2, -1, 0, 1, 2]) {
  const linear = twoLayerOutput(net, identity, x);
  const bent = twoLayerOutput(net, relu, x);
  console.log(`x = ${x}:  two linear layers ${linear},  the single line ${line.slope * x + line.intercept},  with ReLU ${bent}`);
}
