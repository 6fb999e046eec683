// An independent reference for the math tests: binary floating point with 320-bit mantissas on BigInt,
// exp and log by their own series (not Math.exp / Math.log), and correct rounding back to a double,
// subnormals included. Slow and plain on purpose; it shares no code or trick with src/lib/math.

const PRECISION = 320;
// Fixed-point scale for the series: a few guard bits beyond PRECISION.
const FIXED = PRECISION + 40;
const FIXED_ONE = 1n << BigInt(FIXED);

/** value = m · 2^e */
export interface Big {
  readonly m: bigint;
  readonly e: number;
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length;
}

// Position of the leading bit: |value| lies in [2^top, 2^(top + 1)).
function top(a: Big): number {
  return bitLength(a.m) - 1 + a.e;
}

// Keeps PRECISION bits by rounding to odd: truncate, and set the last bit if anything was dropped. The
// final rounding to 53 bits is then still correct, and a tiny term (x in 1 + x) still breaks ties.
function big(m: bigint, e: number): Big {
  if (m === 0n) return { m: 0n, e: 0 };
  const extra = bitLength(m) - PRECISION;
  if (extra <= 0) return { m, e };
  const magnitude = m < 0n ? -m : m;
  let kept = magnitude >> BigInt(extra);
  if (kept << BigInt(extra) !== magnitude) kept |= 1n;
  return { m: m < 0n ? -kept : kept, e: e + extra };
}

export const ZERO = big(0n, 0);
export const ONE = big(1n, 0);

// The double x exactly.
export function fromNumber(x: number): Big {
  if (!Number.isFinite(x)) throw new RangeError(`no Big for ${x}`);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n === 1n ? -1n : 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  if (biased === 0) return big(sign * fraction, -1074);
  return big(sign * (fraction | (1n << 52n)), biased - 1075);
}

// The double nearest to a, ties to even, with gradual underflow and overflow to ±Infinity.
export function toNumber(a: Big): number {
  if (a.m === 0n) return 0;
  const negative = a.m < 0n;
  const magnitude = negative ? -a.m : a.m;
  const leading = top(a);
  if (leading < -1080) return negative ? -0 : 0;
  if (leading > 1024) return negative ? -Infinity : Infinity;
  const ulpExponent = Math.max(leading - 52, -1074);
  const shift = ulpExponent - a.e;
  let units: bigint;
  if (shift <= 0) units = magnitude << BigInt(-shift);
  else {
    units = magnitude >> BigInt(shift);
    const remainder = magnitude - (units << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    if (remainder > half || (remainder === half && units % 2n === 1n)) units += 1n;
  }
  const value = Number(units) * 2 ** ulpExponent;
  return negative ? -value : value;
}

export function neg(a: Big): Big {
  return { m: -a.m, e: a.e };
}

// A term far below the other's last bit only matters as a sticky bit; stand it in by one unit, same sign.
function shrink(small: Big, large: Big): Big {
  if (top(large) - top(small) <= PRECISION + 8) return small;
  return { m: small.m < 0n ? -1n : 1n, e: top(large) - PRECISION - 8 };
}

export function add(a: Big, b: Big): Big {
  if (a.m === 0n) return b;
  if (b.m === 0n) return a;
  [a, b] = [shrink(a, b), shrink(b, a)];
  const e = Math.min(a.e, b.e);
  return big((a.m << BigInt(a.e - e)) + (b.m << BigInt(b.e - e)), e);
}

export function sub(a: Big, b: Big): Big {
  return add(a, neg(b));
}

export function mul(a: Big, b: Big): Big {
  return big(a.m * b.m, a.e + b.e);
}

export function div(a: Big, b: Big): Big {
  if (b.m === 0n) throw new RangeError('division by zero');
  const shift = Math.max(0, PRECISION + bitLength(b.m) - bitLength(a.m) + 2);
  const numerator = a.m << BigInt(shift);
  let quotient = numerator / b.m;
  // Sticky bit: an inexact quotient is made odd (there are at least PRECISION + 2 bits, so this is below them).
  if (quotient * b.m !== numerator) quotient = quotient < 0n ? -(-quotient | 1n) : quotient | 1n;
  return big(quotient, a.e - shift - b.e);
}

// a as a fixed-point integer with FIXED fraction bits (truncated).
function toFixedPoint(a: Big): bigint {
  const shift = a.e + FIXED;
  return shift >= 0 ? a.m << BigInt(shift) : a.m / (1n << BigInt(-shift));
}

// atanh(t) = t + t³/3 + t⁵/5 + ..., t fixed point with |t| ≤ 1/3.
function atanhFixed(t: bigint): bigint {
  const square = (t * t) >> BigInt(FIXED);
  let power = t;
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power = (power * square) >> BigInt(FIXED);
  }
  return sum;
}

