// BCE(p, y) = −(y·log p + (1 − y)·log(1 − p)). Straight from the formula
// it gives NaN for a confident, correct prediction such as p = 0, y = 0.
// Fix it so every p and y in [0, 1] gives the true loss.
export function bce(p: number, y: number): number {
  return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
}
