// σ'(z) = e^(−|z|) / (1 + e^(−|z|))², the stable form of σ(z)(1 − σ(z));
// the product shrinks by at least 4× a layer.
export function slopeProduct(zs: number[]): number {
  let product = 1;
  for (const z of zs) {
    const e = Math.exp(-Math.abs(z));
    product *= e / (1 + e) ** 2;
  }
  return product;
}
