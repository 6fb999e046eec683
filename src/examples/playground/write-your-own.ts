// Write your own: define a function, test it, time it. Errors show the line and column where they happened,
// and code that runs longer than 3 seconds is stopped.
function sigmoidSlow(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

console.time('a million calls');
let total = 0;
for (let i = 0; i < 1_000_000; i++) total += sigmoidSlow((i % 200) / 10 - 10);
console.timeEnd('a million calls');

total / 1_000_000
