// Claims: which sentences are check-worthy (the learned model when one is loaded, else the rules
// of ./score.ts), how each is sourced (./sourcing.ts), and which are flagged: check-worthy and
// their support cannot be followed from the article.
import type { LinkSpan, TextBlock } from '../../page/types';
import type { Claim, ClaimReason, Entity } from '../types';
import type { Sentence } from '../sentences';
import type { TokenizedSentences } from '../entities';
import { claimId } from '../hash';
import type { ClaimsModel } from './model';
import { scoreSentence } from './score';
import { SourcingJudge, UNFOLLOWABLE, attributionReason } from './sourcing';
import { whatMakesItCheckWorthy } from './reasons';
import { isPageFurniture } from './furniture';

export { loadClaimsModel, type ClaimsModel } from './model';

/** Rules only: sentences scoring at least this are check-worthy. */
export const CLAIM_THRESHOLD = 0.5;
/**
 * Model: sentences the model gives at least this probability are check-worthy. Chosen on the
 * news dev set (flag F1), see public/models/claims.md; never on the blind set.
 */
export const CHECK_WORTHY_THRESHOLD = 0.45;
/** A link that goes nowhere on an already claim-like sentence makes it more of one (rules only). */
const DEAD_LINK_WEIGHT = 0.15;
const SAME_SITE_WEIGHT = 0.1;
const MIN_WORDS = 5;

export interface ClaimsFound {
  /** Every check-worthy sentence, with its sourcing. */
  checkWorthy: Claim[];
  /** The flagged ones (same objects). */
  flagged: Claim[];
}

export function findClaims(
  text: string,
  sentences: readonly Sentence[],
  blocks: readonly TextBlock[],
  split: TokenizedSentences,
  tags: readonly ReadonlySet<string>[],
  entities: readonly Entity[],
  links: readonly LinkSpan[],
  model?: ClaimsModel,
): ClaimsFound {
  const judge = new SourcingJudge(text, sentences, entities, links);
  const rules = model ? null : rulesScorer(text, sentences, split, tags, entities);
  const checkWorthy: Claim[] = [];
  sentences.forEach((sentence, i) => {
    if (blocks[sentence.block]?.kind === 'heading') return;
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (wordCount(sentenceText) < MIN_WORDS || isPageFurniture(sentenceText, blocks[sentence.block], text)) return;
    let score: number;
    let cueReasons: ClaimReason[];
    if (model) {
      const scored = model.score(sentenceText);
      if (scored.probability < CHECK_WORTHY_THRESHOLD) return;
      score = scored.probability;
      cueReasons = whatMakesItCheckWorthy(scored.cues);
    } else {
      const scored = rules!(i, sentenceText);
      if (scored.score < 0.3) return;
      score = scored.score;
      cueReasons = scored.reasons.filter((r) => !SOURCE_CODES.has(r.code));
    }
    const { sourcing, reasons: sourceReasons } = judge.judge(i);
    if (!model) {
      for (const r of sourceReasons) if (r.code === 'dead-link' || r.code === 'same-site-link') score += r.code === 'dead-link' ? DEAD_LINK_WEIGHT : SAME_SITE_WEIGHT;
      if (score < CLAIM_THRESHOLD) return;
    }
    const flagged = UNFOLLOWABLE.has(sourcing.kind);
    const reasons = flagged ? flaggedReasons(sourceReasons, cueReasons) : [supportReason(sourcing), ...cueReasons];
    checkWorthy.push({ id: claimId(sentenceText), start: sentence.start, end: sentence.end, text: sentenceText, score: Math.min(1, Math.round(score * 100) / 100), reasons, sourcing, flagged });
  });
  return { checkWorthy, flagged: checkWorthy.filter((c) => c.flagged) };
}

/** Rule cues that speak of the source: the sourcing judge says those now. */
const SOURCE_CODES = new Set(['attribution', 'anonymous-source', 'vague-source']);

function flaggedReasons(source: ClaimReason[], cues: ClaimReason[]): ClaimReason[] {
  if (source.length) return [...source, ...cues.map((c) => ({ code: c.code, label: c.label.replace(/ with no source link$/, '') }))];
  // Nothing at all: the first thing that makes it check-worthy carries the "no source".
  const [first, ...rest] = cues;
  if (!first) return [{ code: 'no-source', label: 'a checkable statement with no source' }];
  return [{ code: first.code, label: /with no source/.test(first.label) ? first.label : `${first.label} with no source` }, ...rest.map((c) => ({ code: c.code, label: c.label.replace(/ with no source link$/, '') }))];
}

function supportReason(sourcing: Claim['sourcing']): ClaimReason {
  if (sourcing.kind === 'linked') return { code: 'linked', label: sourcing.source ? `linked: ${sourcing.source}` : 'linked to its source' };
  return attributionReason({ kind: 'on-record', source: sourcing.source ?? 'a named source', speech: false });
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The rules' score for sentence i (no model loaded). */
function rulesScorer(text: string, sentences: readonly Sentence[], split: TokenizedSentences, tags: readonly ReadonlySet<string>[], entities: readonly Entity[]) {
  const mentionStarts = entities.flatMap((e) => e.mentions.map((m) => m.start)).sort((a, b) => a - b);
  return (i: number, sentenceText: string) => {
    const sentence = sentences[i];
    let lo = 0;
    let hi = mentionStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentionStarts[mid] < sentence.start) lo = mid + 1;
      else hi = mid;
    }
    const namesEntity = lo < mentionStarts.length && mentionStarts[lo] < sentence.end;
    const { from, to } = split.ranges[i];
    let hasPastVerb = false;
    for (let t = from; t < to && !hasPastVerb; t++) hasPastVerb = tags[t].has('PastTense') || /^(?:was|were|had|has|have|did)$/i.test(split.tokens[t].text);
    return scoreSentence({ text: sentenceText, namesEntity, hasPastVerb, inHeading: false });
  };
}