// ln 2 = 2 atanh(1/3).
const LN2 = big(2n * atanhFixed(FIXED_ONE / 3n), -FIXED);

// e^r = Σ r^n / n! for |r| ≤ 0.4, in fixed point.
function expSmallFixed(r: bigint): bigint {
  let term = FIXED_ONE;
  let sum = FIXED_ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = ((term * r) >> BigInt(FIXED)) / n;
    sum += term;
  }
  return sum;
}

// e^x = 2^k e^r with r = x - k ln 2. Arguments are clamped to [-1e5, 1e5]: beyond that e^x is far outside
// the doubles and every caller only needs "negligible" or "overflow".
export function exp(x: Big): Big {
  // Fixed point would lose a tiny x entirely; 1 + expm1(x) keeps it as a sticky bit.
  if (x.m !== 0n && top(x) < -64) return add(ONE, expm1(x));
  const clamped = Math.max(-1e5, Math.min(1e5, toNumber(x)));
  const argument = clamped === toNumber(x) ? x : fromNumber(clamped);
  const k = Math.round(clamped / Math.LN2);
  const r = sub(argument, mul(fromNumber(k), LN2));
  return big(expSmallFixed(toFixedPoint(r)), k - FIXED);
}

// e^x - 1, accurate in relative terms even for tiny x (Σ x^n / n! from n = 1 there).
export function expm1(x: Big): Big {
  if (x.m === 0n || top(x) >= -2) return sub(exp(x), ONE);
  let term = x;
  let sum = x;
  for (let n = 2; ; n++) {
    term = div(mul(term, x), fromNumber(n));
    if (top(term) < top(sum) - PRECISION - 8) return sum;
    sum = add(sum, term);
  }
}

// log x for x > 0: x = z · 2^n with z in [1, 2), log z = 2 atanh((z - 1)/(z + 1)).
export function log(x: Big): Big {
  if (x.m <= 0n) throw new RangeError('log of a non-positive number');
  const length = bitLength(x.m);
  const n = length - 1 + x.e;
  const z = toFixedPoint(big(x.m, 1 - length));
  const t = ((z - FIXED_ONE) << BigInt(FIXED)) / (z + FIXED_ONE);
  return add(mul(fromNumber(n), LN2), big(2n * atanhFixed(t), -FIXED));
}

// log(1 + x) for x > -1, accurate in relative terms even for tiny x.
export function log1p(x: Big): Big {
  if (x.m === 0n || top(x) >= -8) return log(add(ONE, x));
  let power = x;
  let sum = x;
  for (let n = 2; ; n++) {
    power = neg(mul(power, x));
    const term = div(power, fromNumber(n));
    if (top(term) < top(sum) - PRECISION - 8) return sum;
    sum = add(sum, term);
  }
}

// ---------------------------------------------------------------------------------------------
// Reference values: the double nearest to the exact function at the exact double input (finite x).

// e^-|x| as a Big.
function expMinusAbs(x: number, factor = 1): Big {
  return exp(neg(mul(fromNumber(Math.abs(x)), fromNumber(factor))));
}

// σ(x) = 1 / (1 + e^-x) = e^x / (1 + e^x)
function sigmoidBig(x: number): Big {
  const e = expMinusAbs(x);
  return x >= 0 ? div(ONE, add(ONE, e)) : div(e, add(ONE, e));
}

// σ'(x) = e / (1 + e)² with e = e^-|x|
function sigmoidDerivativeBig(x: number): Big {
  const e = expMinusAbs(x);
  const onePlus = add(ONE, e);
  return div(e, mul(onePlus, onePlus));
}

