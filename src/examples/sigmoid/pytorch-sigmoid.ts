// TypeScript twin of the PyTorch example:
//   print(nn.Sigmoid()(torch.tensor([-5.0, -1.0, 0.0, 1.0, 5.0])))
//   logits = torch.tensor([0.1, -2.5, 4.0]); print(torch.sigmoid(logits))
import { sigmoid } from 's-curve/math';
import { formatTensor } from 's-curve/format';

const inputs = [-5, -1, 0, 1, 5];
console.log(formatTensor(inputs.map(sigmoid)));

const logits = [0.1, -2.5, 4.0];
console.log(formatTensor(logits.map(sigmoid)));
