// How a reader can follow one sentence's support from the article: a working link, a named
// source on the record, an anonymous or vague one, a document it names but does not link, a link
// that goes nowhere, or nothing. An attribution in the sentence before or after, in the same
// paragraph, counts for this one ("The ministry said 14 soldiers died. Another 30 were hurt."), and
// a quotation with no "she said" of its own is the words of the person who introduced it.
import type { LinkSpan } from '../../page/types';
import type { ClaimReason, ClaimSourcing, Entity } from '../types';
import type { Sentence } from '../sentences';
import { LinkIndex, checkSupport, isWorkingLink } from '../support';
import { findAttribution, quoteBalance, type Attribution, type SentenceMention } from './attribution';

/** The study's own people or pages as a clause's subject: "the researchers were able to", "what the authors determined". */
const STUDY_SUBJECT = /\b(?:the|these|its|their)\s+(?:study|report|paper|survey|researchers|scientists|authors|study's|report's)\s+(?:(?:also|then|further|later|were|was|have|had|has)\s+)*(?:able|found|determined|showed|shows|measured|observed|concluded|calculated|discovered|estimated|reported|identified|predicted|noted)\b/i;

/** A sentence that carries on from the one before: "It ranked …", "Additionally, …", "Among its key findings: …". */
const CONTINUES = /^\s*(?:It|Its|They|Their|Additionally|In addition|Also|Moreover|Furthermore|Among (?:its|their|the)|The (?:report|study|survey|paper|analysis)(?:'s|’s)?)\b/;
/** The sentence before speaks of a document: "The report also suggested …", "a new study released on Monday". */
const DOCUMENT_MENTION = /\b(?:the|this|that|a|an|new|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:report|study|survey|paper|analysis)\b/i;

/** Sourcing kinds whose support a reader cannot follow: a check-worthy sentence with one is flagged. */
export const UNFOLLOWABLE = new Set<ClaimSourcing['kind']>(['none', 'anonymous', 'vague', 'named-unlinked', 'dead-link']);

export interface SourcedSentence {
  sourcing: ClaimSourcing;
  /** The card's words for what is missing (empty when the support can be followed). */
  reasons: ClaimReason[];
}

/** Judges the sourcing of any sentence of one text; attributions are found once per sentence. */
export class SourcingJudge {
  private readonly index: LinkIndex;
  private readonly attributions = new Map<number, Attribution | null>();
  private readonly mentions: SentenceMention[][];

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    entities: readonly Entity[],
    links: readonly LinkSpan[],
  ) {
    this.index = new LinkIndex(links);
    this.mentions = mentionsBySentence(sentences, entities);
  }

  judge(i: number): SourcedSentence {
    const sentence = this.sentences[i];
    const support = checkSupport(this.index, sentence, this.sentences[i - 1], this.text);
    const own = this.attribution(i);
    // "…, a senior source told Reuters.": the sentence rests on its unnamed source; a link to the
    // outlet's own related story (on a name or a clause inside it) does not show where it came from.
    if (support.kind === 'linked') {
      if (own?.kind === 'anonymous' && support.link.verdict === 'same-site') return { sourcing: { kind: 'anonymous', source: own.source }, reasons: [attributionReason(own)] };
      return linked(support.link);
    }
    const adjacent = own ? null : this.adjacentAttribution(i);
    const found = own ?? adjacent;
    const where = adjacent ? { adjacent: true } : {};
    if (found?.kind === 'on-record') {
      const source = /^(?:he|she|they|it|we|i|who|which)$/i.test(found.source) ? (this.antecedent(i, found.source) ?? found.source) : found.source;
      return { sourcing: { kind: 'on-record', source, ...where }, reasons: [] };
    }
    // "The report concluded …" after the report was linked: the reader has the link already.
    if (found && found.kind !== 'anonymous' && /^(?:the|this|that|these|its|their)\s+(?:\w+\s+)?(?:report|study|survey|paper|analysis|authors?|researchers?|scientists?|findings|data)\b/i.test(found.source)) {
      const earlier = this.workingLinkBefore(sentence.start);
      if (earlier) return linked(earlier, true);
    }
    // "However, the scientists were able to match …" after the study was linked: its findings.
    if (!found && STUDY_SUBJECT.test(this.text.slice(sentence.start, sentence.end))) {
      const earlier = this.workingLinkBefore(sentence.start);
      if (earlier) return linked(earlier, true);
    }
    // "The report also suggested … [link]. It ranked near the bottom …": the next sentence goes on
    // with the linked document's findings, as do the words after "Among its key findings:".
    if (!found && i > 0) {
      // Skip a widget's line or two between the paragraphs ("Powered by SmartAsset.com").
      let k = i - 1;
      while (k > 0 && k > i - 3 && this.sentences[k].block !== sentence.block && wordCount(this.text.slice(this.sentences[k].start, this.sentences[k].end)) < 5) k--;
      const prev = this.sentences[k];
      const prevText = this.text.slice(prev.start, prev.end);
      const leadIn = /:\s*$/.test(prevText);
      if (prev.block >= sentence.block - 2 && (leadIn || (CONTINUES.test(this.text.slice(sentence.start, sentence.end)) && DOCUMENT_MENTION.test(prevText)))) {
        const before = this.judge(k).sourcing;
        if (before.kind === 'linked') return { sourcing: { ...before, adjacent: true }, reasons: [] };
      }
    }
    // Precedence (the dev set's): named-unlinked > dead link > anonymous > vague > none.
    if (found?.kind === 'named-unlinked' || (found && !support.reasons.length)) {
      return { sourcing: { kind: found.kind, source: found.source, ...where }, reasons: [...support.reasons, attributionReason(found)] };
    }
    if (support.reasons.length) return { sourcing: { kind: 'dead-link' }, reasons: found ? [...support.reasons, attributionReason(found)] : support.reasons };
    return { sourcing: { kind: 'none' }, reasons: [] };
  }

  /** The last working link in the article before `offset`. */
  private workingLinkBefore(offset: number): LinkSpan | undefined {
    return this.index.within(0, offset).filter(isWorkingLink).pop();
  }

  private attribution(i: number): Attribution | null {
    if (!this.attributions.has(i)) {
      const s = this.sentences[i];
      this.attributions.set(i, findAttribution(this.text.slice(s.start, s.end), this.mentions[i]));
    }
    return this.attributions.get(i) ?? null;
  }

  /** Who "he", "she" or "they" most likely is: the last person (or, for they/it, organisation) named
   *  in this sentence before the pronoun or in the three sentences before it. */
  private antecedent(i: number, pronoun: string): string | undefined {
    const wanted = /^(?:he|she|i)$/i.test(pronoun) ? ['person'] : ['organization', 'person'];
    for (let k = i; k >= Math.max(0, i - 3); k--) {
      const found = this.mentions[k].filter((m) => wanted.includes(m.type));
      if (k === i) continue;
      if (found.length) return found[found.length - 1].text;
    }
    return undefined;
  }

  /** The attribution of the sentence before (or, for a quote, after) in the same paragraph, or of
   *  the sentence that opened the quotation this one continues. */
  private adjacentAttribution(i: number): Attribution | null {
    const s = this.sentences[i];
    const own = quoteBalance(this.text.slice(s.start, s.end));
    // '"We will rebuild. Every house will stand again," she said.': the speaker comes after.
    for (let k = i + 1; k < this.sentences.length && k <= i + 3 && this.sentences[k].block === s.block && own.opens > own.closes; k++) {
      const a = this.attribution(k);
      if (a?.speech) return a;
      const { opens, closes } = quoteBalance(this.text.slice(this.sentences[k].start, this.sentences[k].end));
      if (closes > opens) break;
    }
    // '… reaffirmed his commitment to a Palestinian state.”': the rest of a quote opened before,
    // or the words after "President Obama also said:".
    if (own.closes > own.opens || this.afterColonLeadIn(i)) {
      for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
        const a = this.attribution(k);
        if (a?.speech || (a && /:\s*$/.test(this.text.slice(this.sentences[k].start, this.sentences[k].end)))) return a;
      }
    }
    const prev = this.sentences[i - 1];
    if (prev && prev.block === s.block) {
      const a = this.attribution(i - 1);
      if (a && a.kind !== 'named-unlinked' && !a.quoteOnly) return a;
    }
    return this.quotationSpeaker(i);
  }

  /** Whether sentence i is quoted words: it opens with a quotation mark, or a quote opened earlier
   *  in its paragraph is still open where it starts. */
  private insideQuotation(i: number): boolean {
    const s = this.sentences[i];
    const own = this.text.slice(s.start, s.end).trimStart();
    if (/^[“"«]/.test(own)) return true;
    let k = i - 1;
    while (k >= 0 && this.sentences[k].block === s.block) k--;
    const before = quoteBalance(this.text.slice(this.sentences[k + 1].start, s.start));
    return before.opens > before.closes;
  }

  /** The speaker of a quotation that has no "she said" of its own: a quote paragraph after
   *  "The mayor, Ana Ruiz, defended the closures." is Ana Ruiz's words, on the record. Walks back
   *  over the quotation's earlier sentences (at most four) to the sentence that introduced it, and
   *  takes its on-the-record source, or else the last person it names. */
  private quotationSpeaker(i: number): Attribution | null {
    if (!this.insideQuotation(i)) return null;
    let k = i - 1;
    for (let steps = 0; k >= 0 && steps < 4 && this.insideQuotation(k); steps++) {
      const a = this.attribution(k);
      if (a) return a.kind === 'on-record' ? a : null;
      k--;
    }
    if (k < 0 || this.insideQuotation(k)) return null;
    // The introducing sentence must sit right before the quotation: same paragraph, or the one before.
    const first = this.sentences[k + 1].block;
    if (this.sentences[k].block !== first && this.sentences[k].block !== first - 1) return null;
    const a = this.attribution(k);
    if (a) return a.kind === 'on-record' ? a : null;
    const people = this.mentions[k].filter((m) => m.type === 'person');
    if (!people.length) return null;
    return { kind: 'on-record', source: people[people.length - 1].text, speech: true };
  }

  /** Whether one of the two sentences before ends with a colon ("President Obama also said:"). */
  private afterColonLeadIn(i: number): boolean {
    for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
      if (/:\s*$/.test(this.text.slice(this.sentences[k].start, this.sentences[k].end))) return true;
    }
    return false;
  }
}

export function attributionReason(a: Attribution): ClaimReason {
  switch (a.kind) {
    case 'anonymous':
      return { code: 'anonymous-source', label: `anonymous source (${a.source})` };
    case 'vague':
      // "allegedly", "it is believed": a hedge that hides who says so.
      if (!/\s/.test(a.source) || /^it\b|\bto$/i.test(a.source)) return { code: 'hedge', label: `hedged: "${a.source}", no source` };
      return { code: 'vague-source', label: `vague source (${a.source})` };
    case 'named-unlinked': {
      const noun = /\b(?:report|study|survey|poll|analysis|audit|review|paper|census|inquiry|investigation|filing|memo|dossier|letter|document|records|figures|data|statistics|estimates|index|ranking|research)\b/i.exec(a.source)?.[0].toLowerCase() ?? 'document';
      const what = /s$|^(?:data|research)$/.test(noun) ? noun : `a ${noun}`;
      return { code: 'named-unlinked', label: `names ${what} it does not link (${a.source})` };
    }
    default:
      return { code: 'attribution', label: `attributed to ${a.source}` };
  }
}

function linked(link: LinkSpan, earlier = false): SourcedSentence {
  return { sourcing: { kind: 'linked', source: link.text, url: link.url ?? link.href, ...(earlier ? { adjacent: true } : {}) }, reasons: [] };
}

function mentionsBySentence(sentences: readonly Sentence[], entities: readonly Entity[]): SentenceMention[][] {
  const all = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type, text: e.name }))).sort((a, b) => a.start - b.start);
  const out: SentenceMention[][] = sentences.map(() => []);
  let k = 0;
  sentences.forEach((s, i) => {
    while (k < all.length && all[k].end <= s.start) k++;
    for (let j = k; j < all.length && all[j].start < s.end; j++) {
      out[i].push({ start: all[j].start - s.start, end: all[j].end - s.start, type: all[j].type, text: all[j].text });
    }
  });
  return out;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
