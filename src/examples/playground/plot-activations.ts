// plot() draws a line chart under the cell. Try adding a series, or making one dashed.
import { relu, sigmoid, tanh } from 's-curve/math';

const x = Array.from({ length: 121 }, (_, i) => -6 + i / 10);

plot({
  title: 'Three activations',
  x,
  series: [
    { label: 'sigmoid', y: x.map(sigmoid) },
    { label: 'tanh', y: x.map(tanh) },
    { label: 'ReLU / 6', y: x.map((v) => relu(v) / 6), dashed: true },
  ],
});
