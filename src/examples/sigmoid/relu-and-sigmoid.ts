// TypeScript twin of the PyTorch comparison on [-2, 0, 2]:
//   print(torch.relu(x)); print(torch.sigmoid(x))
import { relu, sigmoid } from 's-curve/math';
import { formatArray } from 's-curve/format';

const x = [-2, 0, 2];
console.log('ReLU:   ', formatArray(x.map(relu), 0));
console.log('sigmoid:', formatArray(x.map(sigmoid), 4));
