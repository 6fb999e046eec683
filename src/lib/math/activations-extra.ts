// Two more activations for the lesson 3 comparison, ELU and GELU, with their derivatives and the
// complementary error function GELU needs. Stable like activations.ts: no overflow, NaN in gives NaN out,
// ±Infinity gives the mathematical limit.

const SQRT_PI = Math.sqrt(Math.PI);
const SQRT_2PI = Math.sqrt(2 * Math.PI);
/** erfc(z) rounds to 0 for z above this (erfc(27.3) ≈ 5e-326). */
const ERFC_ZERO_ABOVE = 27.3;
/** Below this, erfc = 1 - erf with erf by its power series; above, a continued fraction. */
const SERIES_BELOW = 1;
/** The continued fraction needs about 95 terms at z = 1 and fewer beyond; this is a safety stop. */
const MAX_TERMS = 500;

// e^(-c z²) for c = 1 or 1/2, with z² = hi² + (z - hi)(z + hi).
function expOfMinusSquare(z: number, c: number): number {
  // hi has 24 significant bits, so hi² (48 bits) and c·hi² are exact; only the small correction rounds.
  // Computing z·z first would round z², an error of z² · 2^-53 in the exponent (1e-13 at z = 27).
  const hi = Math.fround(z);
  return Math.exp(-c * hi * hi) * Math.exp(-c * (z - hi) * (z + hi));
}

// erf(z) = 2/√π Σ (-1)^n z^(2n+1) / (n! (2n + 1)), for |z| < 1, where the terms shrink fast.
function erfSeries(z: number): number {
  const zz = z * z;
  let power = z;
  let sum = z;
  for (let n = 1; n < 40; n++) {
    power *= -zz / n;
    const term = power / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 2 ** -54) break;
  }
  return (2 / SQRT_PI) * sum;
}

// erfc(z) = 2z e^(-z²)/√π / (2z² + 1 - 1·2/(2z² + 5 - 3·4/(2z² + 9 - ...))), for z ≥ 1.
function erfcContinuedFraction(z: number): number {
  // Evaluated by the modified Lentz method; this even form converges about twice as fast as the
  // classic z + (1/2)/(z + 1/(z + ...)) and every partial denominator stays positive.
  const tiny = 1e-300;
  const first = 2 * z * z + 1;
  let fraction = first;
  let c = first;
  let d = 0;
  for (let n = 1; n <= MAX_TERMS; n++) {
    const a = -(2 * n - 1) * (2 * n);
    const b = first + 4 * n;
    d = b + a * d;
    c = b + a / c;
    d = 1 / (d === 0 ? tiny : d);
    if (c === 0) c = tiny;
    const delta = c * d;
    fraction *= delta;
    if (Math.abs(delta - 1) < 2 ** -53) break;
  }
  return (2 * z * expOfMinusSquare(z, 1)) / SQRT_PI / fraction;
}

// erfc(z) = 1 - erf(z) = 2/√π ∫_z^∞ e^(-t²) dt
export function erfc(z: number): number {
  if (Number.isNaN(z)) return z;
  // erfc(-z) = 2 - erfc(z): for z < 0 the result lies in (1, 2], so the subtraction loses nothing.
  if (z < 0) return 2 - erfc(-z);
  if (z > ERFC_ZERO_ABOVE) return 0;
  // 1 - erf is safe here (erfc ≥ 0.157); beyond, it would cancel, and the continued fraction keeps
  // relative accuracy far into the tail.
  if (z < SERIES_BELOW) return 1 - erfSeries(z);
  return erfcContinuedFraction(z);
}

// Φ(x) = P(Z ≤ x) for a standard normal Z = erfc(-x/√2) / 2
export function normalCdf(x: number): number {
  return erfc(-x * Math.SQRT1_2) / 2;
}

// φ(x) = e^(-x²/2) / √(2π), the standard normal density
export function normalPdf(x: number): number {
  if (Number.isNaN(x)) return x;
  // Above 40, e^(-800) underflows; checking first also keeps fround below its overflow.
  if (Math.abs(x) > 40) return 0;
  return expOfMinusSquare(x, 0.5) / SQRT_2PI;
}

// elu(x) = x if x > 0 else α (e^x - 1)
export function elu(x: number, alpha = 1): number {
  // expm1 keeps the bits of e^x - 1 near 0, where exp(x) - 1 would cancel.
  return x > 0 ? x : alpha * Math.expm1(x);
}

// elu'(x) = 1 if x > 0 else α e^x (α at x = 0, so 1 there for the usual α = 1).
export function eluDerivative(x: number, alpha = 1): number {
  if (Number.isNaN(x)) return x;
  return x > 0 ? 1 : alpha * Math.exp(x);
}

// gelu(x) = x Φ(x) = (x / 2) erfc(-x / √2), the exact (not tanh-approximated) GELU.
export function gelu(x: number): number {
  if (x === -Infinity) return 0;
  return x * normalCdf(x);
}

// gelu'(x) = Φ(x) + x φ(x)
export function geluDerivative(x: number): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  return normalCdf(x) + x * normalPdf(x);
}
