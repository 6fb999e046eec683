// Gradient descent on the study-hours data at three learning rates, in
// the original units (no standardising), so the rates mean what they
// say: too small crawls, about right converges, too large oscillates.
import { makeStudyHours } from 's-curve/math';
import { createLogisticTrainer } from 's-curve/math';

const { X, y } = makeStudyHours({ n: 20, seed: 6 });
const steps = [0, 1, 2, 3, 10, 50, 200];
const column = (text: string) => text.padStart(7);

console.log(`steps    ${steps.map((k) => column(String(k))).join('')}`);
for (const learningRate of [0.01, 0.3, 3]) {
  const options = { learningRate, standardize: false };
  const { lossHistory } = createLogisticTrainer(X, y, options).step(200);
  const losses = steps.map((k) => column((lossHistory[k] ?? 0).toFixed(3)));
  console.log(`η = ${String(learningRate).padEnd(5)}${losses.join('')}`);
}
