// Units in the last place: how far apart two doubles are, counted in representable doubles between them.

const view = new DataView(new ArrayBuffer(8));

// The double's position in the ordered line of all doubles (-0 and +0 share position 0).
function ordinal(x: number): bigint {
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  return bits < 0n ? -(bits & 0x7fff_ffff_ffff_ffffn) : bits;
}

// 0 for equal numbers (and for two NaNs), Infinity when exactly one is NaN.
export function ulpDistance(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  const gap = ordinal(a) - ordinal(b);
  return Number(gap < 0n ? -gap : gap);
}

// The next double up or down from x, by stepping the ordinal.
export function nextDouble(x: number, steps = 1): number {
  const target = ordinal(x) + BigInt(steps);
  view.setBigInt64(0, target < 0n ? -target | -0x8000_0000_0000_0000n : target);
  return view.getFloat64(0);
}
