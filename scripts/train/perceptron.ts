// A structured averaged perceptron (Collins 2002) over hashed feature rows, first-order
// transitions and Viterbi decoding: the trainer of the shipped NER model. On a corpus without
// MISC annotations an O token may be O or MISC: the target is then the best sequence that
// agrees with the annotation (a latent-variable update), so MISC is learnt only where annotated.
import { TAG_COUNT, TAG_INDEX } from '../../lib/analysis/ner/tags';
import { viterbi } from '../../lib/analysis/ner/viterbi';

export interface Instance {
  /** Feature rows of all tokens, token after token. */
  rows: Int32Array;
  /** rows of token i are rows[offsets[i] … offsets[i + 1]). */
  offsets: Int32Array;
  gold: Int8Array;
  /** O tokens may also be MISC (the corpus has no MISC layer). */
  latentMisc: boolean;
}

const O = TAG_INDEX.O;
const B_MISC = TAG_INDEX['B-MISC'];
const I_MISC = TAG_INDEX['I-MISC'];

/** A seeded generator (mulberry32), so training is reproducible. */
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

export class Perceptron {
  readonly weights: Float32Array;
  private readonly totals: Float64Array;
  readonly transitions = new Float64Array(TAG_COUNT * TAG_COUNT);
  private readonly transTotals = new Float64Array(TAG_COUNT * TAG_COUNT);
  readonly start = new Float64Array(TAG_COUNT);
  private readonly startTotals = new Float64Array(TAG_COUNT);
  private step = 1;

  constructor(readonly bits: number) {
    this.weights = new Float32Array((1 << bits) * TAG_COUNT);
    this.totals = new Float64Array((1 << bits) * TAG_COUNT);
  }

  emissions(x: Instance): Float32Array {
    const n = x.gold.length;
    const e = new Float32Array(n * TAG_COUNT);
    const w = this.weights;
    for (let i = 0; i < n; i++) {
      const o = i * TAG_COUNT;
      for (let k = x.offsets[i]; k < x.offsets[i + 1]; k++) {
        const r = x.rows[k] * TAG_COUNT;
        for (let t = 0; t < TAG_COUNT; t++) e[o + t] += w[r + t];
      }
    }
    return e;
  }

  /** One update on one sentence; returns whether the prediction was wrong. */
  train(x: Instance): boolean {
    const n = x.gold.length;
    const e = this.emissions(x);
    const pred = viterbi(e, n, this.transitions, this.start);
    const target = x.latentMisc
      ? viterbi(e, n, this.transitions, this.start, (i, t) => (x.gold[i] === O ? t === O || t === B_MISC || t === I_MISC : t === x.gold[i]))
      : Int32Array.from(x.gold);
    let wrong = false;
    for (let i = 0; i < n; i++) {
      const g = target[i];
      const p = pred[i];
      if (g !== p) {
        wrong = true;
        for (let k = x.offsets[i]; k < x.offsets[i + 1]; k++) {
          const r = x.rows[k] * TAG_COUNT;
          this.bump(this.weights, this.totals, r + g, 1);
          this.bump(this.weights, this.totals, r + p, -1);
        }
      }
      const gp = i === 0 ? -1 : target[i - 1];
      const pp = i === 0 ? -1 : pred[i - 1];
      if (gp !== pp || g !== p) {
        if (i === 0) {
          this.bump(this.start, this.startTotals, g, 1);
          this.bump(this.start, this.startTotals, p, -1);
        } else {
          this.bump(this.transitions, this.transTotals, gp * TAG_COUNT + g, 1);
          this.bump(this.transitions, this.transTotals, pp * TAG_COUNT + p, -1);
        }
      }
    }
    this.step++;
    return wrong;
  }

  /** Weights averaged over every step (Daumé's trick: totals hold step × update). */
  averaged(): { weights: Float32Array; transitions: Float64Array; start: Float64Array } {
    const avg = (w: ArrayLike<number>, tot: Float64Array, out: Float32Array | Float64Array) => {
      for (let i = 0; i < w.length; i++) out[i] = w[i] - tot[i] / this.step;
      return out;
    };
    return {
      weights: avg(this.weights, this.totals, new Float32Array(this.weights.length)) as Float32Array,
      transitions: avg(this.transitions, this.transTotals, new Float64Array(this.transitions.length)) as Float64Array,
      start: avg(this.start, this.startTotals, new Float64Array(this.start.length)) as Float64Array,
    };
  }

  private bump(w: Float32Array | Float64Array, tot: Float64Array, i: number, by: number): void {
    w[i] += by;
    tot[i] += this.step * by;
  }
}

/**
 * Int8 weights for the rows worth keeping: the `maxRows` rows with the largest weights (L1),
 * quantised with one scale (the largest weight kept, clipped at the 99.99th percentile).
 */
export function quantize(weights: Float32Array, bits: number, maxRows: number): { rowIds: Uint32Array; q: Int8Array; scale: number } {
  const rows = 1 << bits;
  const norm = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let s = 0;
    for (let t = 0; t < TAG_COUNT; t++) s += Math.abs(weights[r * TAG_COUNT + t]);
    norm[r] = s;
  }
  const order = Array.from({ length: rows }, (_, r) => r).filter((r) => norm[r] > 0);
  order.sort((a, b) => norm[b] - norm[a]);
  const kept = order.slice(0, maxRows).sort((a, b) => a - b);
  const mags: number[] = [];
  for (const r of kept) for (let t = 0; t < TAG_COUNT; t++) mags.push(Math.abs(weights[r * TAG_COUNT + t]));
  mags.sort((a, b) => a - b);
  const clip = mags[Math.floor(mags.length * 0.9999)] || 1;
  const scale = clip / 127;
  const q = new Int8Array(kept.length * TAG_COUNT);
  const rowIds = new Uint32Array(kept.length);
  kept.forEach((r, i) => {
    rowIds[i] = r;
    for (let t = 0; t < TAG_COUNT; t++) q[i * TAG_COUNT + t] = Math.max(-127, Math.min(127, Math.round(weights[r * TAG_COUNT + t] / scale)));
  });
  return { rowIds, q, scale };
}
