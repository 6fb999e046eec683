// Subtracting the largest logit changes nothing (it cancels in the ratio)
// and keeps every exponential ≤ 1.
export function mySoftmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}
