// How large the first weights are drawn, and what that does to nine ReLU layers of
// 8 units before any training: the spread (standard deviation) of each hidden
// layer's activations on the 400 XOR points.
import { makeXor } from 's-curve/math';
import { createNetwork } from 's-curve/math';
import { createTrainer } from 's-curve/math';

const fanIn = 8;
const fanOut = 8;
const xavier = Math.sqrt(6 / (fanIn + fanOut));
console.log(`Xavier (Glorot) uniform limit √(6 / (fan_in + fan_out)) = ${xavier.toFixed(4)}`);
console.log(`He standard deviation √(2 / fan_in) = ${Math.sqrt(2 / fanIn).toFixed(4)}`);

const data = makeXor({ n: 400, seed: 1 });
for (const init of ['normal', 'xavier', 'he'] as const) {
  const config = { inputSize: 2, hiddenLayers: 9, width: 8, activation: 'relu', init, seed: 1 } as const;
  const trainer = createTrainer(createNetwork(config), data, { name: 'sgd', learningRate: 0.01 });
  const spreads = trainer.activationStats().map((layer) => layer.std.toPrecision(2));
  console.log(`${init.padEnd(6)} spread of each hidden layer: ${spreads.join(' ')}`);
}
