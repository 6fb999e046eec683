// Extra features for a linear classifier on two inputs (x1, x2): a product or squares let a straight boundary in
// the new space be a curve in the old one, which is how XOR and circles become separable.

/** Which features a point (x1, x2) is mapped to. */
export type FeatureMap = 'none' | 'product' | 'squares';

export const FEATURE_MAPS: readonly FeatureMap[] = ['none', 'product', 'squares'];

/** How many features each map gives. */
export function featureCount(map: FeatureMap): number {
  return map === 'none' ? 2 : map === 'product' ? 3 : 4;
}

// none: (x1, x2); product: (x1, x2, x1·x2); squares: (x1, x2, x1², x2²). Writes into `out` and returns it,
// so a caller filling a probability map for every pixel allocates nothing.
export function mapFeaturesInto(map: FeatureMap, x1: number, x2: number, out: number[]): number[] {
  out[0] = x1;
  out[1] = x2;
  if (map === 'product') out[2] = x1 * x2;
  if (map === 'squares') {
    out[2] = x1 * x1;
    out[3] = x2 * x2;
  }
  out.length = featureCount(map);
  return out;
}

/** The feature row of one point. */
export function mapFeatures(map: FeatureMap, x1: number, x2: number): number[] {
  return mapFeaturesInto(map, x1, x2, []);
}

/** Every row [x1, x2] of X mapped; rows must have two entries. */
export function mapRows(map: FeatureMap, X: readonly (readonly number[])[]): number[][] {
  return X.map((row, i) => {
    if (row.length !== 2) throw new Error(`Row ${i} has ${row.length} entries; feature maps need exactly two (x1, x2).`);
    return mapFeatures(map, row[0] as number, row[1] as number);
  });
}
