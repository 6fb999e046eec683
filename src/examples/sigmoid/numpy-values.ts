// TypeScript twin of the NumPy example:
//   def sigmoid(x): return 1 / (1 + np.exp(-x))
//   print(sigmoid(10)); print(sigmoid(0)); print(sigmoid(-10))
import { sigmoid } from 's-curve/math';
import { formatPythonFloat } from 's-curve/format';

for (const x of [10, 0, -10]) {
  console.log(formatPythonFloat(sigmoid(x)));
}
