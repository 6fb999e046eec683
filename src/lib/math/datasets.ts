// Small seeded two-class data sets for the lessons: the same options and seed give the same points everywhere.
// Labels alternate 0, 1, 0, 1, ... so the classes are balanced (within one when n is odd) and mixed in order.
import { createRng, type Rng } from './random.ts';

/** Rows of features X (one row per point) and labels y in {0, 1}. */
export interface Dataset {
  X: number[][];
  y: number[];
}

export interface DatasetOptions {
  /** Number of points (default 200). */
  n?: number;
  /** Standard deviation of the Gaussian jitter, in feature units (each generator has its own default). */
  noise?: number;
  /** Seed for the random stream (default 1). */
  seed?: number;
}

export interface BlobsOptions extends DatasetOptions {
  /** Distance between the two cluster centres (default 3); small values give overlapping blobs. */
  separation?: number;
}

export interface CirclesOptions extends DatasetOptions {
  /** Radius of the inner circle as a fraction of the outer one (default 0.5). */
  factor?: number;
}

interface Resolved {
  n: number;
  noise: number;
  rng: Rng;
}

function resolve(options: DatasetOptions, defaultNoise: number): Resolved {
  const { n = 200, noise = defaultNoise, seed = 1 } = options;
  if (!Number.isInteger(n) || n < 1) throw new Error(`Dataset size n must be a positive integer, got ${n}.`);
  if (!Number.isFinite(noise) || noise < 0) throw new Error(`Dataset noise must be a finite number >= 0, got ${noise}.`);
  if (!Number.isFinite(seed)) throw new Error(`Dataset seed must be a finite number, got ${seed}.`);
  return { n, noise, rng: createRng(seed) };
}

// Builds n points, point i having label i mod 2, from a generator of one point for a given label.
function build(n: number, point: (label: number) => number[]): Dataset {
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    X.push(point(label));
    y.push(label);
  }
  return { X, y };
}

/** Two round Gaussian clusters with centres ±separation/2 along the diagonal (1, 1)/√2; noise is their spread. */
export function makeBlobs(options: BlobsOptions = {}): Dataset {
  const { n, noise, rng } = resolve(options, 1);
  const separation = options.separation ?? 3;
  if (!Number.isFinite(separation) || separation < 0) {
    throw new Error(`Blob separation must be a finite number >= 0, got ${separation}.`);
  }
  const offset = separation / 2 / Math.SQRT2;
  return build(n, (label) => {
    const centre = label === 1 ? offset : -offset;
    return [centre + noise * rng.normal(), centre + noise * rng.normal()];
  });
}

/** Points uniform in [-1, 1]², label 0 where x1·x2 > 0 (first and third quadrants), 1 otherwise; noise jitters them afterwards. */
export function makeXor(options: DatasetOptions = {}): Dataset {
  const { n, noise, rng } = resolve(options, 0);
  return build(n, (label) => {
    // Drawing magnitudes and signs separately puts the point in a quadrant of the wanted label.
    const sign = rng.uniform() < 0.5 ? -1 : 1;
    const x1 = sign * rng.uniform();
    const x2 = (label === 0 ? sign : -sign) * rng.uniform();
    return [x1 + noise * rng.normal(), x2 + noise * rng.normal()];
  });
}

/** Two interleaving half circles: label 0 is (cos t, sin t), label 1 is (1 − cos t, 0.5 − sin t), t uniform in [0, π]. */
export function makeMoons(options: DatasetOptions = {}): Dataset {
  const { n, noise, rng } = resolve(options, 0.1);
  return build(n, (label) => {
    const t = Math.PI * rng.uniform();
    const x1 = label === 0 ? Math.cos(t) : 1 - Math.cos(t);
    const x2 = label === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
    return [x1 + noise * rng.normal(), x2 + noise * rng.normal()];
  });
}

/** Two concentric circles: label 0 on radius 1, label 1 on radius factor, angle uniform. */
export function makeCircles(options: CirclesOptions = {}): Dataset {
  const { n, noise, rng } = resolve(options, 0.05);
  const factor = options.factor ?? 0.5;
  if (!Number.isFinite(factor) || factor <= 0 || factor >= 1) {
    throw new Error(`Circle factor must lie strictly between 0 and 1, got ${factor}.`);
  }
  return build(n, (label) => {
    const angle = 2 * Math.PI * rng.uniform();
    const radius = label === 0 ? 1 : factor;
    return [radius * Math.cos(angle) + noise * rng.normal(), radius * Math.sin(angle) + noise * rng.normal()];
  });
}

/** Mean hours studied by students who failed (label 0) and who passed (label 1). */
export const STUDY_HOURS_MEANS = [2.5, 4.5] as const;

/**
 * Hours studied → passed (1) or not (0), X as [[hours]]. Hours are Gaussian around a mean per outcome with
 * standard deviation noise (default 1), reflected at 0 so no one studies negative hours. Equal-variance
 * Gaussian classes are exactly the case where the true P(pass | hours) is a sigmoid of hours.
 */
export function makeStudyHours(options: DatasetOptions = {}): Dataset {
  const { n, noise, rng } = resolve(options, 1);
  return build(n, (label) => [Math.abs(STUDY_HOURS_MEANS[label === 1 ? 1 : 0] + noise * rng.normal())]);
}

export const datasetGenerators = {
  blobs: makeBlobs,
  xor: makeXor,
  moons: makeMoons,
  circles: makeCircles,
  studyHours: makeStudyHours,
} as const;

export type DatasetName = keyof typeof datasetGenerators;

/** The generator by name, for widgets whose state stores the data set as a string. */
export function makeDataset(name: DatasetName, options: BlobsOptions & CirclesOptions = {}): Dataset {
  return datasetGenerators[name](options);
}
