// A cell to play in: change anything, then press Run (or Ctrl+Enter). The value of the last line is shown too.
import { sigmoid } from 's-curve/math';

const inputs = [-4, -2, 0, 2, 4];
for (const x of inputs) console.log(`σ(${x}) = ${sigmoid(x).toFixed(4)}`);

inputs.map(sigmoid)
