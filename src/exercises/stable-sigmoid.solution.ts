// For each sign of x, a form whose exponential is e^(−|x|) ≤ 1, so it
// never overflows.
export function stableSigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
