// A gradient passing back through sigmoid layers (weights 1) is multiplied by σ'(z) at each layer, where
// σ'(z) = σ(z)(1 − σ(z)). Return the product of σ'(z) over the layers' inputs zs (an empty list gives 1).
export function slopeProduct(zs: number[]): number {
  let product = 1;
  for (const z of zs) {
    // Multiply by σ'(z) here.
  }
  return product;
}
