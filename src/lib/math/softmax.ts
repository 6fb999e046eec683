// Softmax and its relatives over a vector of logits, stable for any doubles: the largest logit is
// subtracted first so exp never overflows, and infinite logits give the limiting distribution.

// The largest entry and where it is; NaN if any entry is NaN (index -1 for an empty vector).
function argMax(values: readonly number[]): { index: number; max: number } {
  let index = -1;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (Number.isNaN(value)) return { index: i, max: NaN };
    if (index === -1 || value > max) {
      index = i;
      max = value;
    }
  }
  return { index, max };
}

// Σ_{i ≠ skip} e^((v_i - m) / T): every term is at most 1, so nothing overflows.
function sumOfOtherExps(values: readonly number[], skip: number, max: number, temperature = 1): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) if (i !== skip) sum += Math.exp(((values[i] as number) - max) / temperature);
  return sum;
}

// logSumExp(v) = log Σ e^(v_i) = m + log1p(Σ_{i ≠ argmax} e^(v_i - m))
export function logSumExp(logits: readonly number[]): number {
  const { index, max } = argMax(logits);
  if (index === -1) return -Infinity;
  if (!Number.isFinite(max)) return max;
  // log1p keeps the small sum's bits when the largest term dominates; log(1 + s) would round them away.
  return max + Math.log1p(sumOfOtherExps(logits, index, max));
}

// softmax(v, T)_i = e^(v_i / T) / Σ_j e^(v_j / T); T > 0 is the temperature.
export function softmax(logits: readonly number[], temperature = 1): number[] {
  if (!(temperature > 0 && temperature < Infinity)) {
    throw new RangeError(`softmax: temperature must be a positive finite number, got ${temperature}`);
  }
  const { index, max } = argMax(logits);
  if (index === -1) return [];
  if (Number.isNaN(max)) return logits.map(() => NaN);
  if (max === Infinity) return shareAmong(logits, (value) => value === Infinity);
  if (max === -Infinity) return shareAmong(logits, () => true);
  // (v_i - m) / T rather than v_i / T - m / T: the gap is computed once, so a tiny T cannot swamp it.
  // The largest term is exactly 1; adding it last, to the sum of the small ones, rounds near 1 only once.
  const sum = 1 + sumOfOtherExps(logits, index, max, temperature);
  return logits.map((value) => Math.exp((value - max) / temperature) / sum);
}

// logSoftmax(v)_i = v_i - logSumExp(v) = (v_i - m) - log1p(Σ_{j ≠ argmax} e^(v_j - m))
export function logSoftmax(logits: readonly number[]): number[] {
  const { index, max } = argMax(logits);
  if (index === -1) return [];
  if (Number.isNaN(max)) return logits.map(() => NaN);
  if (max === Infinity) return shareAmong(logits, (value) => value === Infinity).map(Math.log);
  if (max === -Infinity) return shareAmong(logits, () => true).map(Math.log);
  // Subtracting m before the log1p term keeps the largest entry's result exact when the others are negligible.
  const logSum = Math.log1p(sumOfOtherExps(logits, index, max));
  return logits.map((value) => value - max - logSum);
}

// The limit of softmax when some logits are infinite: the winners share the mass equally.
function shareAmong(logits: readonly number[], wins: (value: number) => boolean): number[] {
  const winners = logits.filter(wins).length;
  return logits.map((value) => (wins(value) ? 1 / winners : 0));
}
