// The card's words for why the model reads a sentence as check-worthy: the named cues that pushed
// its score up most ("a number", "a comparison"), never a judgement of whether it is true.
import type { ClaimReason } from '../types';
import type { CueContribution } from './model';

/** At most this many cue reasons per claim: the card stays short. */
const MAX_CUE_REASONS = 2;

export function whatMakesItCheckWorthy(cues: readonly CueContribution[]): ClaimReason[] {
  const out: ClaimReason[] = [];
  const seen = new Set<string>();
  for (const cue of cues) {
    if (out.length >= MAX_CUE_REASONS) break;
    if (!cue.reason || cue.weight <= 0 || seen.has(cue.reason)) continue;
    seen.add(cue.reason);
    out.push({ code: cue.name, label: cue.reason });
  }
  return out;
}
