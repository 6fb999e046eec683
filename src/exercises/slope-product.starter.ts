// A gradient passing back through sigmoid layers (weights 1) is multiplied
// by σ'(z) at each layer. Return the product of σ'(z) over the layers'
// inputs zs (an empty list gives 1). This start multiplies by σ(z) only.
export function slopeProduct(zs: number[]): number {
  let product = 1;
  for (const z of zs) {
    const s = 1 / (1 + Math.exp(-z));
    product *= s;
  }
  return product;
}
