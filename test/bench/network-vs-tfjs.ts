// Times 1,000 epochs of full-batch gradient descent on the 9-hidden-layer, 8-unit sigmoid network (400 XOR
// points) with this engine and with TensorFlow.js on its CPU backend, from the same data and initial weights.
// The two alternate in rounds so that load from other processes falls on both alike. Prints wall-clock and CPU
// times, epochs per second, the ratio of each and both final losses; it never fails on time.
// `node test/bench/network-vs-tfjs.ts --runs 5` repeats the whole comparison (fresh networks each time) and adds
// the median and range of the ratios.
import * as tf from '@tensorflow/tfjs';
import { makeXor } from '../../src/lib/math/datasets.ts';
import { cloneNetwork, createNetwork, createTrainer, toNetworkObject } from '../../src/lib/math/network/index.ts';

const EPOCHS = 1000;
const ROUNDS = 10;
const RUNS = Math.max(1, Number(process.argv[process.argv.indexOf('--runs') + 1]) || 1);
const LEARNING_RATE = 0.5;
const config = { inputSize: 2, hiddenLayers: 9, width: 8, activation: 'sigmoid', init: 'uniform', seed: 1 } as const;
const data = makeXor({ n: 400, seed: 1 });
const initial = createNetwork(config);

interface Contender {
  /** Runs `epochs` more epochs. */
  train(epochs: number): void;
  /** Mean loss on the data with the current weights. */
  loss(): number;
}

function engineContender(): Contender {
  const trainer = createTrainer(cloneNetwork(initial), data, { name: 'sgd', learningRate: LEARNING_RATE });
  return { train: (epochs) => trainer.step(epochs), loss: () => trainer.evaluate().loss };
}

function tfjsContender(): Contender {
  const x = tf.tensor2d(data.X);
  const labels = tf.tensor2d(data.y, [data.y.length, 1]);
  // tf.matMul(h, W) wants W as [inputs, outputs], the transpose of the engine's rows-are-outputs layout.
  const layers = toNetworkObject(initial).layers.map((layer) => ({
    weights: tf.variable(tf.tensor2d(layer.weights).transpose()),
    biases: tf.variable(tf.tensor1d(layer.biases)),
  }));
  const logits = (): tf.Tensor => layers.reduce<tf.Tensor>((h, layer, l) => {
    const z = tf.add(tf.matMul(h, layer.weights), layer.biases);
    return l + 1 < layers.length ? tf.sigmoid(z) : z;
  }, x);
  // Mean BCE from logits in the same stable form as the engine: max(z, 0) − z·y + log(1 + e^−|z|).
  const loss = (): tf.Scalar => tf.tidy(() => {
    const z = logits();
    return tf.mean(tf.add(tf.sub(tf.relu(z), tf.mul(z, labels)), tf.log1p(tf.exp(tf.neg(tf.abs(z)))))) as tf.Scalar;
  });
  const optimizer = tf.train.sgd(LEARNING_RATE);
  return {
    // The CPU backend runs each kernel synchronously, so the time is spent inside this loop.
    train: (epochs) => { for (let epoch = 0; epoch < epochs; epoch++) optimizer.minimize(loss, false); },
    loss: () => tf.tidy(() => loss().dataSync()[0]!),
  };
}

await tf.setBackend('cpu');
await tf.ready();

type Name = 'engine' | 'tfjs';
interface Times { wall: number; cpu: number }

// One full comparison: fresh contenders from the same initial weights, alternating rounds, wall and CPU seconds.
function compare(run: number): { wall: number; cpu: number } {
  const contenders = { engine: engineContender(), tfjs: tfjsContender() };
  const startLoss = { engine: contenders.engine.loss(), tfjs: contenders.tfjs.loss() };
  const seconds: Record<Name, Times> = { engine: { wall: 0, cpu: 0 }, tfjs: { wall: 0, cpu: 0 } };
  for (let round = 0; round < ROUNDS; round++) {
    // Who goes first alternates too, so neither always runs right after the other's garbage.
    const order: Name[] = round % 2 === 0 ? ['engine', 'tfjs'] : ['tfjs', 'engine'];
    for (const name of order) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      contenders[name].train(EPOCHS / ROUNDS);
      seconds[name].wall += (performance.now() - start) / 1000;
      const cpu = process.cpuUsage(cpuStart);
      seconds[name].cpu += (cpu.user + cpu.system) / 1e6;
    }
  }
  const finalLoss = { engine: contenders.engine.loss(), tfjs: contenders.tfjs.loss() };
  const row = (label: string, name: Name): string =>
    `${label.padEnd(19)} wall ${seconds[name].wall.toFixed(2).padStart(6)} s ${(EPOCHS / seconds[name].wall).toFixed(0).padStart(5)} epochs/s` +
    `   cpu ${seconds[name].cpu.toFixed(2).padStart(6)} s   loss ${startLoss[name].toFixed(7)} → ${finalLoss[name].toFixed(7)}`;
  const ratio = { wall: seconds.tfjs.wall / seconds.engine.wall, cpu: seconds.tfjs.cpu / seconds.engine.cpu };
  console.log(`run ${run + 1} of ${RUNS}`);
  console.log(row('engine (float64)', 'engine'));
  console.log(row('tfjs cpu (float32)', 'tfjs'));
  console.log(`engine speed-up over tfjs cpu: ${ratio.wall.toFixed(1)}× wall-clock (${ratio.cpu.toFixed(1)}× CPU time); goal ≥ 10×`);
  const difference = Math.abs(finalLoss.engine - finalLoss.tfjs);
  // tfjs computes in float32 (unit roundoff 6e-8), so 1e-6 allows for rounding building up over the run.
  console.log(`|final loss difference|: ${difference.toExponential(2)}; within 1e-6: ${difference <= 1e-6 ? 'yes' : 'NO'}`);
  return ratio;
}

console.log(`network-vs-tfjs: 9 × 8 sigmoid network, ${data.X.length} XOR points, ${EPOCHS} epochs of full-batch SGD (η = ${LEARNING_RATE}), ${ROUNDS} alternating rounds`);
const ratios = Array.from({ length: RUNS }, (_, run) => compare(run));
if (RUNS > 1) {
  const summary = (values: number[]): string => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length / 2;
    const median = sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    return `median ${median.toFixed(1)}×, range ${sorted[0]!.toFixed(1)}–${sorted[sorted.length - 1]!.toFixed(1)}×`;
  };
  console.log(`over ${RUNS} runs: wall-clock ${summary(ratios.map((r) => r.wall))}; CPU time ${summary(ratios.map((r) => r.cpu))}`);
}
