// The same nine layers with ReLU and He initialisation, and a sigmoid only at the
// output. One update in, the first layer's gradient is no longer millions of times
// smaller than the output layer's.
import { PRESETS, presetTrainer } from 's-curve/math';
import { reluDerivative } from 's-curve/math';

console.log(`ReLU'(z) for z = -1, 0.5, 3: ${[-1, 0.5, 3].map(reluDerivative).join(', ')}`);

const { trainer } = presetTrainer(PRESETS.deepRelu);
trainer.step(1);
const norms = trainer.gradientNorms();
norms.forEach((norm, l) => {
  const layer = l + 1 < norms.length ? `hidden layer ${l + 1}` : 'output layer  ';
  console.log(`${layer}: ${norm.toExponential(2)}`);
});
const ratio = norms[norms.length - 1]! / norms[0]!;
console.log(`output layer / hidden layer 1 = ${ratio.toFixed(2)}`);
const dead = trainer.activationStats().map((stats) => (stats.dead ?? 0).toFixed(2));
console.log(`share of dead units per hidden layer: ${dead.join(' ')}`);
