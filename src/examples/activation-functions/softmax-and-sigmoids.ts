// TypeScript twin of:  z = torch.tensor([2.0, 1.0, 0.1]); torch.softmax(z, 0); torch.sigmoid(z)
// Softmax shares one unit of probability among cat, dog and bird; sigmoids answer three separate questions.
import { sigmoid, softmax } from 's-curve/math';
import { formatTensor } from 's-curve/format';

const logits = [2, 1, 0.1];
const sum = (values: number[]): string => values.reduce((total, value) => total + value, 0).toFixed(4);

const p = softmax(logits);
const s = logits.map(sigmoid);
console.log(`softmax     ${formatTensor(p)}  sum ${sum(p)}`);
console.log(`sigmoids    ${formatTensor(s)}  sum ${sum(s)}`);

// Adding the same number to every logit: softmax does not move, every sigmoid does.
const shifted = logits.map((z) => z + 5);
console.log(`softmax +5  ${formatTensor(softmax(shifted))}`);
console.log(`sigmoid +5  ${formatTensor(shifted.map(sigmoid))}`);

// The temperature T divides the logits: small T sharpens, large T flattens.
for (const temperature of [0.5, 1, 5]) console.log(`T = ${temperature}:  ${formatTensor(softmax(logits, temperature))}`);
