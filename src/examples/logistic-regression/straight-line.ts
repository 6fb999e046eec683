// Why not a straight line? Least squares through 0/1 labels (hours
// studied → passed) gives "probabilities" below 0 and above 1, and one
// keen student far to the right tilts the whole line.
import { makeStudyHours } from 's-curve/math';

const { X, y } = makeStudyHours({ n: 20, seed: 6 });
const hours = X.map((row) => row[0] ?? 0);
const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length;

// Least squares y ≈ a + c·h: c = cov(h, y) / var(h), a = ȳ − c·h̄.
function line(hs: number[], ys: number[]): (h: number) => number {
  const mh = mean(hs);
  const my = mean(ys);
  const cov = mean(hs.map((h, i) => (h - mh) * ((ys[i] ?? 0) - my)));
  const c = cov / mean(hs.map((h) => (h - mh) ** 2));
  return (h) => my + c * (h - mh);
}

const fit = line(hours, y);
for (const h of [0, 2, 4, 6, 8]) console.log(`${h} h → ${fit(h).toFixed(2)}`);

// One more student: 30 hours, passed. Where does the line cross 0.5 now?
const tilted = line([...hours, 30], [...y, 1]);
const half = (f: (h: number) => number) => (0.5 - f(0)) / (f(1) - f(0));
console.log(`0.5 is crossed at ${half(fit).toFixed(2)} h`);
console.log(`with the 30-hour student at ${half(tilted).toFixed(2)} h`);
