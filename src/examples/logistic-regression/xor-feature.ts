// XOR: no straight line separates the quadrants, but add the feature
// x1·x2 and one does.
import { makeXor } from 's-curve/math';
import { mapRows } from 's-curve/math';
import {
  fitLogisticRegression,
  predictProbability,
} from 's-curve/math';
import { accuracy } from 's-curve/math';

const { X, y } = makeXor({ n: 200, noise: 0, seed: 4 });

for (const map of ['none', 'product'] as const) {
  const rows = mapRows(map, X);
  const { weights, bias } = fitLogisticRegression(rows, y, { l2: 0.01 });
  const p = rows.map((row) => predictProbability(weights, bias, row));
  const names = map === 'none' ? 'x1, x2' : 'x1, x2, x1·x2';
  const percent = (100 * accuracy(p, y)).toFixed(0);
  console.log(`${names.padEnd(13)} accuracy ${percent} %`);
  const shown = weights.map((v) => v.toFixed(2)).join(', ');
  console.log(`${''.padEnd(13)} w = [${shown}]`);
}
