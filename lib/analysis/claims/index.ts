// Unlinked claims: sentences that score as checkable claims and carry no working source link.
import type { LinkSpan, TextBlock } from '../../page/types';
import type { Claim, Entity } from '../types';
import type { Sentence } from '../sentences';
import type { TokenizedSentences } from '../entities';
import { claimId } from '../hash';
import { LinkIndex, checkSupport } from '../support';
import { scoreSentence } from './score';

/** Sentences scoring at least this are shown as claims. */
export const CLAIM_THRESHOLD = 0.5;
/** A link that goes nowhere on an already claim-like sentence makes it more of one. */
const DEAD_LINK_WEIGHT = 0.15;
const SAME_SITE_WEIGHT = 0.1;

export function findClaims(
  text: string,
  sentences: readonly Sentence[],
  blocks: readonly TextBlock[],
  split: TokenizedSentences,
  tags: readonly ReadonlySet<string>[],
  entities: readonly Entity[],
  links: readonly LinkSpan[],
): Claim[] {
  const mentionStarts = entities.flatMap((e) => e.mentions.map((m) => m.start)).sort((a, b) => a - b);
  const index = new LinkIndex(links);
  const out: Claim[] = [];
  let m = 0;
  sentences.forEach((sentence, i) => {
    while (m < mentionStarts.length && mentionStarts[m] < sentence.start) m++;
    const namesEntity = m < mentionStarts.length && mentionStarts[m] < sentence.end;
    const { from, to } = split.ranges[i];
    let hasPastVerb = false;
    for (let t = from; t < to && !hasPastVerb; t++) hasPastVerb = tags[t].has('PastTense') || /^(?:was|were|had|has|have|did)$/i.test(split.tokens[t].text);
    const sentenceText = text.slice(sentence.start, sentence.end);
    const scored = scoreSentence({ text: sentenceText, namesEntity, hasPastVerb, inHeading: blocks[sentence.block]?.kind === 'heading' });
    if (scored.score < 0.3) return;
    const support = checkSupport(index, sentence, sentences[i - 1], text);
    if (support.kind === 'linked') return;
    let score = scored.score;
    for (const r of support.reasons) score += r.code === 'dead-link' ? DEAD_LINK_WEIGHT : SAME_SITE_WEIGHT;
    score = Math.min(1, Math.round(score * 100) / 100);
    if (score < CLAIM_THRESHOLD) return;
    out.push({ id: claimId(sentenceText), start: sentence.start, end: sentence.end, text: sentenceText, score, reasons: [...support.reasons, ...scored.reasons] });
  });
  return out;
}
