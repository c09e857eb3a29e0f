// Logistic regression over hashed feature ids, trained with AdaGrad and seeded shuffling, so the
// same data and settings always give the same weights (`npm run train:claims` is reproducible).
import { featureNorm } from '../../lib/analysis/claims/model';

export interface Example {
  ids: Uint32Array;
  /** 1 = positive. */
  y: number;
  /** How much this example counts (e.g. more for the few news sentences than for debate lines). */
  weight: number;
}

export interface TrainSettings {
  slots: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export interface LinearWeights {
  weights: Float64Array;
  bias: number;
}

/** Mulberry32: a small seeded generator, enough for shuffling. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function probability(model: LinearWeights, ids: Uint32Array): number {
  let z = 0;
  for (let i = 0; i < ids.length; i++) z += model.weights[ids[i]];
  return 1 / (1 + Math.exp(-(model.bias + z / featureNorm(ids.length))));
}

export function trainLogistic(examples: readonly Example[], s: TrainSettings): LinearWeights {
  const model: LinearWeights = { weights: new Float64Array(s.slots), bias: 0 };
  const squares = new Float64Array(s.slots).fill(1e-8);
  let biasSquares = 1e-8;
  const random = seededRandom(s.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const { ids, y, weight } = examples[k];
      const v = 1 / featureNorm(ids.length);
      const g = (probability(model, ids) - y) * weight;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        const gi = g * v + s.l2 * model.weights[id];
        squares[id] += gi * gi;
        model.weights[id] -= (s.learningRate * gi) / Math.sqrt(squares[id]);
      }
      biasSquares += g * g;
      model.bias -= (s.learningRate * g) / Math.sqrt(biasSquares);
    }
  }
  return model;
}

/** One signed byte per weight: the largest weight maps to ±127. */
export function quantize(weights: Float64Array): { bytes: Int8Array; scale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const bytes = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) bytes[i] = Math.max(-127, Math.min(127, Math.round(weights[i] / scale)));
  return { bytes, scale };
}
