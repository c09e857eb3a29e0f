// Whether a sentence's claim has a working source: a link to another site or to another article of
// the same outlet, in the sentence or in the attribution clause that introduces it ("According to a
// report in [The Guardian]:"). A link to '#', javascript:, the same page or the outlet's home, tag,
// author or search pages goes nowhere a reader could check.
import type { LinkSpan } from '../page/types';
import type { ClaimReason } from './types';
import type { Sentence } from './sentences';
import { partitionPoint } from '../sorted';

export type Support =
  | { kind: 'linked'; link: LinkSpan }
  | { kind: 'unlinked'; reasons: ClaimReason[] };

/** Links sorted by start, looked up per sentence with a moving cursor (sentences in order). */
export class LinkIndex {
  private readonly links: LinkSpan[];

  constructor(links: readonly LinkSpan[] = []) {
    this.links = [...links].sort((a, b) => a.start - b.start);
  }

  /** Links overlapping [start, end). Article links do not overlap, so their ends are sorted too. */
  within(start: number, end: number): LinkSpan[] {
    const lo = partitionPoint(this.links.length, (i) => this.links[i].end > start);
    const out: LinkSpan[] = [];
    for (let i = lo; i < this.links.length && this.links[i].start < end; i++) {
      if (this.links[i].end > start) out.push(this.links[i]);
    }
    return out;
  }
}

/** A link a reader can follow to a source: another site, or another article of the same outlet. */
export function isWorkingLink(link: LinkSpan): boolean {
  // Another site's topic or tag page ("abcnews.go.com/topics/…/supreme-court.htm") is no source either.
  if (link.verdict === 'external' || link.verdict === 'other-host') return !/\/(?:topics?|tags?|subjects?|keywords?)\//i.test(pathOf(link)) && !isSocialProfile(link);
  if (link.verdict !== 'same-site' || (link.why !== 'same site' && link.why !== 'relative link')) return false;
  // A name linked to an outlet page that is not an article ("New Zealand" → /world/newzealand,
  // "Robert Mugabe" → /robert-mugabe/) is a topic page.
  return !isTopicAnchor(link.text) || looksLikeArticle(pathOf(link));
}

/** "@Uber_Sydney" → twitter.com/Uber_Sydney: an account's profile page shows none of its posts' words. */
function isSocialProfile(link: LinkSpan): boolean {
  try {
    const url = new URL(link.url ?? link.href);
    return /(?:^|\.)(?:twitter\.com|x\.com|instagram\.com|facebook\.com|tiktok\.com|threads\.net)$/i.test(url.hostname) && /^\/@?[\w.]+\/?$/.test(url.pathname);
  } catch {
    return false;
  }
}

function pathOf(link: LinkSpan): string {
  try {
    return new URL(link.url ?? link.href, 'https://x.invalid/').pathname;
  } catch {
    return link.href;
  }
}

/** A dated or numbered path, or a slug of several words: an article, not a section. */
function looksLikeArticle(path: string): boolean {
  const last = path.replace(/\/+$/, '').split('/').pop() ?? '';
  return /\/(?:19|20)\d\d\/|\d{5,}|\.s?html?$|\/(?:article|story|news\/\d)/i.test(path) || last.split('-').length >= 4;
}

/** One to four capitalised words and nothing else: the anchor of a topic or person page. */
function isTopicAnchor(text: string): boolean {
  return /^(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}'’.&-]*){0,3}$/u.test(text.trim());
}

export function checkSupport(index: LinkIndex, sentence: Sentence, previous: Sentence | undefined, text: string): Support {
  const links = index.within(sentence.start, sentence.end);
  const working = links.find(isWorkingLink);
  if (working) return { kind: 'linked', link: working };
  if (previous && introducesSource(previous, text, previous.block === sentence.block)) {
    const introduced = index.within(previous.start, previous.end).find(isWorkingLink);
    if (introduced) return { kind: 'linked', link: introduced };
  }
  const reasons: ClaimReason[] = [];
  const dead = links.find((l) => l.verdict === 'dead');
  if (dead) reasons.push({ code: 'dead-link', label: `its link goes nowhere (${shortWhy(dead.why)})` });
  else if (links.some((l) => l.verdict === 'same-site')) {
    const page = /\(([^)]+)\)/.exec(links.find((l) => l.verdict === 'same-site')!.why)?.[1];
    reasons.push({ code: 'same-site-link', label: `its link only goes to this site's own ${page ?? 'pages'}` });
  }
  return { kind: 'unlinked', reasons };
}

/** "According to a report in The Guardian:" — a sentence that hands its source to the next one. */
function introducesSource(sentence: Sentence, text: string, sameBlock: boolean): boolean {
  const s = text.slice(sentence.start, sentence.end).trim();
  // A colon carries its source into the next block too (a list under "According to X:").
  if (/:$/.test(s)) return true;
  return sameBlock && (/^(?:according to|as reported by|as\b.*\b(?:reported|wrote|found))\b/i.test(s) && s.split(/\s+/).length <= 12);
}

/** 'fragment only (#)' → '#'; 'javascript: URL' → 'javascript:'. */
function shortWhy(why: string): string {
  const paren = /\(([^)]+)\)\s*$/.exec(why);
  if (paren) return paren[1];
  if (/javascript/i.test(why)) return 'javascript:';
  return why;
}
