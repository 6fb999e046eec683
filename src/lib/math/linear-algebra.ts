// Small dense linear algebra for the Newton solver in logistic regression: a dot product and a symmetric
// positive-definite solve (Cholesky). Matrices are arrays of rows; sizes are tiny (features + 1).

/** a · b = Σ aᵢ bᵢ (the arrays must have equal length). */
export function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/** The lower-triangular L with A = L Lᵀ, or null when A is not (numerically) positive definite. */
export function choleskyFactor(A: readonly (readonly number[])[]): number[][] | null {
  const size = A.length;
  const L: number[][] = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (let j = 0; j < size; j++) {
    const rowJ = L[j] as number[];
    let pivot = (A[j] as readonly number[])[j] ?? 0;
    for (let k = 0; k < j; k++) pivot -= (rowJ[k] ?? 0) ** 2;
    // `!(pivot > 0)` also catches NaN, so a poisoned matrix is reported instead of propagated.
    if (!(pivot > 0)) return null;
    const diagonal = Math.sqrt(pivot);
    rowJ[j] = diagonal;
    for (let i = j + 1; i < size; i++) {
      const rowI = L[i] as number[];
      let sum = (A[i] as readonly number[])[j] ?? 0;
      for (let k = 0; k < j; k++) sum -= (rowI[k] ?? 0) * (rowJ[k] ?? 0);
      rowI[j] = sum / diagonal;
    }
  }
  return L;
}

/** x with L Lᵀ x = b, by forward then backward substitution. */
export function choleskySolve(L: readonly (readonly number[])[], b: readonly number[]): number[] {
  const size = L.length;
  const x = b.slice(0, size);
  for (let i = 0; i < size; i++) {
    const row = L[i] as readonly number[];
    let sum = x[i] ?? 0;
    for (let k = 0; k < i; k++) sum -= (row[k] ?? 0) * (x[k] ?? 0);
    x[i] = sum / (row[i] ?? 1);
  }
  for (let i = size - 1; i >= 0; i--) {
    let sum = x[i] ?? 0;
    for (let k = i + 1; k < size; k++) sum -= ((L[k] as readonly number[])[i] ?? 0) * (x[k] ?? 0);
    x[i] = sum / ((L[i] as readonly number[])[i] ?? 1);
  }
  return x;
}

/**
 * x with A x = b for symmetric positive-definite A, or null when A is not positive definite.
 * Solves (D A D) u = D b with D = diag(1/√Aᵢᵢ), x = D u: the unit-diagonal matrix has the smallest condition
 * number of any diagonal scaling up to a factor of n (van der Sluis), so badly scaled features cost no accuracy.
 */
export function solveSymmetricPositiveDefinite(A: readonly (readonly number[])[], b: readonly number[]): number[] | null {
  const size = A.length;
  const scale: number[] = [];
  for (let i = 0; i < size; i++) {
    const diagonal = (A[i] as readonly number[])[i] ?? 0;
    if (!(diagonal > 0) || !Number.isFinite(diagonal)) return null;
    scale.push(1 / Math.sqrt(diagonal));
  }
  const scaled = A.map((row, i) => row.map((value, j) => value * (scale[i] ?? 0) * (scale[j] ?? 0)));
  const L = choleskyFactor(scaled);
  if (L === null) return null;
  const u = choleskySolve(L, b.map((value, i) => value * (scale[i] ?? 0)));
  return u.map((value, i) => value * (scale[i] ?? 0));
}
