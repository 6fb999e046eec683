// An LSTM's forget gate keeps the share σ(g) of its memory at each step: c_t = σ(g) · c_(t-1).
import { sigmoid } from 's-curve/math';
import { forgetGateMemory, gateHalfLife } from 's-curve/math';

for (const g of [-2, 0, 2, 5]) {
  const memory = forgetGateMemory(1, Array<number>(10).fill(g));
  const left = memory[memory.length - 1] ?? 0;
  console.log(`g = ${g}:  σ(g) = ${sigmoid(g).toFixed(4)},  memory after 10 steps ${left.toFixed(4)},  halved every ${gateHalfLife(g).toFixed(1)} steps`);
}
