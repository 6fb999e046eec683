// One training run of the lab, independent of the page: the data and a fresh trainer for the settings, training
// in whole epochs, the accuracy every SAMPLE_EVERY epochs, and what changed since the page last looked. The
// worker runs it; tests and the build run it directly.
import { makeDataset, type Dataset } from '../../lib/math/datasets.ts';
import { createNetwork } from '../../lib/math/network/init.ts';
import { createTrainer, type Trainer } from '../../lib/math/network/trainer.ts';
import { DATA_POINTS, normalizeSettings, type LabSettings } from './settings.ts';

/** Accuracy and loss on the whole data set are measured at epoch 0 and every this many epochs. */
export const SAMPLE_EVERY = 10;
/** The decision map is the network's output on a GRID × GRID lattice over the data's square. */
export const GRID = 32;

export interface Sample {
  epoch: number;
  loss: number;
  accuracy: number;
}

/** The square the map covers: the data's extent with a margin, widened to a square. */
export interface Domain {
  min1: number;
  max1: number;
  min2: number;
  max2: number;
}

/** What happened since the last delta: new per-epoch values, new samples, and the state now. */
export interface SessionDelta {
  /** The epoch the first new value belongs to (epochs count from 1). */
  fromEpoch: number;
  epoch: number;
  /** Mean loss of each new epoch (before its update). */
  loss: number[];
  /** Per layer (hidden layers, then the output layer): each new epoch's weight-gradient norm. */
  gradientNorms: number[][];
  samples: Sample[];
  /** Loss and accuracy on the whole data set with the weights as they are now. */
  current: Sample;
  /** σ(network) on the map's lattice, row by row from the top (largest x₂); absent if not asked for. */
  map?: Float32Array;
}

export interface LabSession {
  readonly settings: LabSettings;
  readonly data: Dataset;
  readonly domain: Domain;
  readonly trainer: Trainer;
  readonly epoch: number;
  /** Trains `epochs` more epochs, sampling on every multiple of SAMPLE_EVERY. */
  advance(epochs: number): void;
  /** Everything new since the previous call (the first call also carries the epoch-0 sample). */
  takeDelta(withMap: boolean): SessionDelta;
  /** σ(network) on the lattice now. */
  map(): Float32Array;
}

const MARGIN = 0.15;

/** The data's bounding box grown by MARGIN of its size on each side and made square about its centre. */
export function dataDomain(X: readonly (readonly number[])[]): Domain {
  let min1 = Infinity;
  let max1 = -Infinity;
  let min2 = Infinity;
  let max2 = -Infinity;
  for (const [x1 = 0, x2 = 0] of X) {
    min1 = Math.min(min1, x1);
    max1 = Math.max(max1, x1);
    min2 = Math.min(min2, x2);
    max2 = Math.max(max2, x2);
  }
  const side = Math.max(max1 - min1, max2 - min2, 1e-6) * (1 + 2 * MARGIN);
  const centre1 = (min1 + max1) / 2;
  const centre2 = (min2 + max2) / 2;
  return { min1: centre1 - side / 2, max1: centre1 + side / 2, min2: centre2 - side / 2, max2: centre2 + side / 2 };
}

/** The lattice's points, row by row from the top (x₂ = max2) and left to right. */
export function gridPoints(domain: Domain, nodes = GRID): number[][] {
  const points: number[][] = [];
  for (let j = 0; j < nodes; j++) {
    const x2 = domain.max2 - ((domain.max2 - domain.min2) * j) / (nodes - 1);
    for (let i = 0; i < nodes; i++) points.push([domain.min1 + ((domain.max1 - domain.min1) * i) / (nodes - 1), x2]);
  }
  return points;
}

export function labData(settings: LabSettings): Dataset {
  return makeDataset(settings.dataset, { n: DATA_POINTS, seed: settings.seed });
}

export function createSession(requested: LabSettings): LabSession {
  const settings = normalizeSettings(requested);
  const data = labData(settings);
  const network = createNetwork({
    inputSize: 2, hiddenLayers: settings.depth, width: settings.width, activation: settings.activation, init: settings.init, seed: settings.seed,
  });
  const trainer = createTrainer(network, data, { name: settings.optimizer, learningRate: settings.learningRate });
  const domain = dataDomain(data.X);
  const lattice = gridPoints(domain);
  const sample = (): Sample => ({ epoch: trainer.epoch, ...trainer.evaluate() });
  const samples: Sample[] = [sample()];
  // samples[unreported..] have not gone out in a delta yet; only the latest sample is kept once reported.
  let unreported = 0;

  const map = (): Float32Array => Float32Array.from(trainer.predict(lattice));

  return {
    settings,
    data,
    domain,
    trainer,
    get epoch() {
      return trainer.epoch;
    },
    advance(epochs) {
      if (!Number.isInteger(epochs) || epochs < 0) throw new Error(`epochs must be a whole number ≥ 0, got ${epochs}.`);
      let left = epochs;
      while (left > 0) {
        // Up to the next multiple of SAMPLE_EVERY, so samples fall on the same epochs however the work is cut.
        const chunk = Math.min(left, SAMPLE_EVERY - (trainer.epoch % SAMPLE_EVERY));
        trainer.step(chunk);
        left -= chunk;
        if (trainer.epoch % SAMPLE_EVERY === 0) samples.push(sample());
      }
    },
    // Hands over what is new and keeps none of it (the page holds the run's bounded history), so a session's
    // memory stays flat however long it trains.
    takeDelta(withMap) {
      const history = trainer.takeHistory();
      const latest = samples[samples.length - 1]!;
      const delta: SessionDelta = {
        fromEpoch: history.fromEpoch,
        epoch: trainer.epoch,
        loss: history.loss,
        gradientNorms: history.gradientNorms,
        samples: samples.slice(unreported),
        current: trainer.epoch === latest.epoch ? latest : sample(),
      };
      if (withMap) delta.map = map();
      samples.splice(0, samples.length - 1);
      unreported = samples.length;
      return delta;
    },
    map,
  };
}
