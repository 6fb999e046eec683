// σ(x) = eˣ / (1 + eˣ) is right on paper, but try it at x = 1000. Make it
// survive every x.
export function stableSigmoid(x: number): number {
  return Math.exp(x) / (1 + Math.exp(x));
}
