// The textbook formulas, written the obvious way: they overflow, underflow or cancel where the stable ones
// in activations.ts and softmax.ts do not. Only the floating-point-trap widget and its tests use them.

// σ(x) = 1 / (1 + e^-x): e^-x overflows for x < -709, so this gives 0 where it should be tiny but positive.
export function naiveSigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

// σ(x) = e^x / (1 + e^x): both overflow for x > 709, so this gives ∞/∞ = NaN.
export function naiveSigmoidRatio(x: number): number {
  return Math.exp(x) / (1 + Math.exp(x));
}

// log σ(x) = log(σ(x)): σ underflows to 0, so this gives -∞ at x = -800 where the truth is about -800.
export function naiveLogSigmoid(x: number): number {
  return Math.log(naiveSigmoid(x));
}

// σ'(x) = σ(x)(1 - σ(x)): σ rounds to 1 at x ≈ 37, so this gives 0 where the truth is about e^-x.
export function naiveSigmoidDerivative(x: number): number {
  const s = naiveSigmoid(x);
  return s * (1 - s);
}

// softmax(v)_i = e^(v_i) / Σ e^(v_j): e^1000 overflows, so [1000, 1001, 1002] gives ∞/∞ = NaN.
export function naiveSoftmax(logits: readonly number[]): number[] {
  const exps = logits.map(Math.exp);
  const sum = exps.reduce((total, term) => total + term, 0);
  return exps.map((term) => term / sum);
}
