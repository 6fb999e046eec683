// Activation functions and their derivatives, stable on every double: no overflow, no cancellation,
// NaN in gives NaN out, and ±Infinity gives the mathematical limit.

// exp(x) turns subnormal, losing bits, below about -708.4 (2^-1022 ≈ 2.2e-308); -708 is a round threshold on the
// safe side, where exp(-x) ≈ 3e307 is still finite.
const SUBNORMAL_EXP_BELOW = -708;

// x0 = -1 - W(1/e), the root of 1 + x + e^x = 0 (where SiLU is smallest), split hi + lo for double-double
// accuracy. Source: mpmath, -1.27846454276107379510935873902298015543947748861975 at 50 digits.
const SILU_ARGMIN_HI = -1.2784645427610737;
const SILU_ARGMIN_LO = -1.0946994183093437e-16;
// e^x0 = -1 - x0 = W(1/e).
const EXP_SILU_ARGMIN = 0.2784645427610738;

// (1 + e)² = 1 + e(2 + e), for 0 ≤ e ≤ 1
function onePlusSquared(e: number): number {
  // Squaring a rounded 1 + e doubles its rounding error; this form rounds near 1 only once.
  return 1 + e * (2 + e);
}

// σ(x) = 1 / (1 + e^-x)
export function sigmoid(x: number): number {
  // The textbook form (numpy's too, so printed digits usually agree) while e^-x is finite: x ≥ -708.
  if (x >= SUBNORMAL_EXP_BELOW) return 1 / (1 + Math.exp(-x));
  // Below, e^-x would overflow; e^x / (1 + e^x) cannot, since exp of a non-positive number never does.
  const e = Math.exp(x);
  return e / (1 + e);
}

// σ'(x) = σ(x)(1 - σ(x)) = e / (1 + e)² with e = e^-|x|
export function sigmoidDerivative(x: number): number {
  // The product form σ(1 - σ) rounds to 0 once σ rounds to 1 (x ≈ 37); e^-|x| keeps every bit.
  const e = Math.exp(-Math.abs(x));
  return e / onePlusSquared(e);
}

// softplus(x) = log(1 + e^x) = max(x, 0) + log1p(e^-|x|)
export function softplus(x: number): number {
  // e^-|x| ≤ 1 never overflows, and log1p keeps the tiny tail exact where log(1 + e) would give 0.
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

// log σ(x) = -softplus(-x)
export function logSigmoid(x: number): number {
  // 0 - s rather than -s: where σ rounds to 1 this gives log 1 = +0, as at the limit x = +∞, not -0.
  return 0 - softplus(-x);
}

// logit(p) = log(p / (1 - p)), the inverse of σ; NaN outside [0, 1].
export function logit(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  // Near p = 1/2 the ratio is near 1 and log would cancel; log1p of (2p - 1)/(1 - p) does not
  // (2p - 1 is exact there by Sterbenz).
  if (p >= 0.25 && p <= 0.75) return Math.log1p((2 * p - 1) / (1 - p));
  return Math.log(p / (1 - p));
}

// tanh(x) = (e^x - e^-x) / (e^x + e^-x)
export function tanh(x: number): number {
  return Math.tanh(x);
}

// tanh'(x) = 1 - tanh²(x) = 4e / (1 + e)² with e = e^-2|x|
export function tanhDerivative(x: number): number {
  const half = Math.exp(-Math.abs(x));
  // Once e^-2|x| would be subnormal (|x| > 354), square the normal 2e^-|x| instead: bits go only at the last rounding.
  if (half < 2 ** -511) return 2 * half * (2 * half);
  // 1 - tanh² cancels to 0 in the tails; this form has no subtraction.
  const e = Math.exp(-2 * Math.abs(x));
  return (4 * e) / onePlusSquared(e);
}

// relu(x) = max(x, 0); relu(-0) = 0.
export function relu(x: number): number {
  if (Number.isNaN(x)) return x;
  return x > 0 ? x : 0;
}

// relu'(x) = 1 if x > 0 else 0 (0 at x = 0, by convention).
export function reluDerivative(x: number): number {
  if (Number.isNaN(x)) return x;
  return x > 0 ? 1 : 0;
}

// leakyRelu(x) = x if x > 0 else slope · x
export function leakyRelu(x: number, slope = 0.01): number {
  return x > 0 ? x : slope * x;
}

// leakyRelu'(x) = 1 if x > 0 else slope (slope at x = 0, by convention).
export function leakyReluDerivative(x: number, slope = 0.01): number {
  if (Number.isNaN(x)) return x;
  return x > 0 ? 1 : slope;
}

// silu(x) = x σ(x)
export function silu(x: number): number {
  if (x === -Infinity) return 0;
  // x / (1 + e^-x) is x σ(x) with one rounding fewer.
  if (x >= 0) return x / (1 + Math.exp(-x));
  if (x < SUBNORMAL_EXP_BELOW) {
    // e^x is subnormal here but x e^x may not be: e^x = (e^(x/2))², and multiplying x in first keeps every bit.
    const half = Math.exp(x / 2);
    // + 0 turns an underflowed -0 into +0, the same zero as silu(-∞).
    return x * half * half + 0;
  }
  const e = Math.exp(x);
  return (x * e) / (1 + e);
}

// silu'(x) = σ(x) + x σ'(x) = σ(x) (1 + x σ(-x))
export function siluDerivative(x: number): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  if (Number.isNaN(x)) return x;
  if (x >= 0) return sigmoid(x) + x * sigmoidDerivative(x);
  return negativeSiluDerivative(x);
}

// silu'(x) = e (1 + x + e) / (1 + e)² with e = e^x, for x < 0.
function negativeSiluDerivative(x: number): number {
  const shifted = onePlusXPlusExp(x);
  if (x < SUBNORMAL_EXP_BELOW) {
    // As in silu: e^x = (e^(x/2))² keeps the bits a subnormal e^x would lose (here 1 + e^x rounds to 1).
    const half = Math.exp(x / 2);
    return shifted * half * half + 0;
  }
  const e = Math.exp(x);
  return (e * shifted) / onePlusSquared(e);
}

// 1 + x + e^x, for x < 0
function onePlusXPlusExp(x: number): number {
  // Away from the root x0 ≈ -1.28 the sum cannot cancel much: below -2 the terms 1 + x and e^x ≤ 0.14
  // have opposite signs but very different sizes, above -0.64 the sum stays above 1.17.
  if (x <= -2 || x >= -0.64) return 1 + x + Math.exp(x);
  // Near x0 it would cancel; as (x - x0) + e^x0 expm1(x - x0) both terms share a sign
  // (x - x0 is double-double, and x - x0_hi is exact here by Sterbenz).
  const d = x - SILU_ARGMIN_HI - SILU_ARGMIN_LO;
  return d + EXP_SILU_ARGMIN * Math.expm1(d);
}
