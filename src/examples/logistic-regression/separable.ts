// On data a line separates perfectly, the loss keeps falling as the
// weights grow, for ever: without a penalty gradient descent never
// settles. A small L2 penalty (λ/2)‖w‖² puts the minimum at a finite
// size.
import { makeBlobs } from 's-curve/math';
import { createLogisticTrainer } from 's-curve/math';

const { X, y } = makeBlobs({ n: 100, noise: 0.5, seed: 1 });

for (const l2 of [0, 0.01]) {
  const trainer = createLogisticTrainer(X, y, { learningRate: 1, l2 });
  const sizes = [100, 1000, 10000].map((total) => {
    const { weights, epoch } = trainer.step(total - trainer.state.epoch);
    return `${epoch}: ${Math.hypot(...weights).toFixed(2)}`;
  });
  console.log(`λ = ${l2}: ‖w‖ at step ${sizes.join(', ')}`);
}
