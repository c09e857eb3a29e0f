// Scores one sentence as a checkable claim (0..1) with the reasons a reader sees.
import type { ClaimReason } from '../types';
import { CLAIM_CUES, NOT_CLAIM_CUES } from './cues';

export interface SentenceFacts {
  text: string;
  /** The sentence names at least one entity. */
  namesEntity: boolean;
  /** Compromise found a past-tense verb (an event happened). */
  hasPastVerb: boolean;
  inHeading: boolean;
}

export interface Scored {
  score: number;
  reasons: ClaimReason[];
}

const MIN_WORDS = 6;

export function scoreSentence(facts: SentenceFacts): Scored {
  const { text } = facts;
  const none: Scored = { score: 0, reasons: [] };
  if (facts.inHeading) return none;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < MIN_WORDS) return none;
  // A question asks; it does not assert (a quoted question inside a claim still ends in a quote).
  if (/\?["'”’)]*$/.test(text.trim())) return none;

  let score = 0;
  const reasons: ClaimReason[] = [];
  const seen = new Set<string>();
  for (const cue of CLAIM_CUES) {
    const m = cue.pattern.exec(text);
    if (!m) continue;
    score += cue.weight;
    if (seen.has(cue.code)) continue;
    seen.add(cue.code);
    reasons.push({ code: cue.code, label: cue.label(m[0]) });
  }
  if (facts.namesEntity && facts.hasPastVerb) {
    score += 0.3;
    reasons.push({ code: 'actor-event', label: 'an event with a named actor' });
  } else if (facts.namesEntity && /\b(?:is|are)\b/.test(text)) {
    // "Lake Baikal is …", "NHS England says …": a present-tense statement about a named thing.
    score += 0.15;
  }
  const attributed = seen.has('attribution') || seen.has('anonymous-source');
  for (const cue of NOT_CLAIM_CUES) {
    // "X said we should ..." reports someone else's prescription: still a claim about what they said.
    if (cue.pattern.test(text)) score -= attributed ? cue.weight / 2 : cue.weight;
  }
  return { score: Math.max(0, Math.min(1, Math.round(score * 100) / 100)), reasons };
}
