// Best tag sequence under per-token scores and tag-to-tag transitions, with I-X only after B-X
// or I-X. `allowed` (training only) restricts each token's tags: that is how a corpus without
// MISC annotations is read, its O tokens free to be O or MISC.
import { TAG_COUNT, allowedTransition } from './tags';

const LEGAL: boolean[] = [];
for (let p = 0; p < TAG_COUNT; p++) for (let t = 0; t < TAG_COUNT; t++) LEGAL.push(allowedTransition(p, t));
const LEGAL_START: boolean[] = Array.from({ length: TAG_COUNT }, (_, t) => allowedTransition(-1, t));

export function viterbi(
  emissions: Float32Array,
  n: number,
  transitions: ArrayLike<number>,
  start: ArrayLike<number>,
  allowed?: (token: number, tag: number) => boolean,
): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * TAG_COUNT).fill(-Infinity);
  const back = new Int32Array(n * TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++) {
    if (!LEGAL_START[t] || (allowed && !allowed(0, t))) continue;
    score[t] = start[t] + emissions[t];
  }
  for (let i = 1; i < n; i++) {
    const row = i * TAG_COUNT;
    const prevRow = row - TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      if (allowed && !allowed(i, t)) continue;
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < TAG_COUNT; p++) {
        if (!LEGAL[p * TAG_COUNT + t]) continue;
        const s = score[prevRow + p] + transitions[p * TAG_COUNT + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + t] = best + emissions[row + t];
      back[row + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * TAG_COUNT;
  for (let t = 0; t < TAG_COUNT; t++) {
    if (score[last + t] > best) {
      best = score[last + t];
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * TAG_COUNT + arg];
  }
  return out;
}