// softplus(x) = log(1 + e^x)
function softplusBig(x: number): Big {
  const tail = log1p(expMinusAbs(x));
  return x > 0 ? add(fromNumber(x), tail) : tail;
}

export const referenceSigmoid = (x: number): number => toNumber(sigmoidBig(x));
export const referenceSigmoidDerivative = (x: number): number => toNumber(sigmoidDerivativeBig(x));
export const referenceSoftplus = (x: number): number => toNumber(softplusBig(x));
export const referenceLogSigmoid = (x: number): number => toNumber(neg(softplusBig(-x)));
export const referenceSilu = (x: number): number => toNumber(mul(fromNumber(x), sigmoidBig(x)));

// silu'(x) = σ(x) + x σ'(x)
export function referenceSiluDerivative(x: number): number {
  return toNumber(add(sigmoidBig(x), mul(fromNumber(x), sigmoidDerivativeBig(x))));
}

// tanh(x) = sign(x) · -expm1(-2|x|) / (2 + expm1(-2|x|))
export function referenceTanh(x: number): number {
  const m = expm1(neg(mul(fromNumber(Math.abs(x)), fromNumber(2))));
  const magnitude = div(neg(m), add(fromNumber(2), m));
  return toNumber(x < 0 ? neg(magnitude) : magnitude);
}

// tanh'(x) = 4e / (1 + e)² with e = e^-2|x|
export function referenceTanhDerivative(x: number): number {
  const e = expMinusAbs(x, 2);
  const onePlus = add(ONE, e);
  return toNumber(div(mul(fromNumber(4), e), mul(onePlus, onePlus)));
}

// logit(p) = log p - log(1 - p), for p in (0, 1).
export function referenceLogit(p: number): number {
  return toNumber(sub(log(fromNumber(p)), log1p(neg(fromNumber(p)))));
}

// BCE(p, y) = -(y log p + (1 - y) log(1 - p)), for p in (0, 1) and y in [0, 1].
export function referenceBinaryCrossEntropy(p: number, y: number): number {
  const yBig = fromNumber(y);
  const positive = mul(yBig, log(fromNumber(p)));
  const negative = mul(sub(ONE, yBig), log1p(neg(fromNumber(p))));
  return toNumber(neg(add(positive, negative)));
}

// BCE(σ(z), y) = y softplus(-z) + (1 - y) softplus(z)
export function referenceBinaryCrossEntropyWithLogits(z: number, y: number): number {
  const yBig = fromNumber(y);
  return toNumber(add(mul(yBig, softplusBig(-z)), mul(sub(ONE, yBig), softplusBig(z))));
}

// m = max v, the terms e^(v_i - m), and log Σ e^(v_i - m) as log1p of the sum without the largest term
// (the sum itself is 1 + tiny, which would cost the tiny part its relative precision).
function shiftedExps(logits: readonly number[]): { max: Big; exps: Big[]; logSum: Big } {
  const largest = Math.max(...logits);
  const max = fromNumber(largest);
  const exps = logits.map((value) => exp(sub(fromNumber(value), max)));
  const skip = logits.indexOf(largest);
  const others = exps.filter((_, i) => i !== skip).reduce(add, ZERO);
  return { max, exps, logSum: log1p(others) };
}

// log Σ e^(v_i) = m + log Σ e^(v_i - m)
export function referenceLogSumExp(logits: readonly number[]): number {
  const { max, logSum } = shiftedExps(logits);
  return toNumber(add(max, logSum));
}

// softmax(v)_i = e^(v_i - m) / Σ e^(v_j - m)
export function referenceSoftmax(logits: readonly number[]): number[] {
  const { exps } = shiftedExps(logits);
  const sum = exps.reduce(add, ZERO);
  return exps.map((term) => toNumber(div(term, sum)));
}

// logSoftmax(v)_i = v_i - m - log Σ e^(v_j - m)
export function referenceLogSoftmax(logits: readonly number[]): number[] {
  const { max, logSum } = shiftedExps(logits);
  return logits.map((value) => toNumber(sub(sub(fromNumber(value), max), logSum)));
}
