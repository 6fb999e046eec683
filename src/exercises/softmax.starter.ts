// softmax(z)ᵢ = e^(zᵢ) / Σⱼ e^(zⱼ). This version is the formula as
// written; it breaks on large logits such as [1000, 1000]. Make it work
// for any finite logits.
export function mySoftmax(logits: number[]): number[] {
  const exps = logits.map((z) => Math.exp(z));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}
