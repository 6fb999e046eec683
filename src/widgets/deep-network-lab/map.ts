// The decision map as pixels and as words: each lattice node tinted towards the class the network predicts there
// (by how sure it is), and a summary by ninths of the square for readers who cannot see it. Pure.
import { formatFixed } from '../../lib/format.ts';
import { lesson4Widgets } from '../../strings/en/lesson4-widgets.ts';

const text = lesson4Widgets.deepNetworkLab.map;

export type Rgb = readonly [number, number, number];

export interface MapColours {
  /** Where p = 0.5. */
  base: Rgb;
  zero: Rgb;
  one: Rgb;
}

/** How far towards a class colour a certain (p = 0 or 1) node is tinted. */
export const TINT = 0.5;
/** Predictions all within this of 0.5 read as "unsure everywhere". */
export const UNSURE = 0.1;

/** One RGBA pixel per node into `out`: the base colour tinted towards the favoured class by |2p − 1|. */
export function shadeMap(probabilities: ArrayLike<number>, colours: MapColours, out: Uint8ClampedArray): Uint8ClampedArray {
  for (let k = 0; k < probabilities.length; k++) {
    const p = probabilities[k]!;
    // A non-finite output (diverged weights) is drawn as the neutral base colour.
    const sure = Number.isFinite(p) ? Math.abs(2 * p - 1) * TINT : 0;
    const target = p >= 0.5 ? colours.one : colours.zero;
    for (let c = 0; c < 3; c++) out[4 * k + c] = colours.base[c]! + (target[c]! - colours.base[c]!) * sure;
    out[4 * k + 3] = 255;
  }
  return out;
}

/** Reads a colour token written #rgb or #rrggbb (as the site's tokens are); anything else gives null. */
export function parseHexColour(value: string): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (match === null) return null;
  const hex = match[1]!;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  return [0, 2, 4].map((offset) => Number.parseInt(full.slice(offset, offset + 2), 16)) as unknown as Rgb;
}

/** Mean p in each ninth of the map: regions[row][column], row 0 at the top. */
export function regionMeans(probabilities: ArrayLike<number>, nodes: number): number[][] {
  const sums = Array.from({ length: 3 }, () => [0, 0, 0]);
  const counts = Array.from({ length: 3 }, () => [0, 0, 0]);
  for (let j = 0; j < nodes; j++) {
    const row = Math.min(2, Math.floor((3 * j) / nodes));
    for (let i = 0; i < nodes; i++) {
      const p = probabilities[j * nodes + i]!;
      if (!Number.isFinite(p)) continue;
      const column = Math.min(2, Math.floor((3 * i) / nodes));
      sums[row]![column]! += p;
      counts[row]![column]! += 1;
    }
  }
  return sums.map((row, r) => row.map((sum, c) => (counts[r]![c]! > 0 ? sum / counts[r]![c]! : 0.5)));
}

/** The table of ninths: "class 1 (p = 0.93)" per cell. */
export function regionTable(probabilities: ArrayLike<number>, nodes: number): string[][] {
  return regionMeans(probabilities, nodes).map((row) => row.map((p) => text.cell(p >= 0.5 ? 1 : 0, formatFixed(p, 2))));
}

/** One sentence on the map: unsure everywhere, or the share of the square given to class 1. */
export function describeMap(probabilities: ArrayLike<number>): string {
  let low = Infinity;
  let high = -Infinity;
  let ones = 0;
  let finite = 0;
  for (let k = 0; k < probabilities.length; k++) {
    const p = probabilities[k]!;
    if (!Number.isFinite(p)) continue;
    finite += 1;
    low = Math.min(low, p);
    high = Math.max(high, p);
    if (p >= 0.5) ones += 1;
  }
  if (finite === 0) return text.unsure('0.5', '0.5');
  if (high - 0.5 <= UNSURE && 0.5 - low <= UNSURE) return text.unsure(formatFixed(low, 2), formatFixed(high, 2));
  return text.split(formatFixed((100 * ones) / finite, 0));
}
