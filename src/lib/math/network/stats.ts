// What the lab shows after each step: the size of each layer's weight gradient, and how a hidden layer's
// activations are spread (mean, spread, saturated or dead share, histogram).
import { activationFunctions } from './activation-table.ts';
import { layerCount } from './layout.ts';
import type { FlatNetwork, HiddenActivation } from './types.ts';

/**
 * An activation counts as saturated when it lies within this share of the function's range of a limit:
 * σ below 0.02 or above 0.98, tanh beyond ±0.96. Either way the slope there is under 8% of its peak.
 */
export const SATURATION_MARGIN = 0.02;

export interface ActivationStats {
  mean: number;
  std: number;
  /** Share of activations near a limit (sigmoid, tanh), else null. */
  saturated: number | null;
  /** Share of units that output exactly 0 for every example of the batch (relu), else null. */
  dead: number | null;
}

/** Numbers written per layer by measureActivations: mean, std, saturated, dead (NaN when not defined). */
export const STATS_STRIDE = 4;

// ‖∂L/∂W_l‖₂ = √(Σ g²) over layer l's weights (biases left out), for every layer, into out.
export function weightGradientNorms(network: FlatNetwork, gradients: Float64Array, out: Float64Array): void {
  for (let l = 0; l < layerCount(network); l++) {
    const start = network.weightOffsets[l]!;
    const end = network.biasOffsets[l]!;
    let sum = 0;
    for (let k = start; k < end; k++) sum += gradients[k]! * gradients[k]!;
    out[l] = Math.sqrt(sum);
  }
}

// Share of values within SATURATION_MARGIN·(high − low) of either limit.
function saturatedShare(values: Float64Array, count: number, low: number, high: number): number {
  const margin = SATURATION_MARGIN * (high - low);
  let saturated = 0;
  for (let k = 0; k < count; k++) if (values[k]! - low < margin || high - values[k]! < margin) saturated++;
  return saturated / count;
}

// Share of the width units whose value is 0 in all rows (unit j of row b at j·rows + b).
function deadShare(values: Float64Array, rows: number, width: number): number {
  let dead = 0;
  for (let j = 0; j < width; j++) {
    let alive = false;
    for (let b = 0; b < rows && !alive; b++) alive = values[j * rows + b] !== 0;
    if (!alive) dead++;
  }
  return dead / width;
}

/** Writes mean, std, saturated and dead of rows × width activations into out[offset..offset+3]. */
export function measureActivations(
  values: Float64Array, rows: number, width: number, activation: HiddenActivation, out: Float64Array, offset: number,
): void {
  const count = rows * width;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += values[k]!;
  const mean = sum / count;
  // Two passes: Σ(h − mean)² avoids the cancellation in E[h²] − E[h]².
  let squares = 0;
  for (let k = 0; k < count; k++) squares += (values[k]! - mean) ** 2;
  const limits = activationFunctions[activation].limits;
  out[offset] = mean;
  out[offset + 1] = Math.sqrt(squares / count);
  out[offset + 2] = limits === null ? Number.NaN : saturatedShare(values, count, limits[0], limits[1]);
  out[offset + 3] = activation === 'relu' ? deadShare(values, rows, width) : Number.NaN;
}

/** The stats that measureActivations wrote at offset, as an object. */
export function readActivationStats(buffer: Float64Array, offset: number): ActivationStats {
  const nullIfNaN = (value: number): number | null => (Number.isNaN(value) ? null : value);
  return {
    mean: buffer[offset]!,
    std: buffer[offset + 1]!,
    saturated: nullIfNaN(buffer[offset + 2]!),
    dead: nullIfNaN(buffer[offset + 3]!),
  };
}

export interface Histogram {
  /** bins + 1 bin edges, from low to high. */
  edges: number[];
  counts: number[];
}

/** Counts of the first `count` values in `bins` equal bins over [low, high]; values outside go to the end bins. */
export function histogram(values: ArrayLike<number>, bins: number, low: number, high: number, count = values.length): Histogram {
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`bins must be a positive integer, got ${bins}.`);
  if (!Number.isFinite(low) || !Number.isFinite(high) || high < low) throw new Error(`Histogram range [${low}, ${high}] is not valid.`);
  // A range too narrow for `bins` bins of a representable width (0 to 5e-324, say) is widened like a single value.
  if (high === low || (high - low) / bins === 0) {
    low -= 0.5;
    high += 0.5;
  }
  // Positions are measured in half-widths from halved values, so a span beyond the largest double (-1e308 to
  // 1e308) still divides into finite bins; for any other span this gives the same bits as (v − low)/width.
  const half = (high / 2 - low / 2) / bins;
  const width = 2 * half;
  const counts = new Array<number>(bins).fill(0);
  for (let k = 0; k < count; k++) {
    const position = (values[k]! / 2 - low / 2) / half;
    // Below range and NaN go to the first bin, above range and the top edge to the last.
    const bin = position >= 0 ? Math.min(bins - 1, Math.floor(position)) : 0;
    counts[bin]! += 1;
  }
  const wide = !Number.isFinite(high - low);
  const edge = (e: number): number => (e === bins ? high : wide ? low + e * half + e * half : low + e * width);
  return { edges: Array.from({ length: bins + 1 }, (_, e) => edge(e)), counts };
}

/** The natural axis for an activation's histogram: its range if bounded, else the data's own extent. */
export function activationRange(activation: HiddenActivation, values: ArrayLike<number>, count = values.length): [number, number] {
  const limits = activationFunctions[activation].limits;
  if (limits !== null) return [limits[0], limits[1]];
  let low = Infinity;
  let high = -Infinity;
  for (let k = 0; k < count; k++) {
    low = Math.min(low, values[k]!);
    high = Math.max(high, values[k]!);
  }
  return count === 0 ? [0, 1] : [low, high];
}
