// TypeScript twin of the PyTorch comparison on x = torch.tensor([-3., -1., 0., 1., 3.]):
//   torch.sigmoid(x), torch.tanh(x), F.relu(x), F.leaky_relu(x), F.silu(x), F.elu(x), F.gelu(x)
// and, below, the slope of each at the same points (what autograd's backward pass would multiply by).
import { activations } from 's-curve/math';
import { formatTensor } from 's-curve/format';

const x = [-3, -1, 0, 1, 3];
console.log('values');
for (const f of activations) console.log(`  ${f.name.padEnd(10)} ${formatTensor(x.map(f.value))}`);
console.log('slopes');
for (const f of activations) console.log(`  ${f.name.padEnd(10)} ${formatTensor(x.map(f.derivative))}`);
