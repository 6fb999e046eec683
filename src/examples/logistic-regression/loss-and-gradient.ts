// The mean cross-entropy and its gradient (1/n) Σ (σ(z) − y)·x,
// checked against a finite difference of the loss.
import {
  logisticLossGradient,
  meanLogisticLoss,
} from 's-curve/math';

const X = [[1, 2], [2, 0.5], [-1, -1], [0.5, -2]];
const y = [1, 1, 0, 0];
const w = [0.3, -0.2];
const b = 0.1;

const gradient = logisticLossGradient(w, b, X, y);
console.log(`loss = ${meanLogisticLoss(w, b, X, y).toFixed(6)}`);
const shown = gradient.weights.map((g) => g.toFixed(6));
console.log(`∂L/∂w = [${shown.join(', ')}]`);
console.log(`∂L/∂b = ${gradient.bias.toFixed(6)}`);

// (L(w1 + h) − L(w1 − h)) / 2h agrees with ∂L/∂w1 to about 10 digits.
const h = 1e-5;
const up = meanLogisticLoss([0.3 + h, -0.2], b, X, y);
const down = meanLogisticLoss([0.3 - h, -0.2], b, X, y);
console.log(`finite difference for w1 = ${((up - down) / (2 * h)).toFixed(6)}`);
