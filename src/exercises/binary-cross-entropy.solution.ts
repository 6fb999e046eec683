// A term whose coefficient is 0 is skipped, so 0 · log 0 never becomes 0 ·
// (−∞) = NaN; log1p(−p) keeps small p exact.
export function bce(p: number, y: number): number {
  let loss = 0;
  if (y !== 0) loss -= y * Math.log(p);
  if (y !== 1) loss -= (1 - y) * Math.log1p(-p);
  return loss;
}
