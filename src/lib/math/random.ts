// Seeded randomness: the same seed gives the same numbers in every browser, so a class sees the same data.
// sfc32 (Chris Doty-Humphrey's small fast counter) uses only 32-bit integer ops, which JavaScript defines exactly.

export interface Rng {
  /** A uniform draw in [0, 1). */
  uniform(): number;
  /** A uniform draw in [low, high). */
  between(low: number, high: number): number;
  /** A standard normal draw (mean 0, standard deviation 1), by the Box–Muller transform. */
  normal(): number;
  /** A whole number in [0, n). */
  integer(n: number): number;
}

// Mixes any finite seed (integer or not) into 32 bits, so seeds 1 and 1.5 give different streams.
function seedWords(seed: number): [number, number, number, number] {
  const text = Number.isFinite(seed) ? String(seed) : '0';
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return [h >>> 0, 0x9e3779b9, 0x243f6a88, 0xb7e15162];
}

export function createRng(seed: number): Rng {
  let [a, b, c, d] = seedWords(seed);
  const next32 = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next32();

  const uniform = (): number => next32() / 4294967296;
  let spare: number | undefined;
  return {
    uniform,
    between: (low, high) => low + (high - low) * uniform(),
    integer: (n) => Math.floor(uniform() * n),
    normal: () => {
      if (spare !== undefined) {
        const value = spare;
        spare = undefined;
        return value;
      }
      // 1 - u lies in (0, 1], so the logarithm is finite.
      const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
      const angle = 2 * Math.PI * uniform();
      spare = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
  };
}
