// The lesson's experiment, one update in: the size of every layer's weight gradient
// for 9 sigmoid layers and for 1, on the same 400 XOR points with the same seed.
import { PRESETS, presetTrainer } from 's-curve/math';

for (const name of ['deepSigmoid', 'shallowSigmoid'] as const) {
  const { trainer } = presetTrainer(PRESETS[name]);
  trainer.step(1);
  const norms = trainer.gradientNorms();
  console.log(`${PRESETS[name].label}:`);
  norms.forEach((norm, l) => {
    const layer = l + 1 < norms.length ? `hidden layer ${l + 1}` : 'output layer  ';
    console.log(`  ${layer}: ${norm.toExponential(2)}`);
  });
  const ratio = norms[norms.length - 1]! / norms[0]!;
  console.log(`  output layer / hidden layer 1 = ${ratio.toExponential(2)}`);
}
