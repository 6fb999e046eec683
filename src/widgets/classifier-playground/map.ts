// The probability map, pure: the model's logit z on a grid of nodes over the domain, shaded into RGBA pixels, and
// the decision boundary z = 0 traced through the grid (marching squares). Nothing here touches the DOM.
import { sigmoid } from '../../lib/math/activations.ts';
import { linearPredictor } from '../../lib/math/logistic-regression.ts';
import { mapFeaturesInto, type FeatureMap } from '../../lib/math/features.ts';
import type { Domain } from './model.ts';

/** A model as the map draws it: weights for the features of `feature`, and a bias. */
export interface MapModel {
  weights: readonly number[];
  bias: number;
  feature: FeatureMap;
}

export type Rgb = readonly [number, number, number];

export interface MapColours {
  /** Where p = 0.5: the page's surface colour. */
  base: Rgb;
  zero: Rgb;
  one: Rgb;
}

/** Nodes per side: 65 nodes make 64 cells, fine enough that the scaled-up image and the traced line look smooth. */
export const NODES = 65;
/** How far towards a class colour a certain (p = 0 or 1) node is tinted. */
export const TINT = 0.55;

/** x₁ of node column i and x₂ of node row j (row 0 at the top, where x₂ is largest). */
export function nodeX1(domain: Domain, i: number, nodes = NODES): number {
  return domain.min1 + ((domain.max1 - domain.min1) * i) / (nodes - 1);
}

export function nodeX2(domain: Domain, j: number, nodes = NODES): number {
  return domain.max2 - ((domain.max2 - domain.min2) * j) / (nodes - 1);
}

/** z = w·φ(x) + b at every node, row by row, into `out` (length nodes²). */
export function fillLogits(model: MapModel, domain: Domain, out: Float64Array, nodes = NODES): Float64Array {
  const features: number[] = [];
  for (let j = 0; j < nodes; j++) {
    const x2 = nodeX2(domain, j, nodes);
    for (let i = 0; i < nodes; i++) {
      out[j * nodes + i] = linearPredictor(model.weights, model.bias, mapFeaturesInto(model.feature, nodeX1(domain, i, nodes), x2, features));
    }
  }
  return out;
}

/** One pixel per node: the base colour tinted towards the class the model favours, by how sure it is, |2p − 1|. */
export function shadeLogits(logits: Float64Array, colours: MapColours, out: Uint8ClampedArray): Uint8ClampedArray {
  for (let k = 0; k < logits.length; k++) {
    const p = sigmoid(logits[k] as number);
    const target = p >= 0.5 ? colours.one : colours.zero;
    const t = Math.abs(2 * p - 1) * TINT;
    for (let c = 0; c < 3; c++) {
      const base = colours.base[c] as number;
      out[4 * k + c] = base + ((target[c] as number) - base) * t;
    }
    out[4 * k + 3] = 255;
  }
  return out;
}

/**
 * The boundary z = 0 as line segments in data coordinates, flat: [x1, x2, x1', x2', ...]. Each grid cell whose
 * corners differ in sign gets one segment (two in a saddle, paired by the sign of the cell's mean). Where z is
 * linear in x (no extra feature) the interpolation is exact, so the segments lie on the true line.
 * It runs every animation frame, so it allocates nothing per cell and skips cells without a crossing at once.
 */
export function boundarySegments(logits: Float64Array, domain: Domain, nodes = NODES): number[] {
  const segments: number[] = [];
  const dx = (domain.max1 - domain.min1) / (nodes - 1);
  const dy = (domain.max2 - domain.min2) / (nodes - 1);
  // Crossing points on the cell's four edges, in the order top, right, bottom, left (x1, x2 pairs).
  const hits = new Float64Array(8);
  const found = [false, false, false, false];
  for (let j = 0; j < nodes - 1; j++) {
    for (let i = 0; i < nodes - 1; i++) {
      const topLeft = logits[j * nodes + i] as number;
      const topRight = logits[j * nodes + i + 1] as number;
      const bottomRight = logits[(j + 1) * nodes + i + 1] as number;
      const bottomLeft = logits[(j + 1) * nodes + i] as number;
      const a = topLeft >= 0;
      const b = topRight >= 0;
      const c = bottomRight >= 0;
      const d = bottomLeft >= 0;
      if (a === b && b === c && c === d) continue;
      const left = domain.min1 + i * dx;
      const top = domain.max2 - j * dy;
      // z crosses 0 at the fraction z₀ / (z₀ − z₁) of the way along an edge from z₀ to z₁.
      found[0] = a !== b;
      if (found[0]) (hits[0] = left + (topLeft / (topLeft - topRight)) * dx), (hits[1] = top);
      found[1] = b !== c;
      if (found[1]) (hits[2] = left + dx), (hits[3] = top - (topRight / (topRight - bottomRight)) * dy);
      found[2] = c !== d;
      if (found[2]) (hits[4] = left + dx - (bottomRight / (bottomRight - bottomLeft)) * dx), (hits[5] = top - dy);
      found[3] = d !== a;
      if (found[3]) (hits[6] = left), (hits[7] = top - dy + (bottomLeft / (bottomLeft - topLeft)) * dy);
      if (found[0] && found[1] && found[2] && found[3]) {
        // A saddle (top-left and bottom-right share a sign). If the cell's mean has their sign too, they are
        // joined through the middle and the line cuts off the other two corners; otherwise it cuts off these.
        const joined = (topLeft + topRight + bottomRight + bottomLeft >= 0) === a;
        const order = joined ? [0, 1, 2, 3] : [3, 0, 1, 2];
        for (const edge of order) segments.push(hits[2 * edge] as number, hits[2 * edge + 1] as number);
        continue;
      }
      for (let edge = 0; edge < 4; edge++) if (found[edge]) segments.push(hits[2 * edge] as number, hits[2 * edge + 1] as number);
    }
  }
  return segments;
}

/** Reads a CSS colour token written as #rgb or #rrggbb (as the site's tokens are); anything else gives null. */
export function parseHexColour(text: string): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (match === null) return null;
  const hex = match[1] as string;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  const channel = (offset: number): number => Number.parseInt(full.slice(offset, offset + 2), 16);
  return [channel(0), channel(2), channel(4)];
}
