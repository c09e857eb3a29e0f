// Where a cross-posted article first appeared: the "original source" line republishers print,
// JSON-LD isBasedOn, or a canonical URL on another site.
import type { OriginalSource } from './types';
import { stripMirrorLabel } from '../sites/mirror-label';
import { ldText, ldUrl, type LdNode } from './json-ld';
import { collapse } from './collapse';
import { runToEnd } from './slices';


// Cheap test run on every text node; the exact patterns below run only on the few that pass.
const TRIGGER = /original source|originally|first (?:published|posted|appeared)|republished|^\s*source\s*:/i;

// Each must start a sentence: mid-sentence "a report originally published by the Pentagon" is
// prose, not a cross-post notice.
const STRONG = [
  /(?:^|[.!?*]\s+)(?:the\s+)?original source of this (?:article|story|post|piece) is\s*:?\s*(.*)/i,
  /(?:^|[.!?*]\s+)(?:(?:this|the|a version of this) (?:article|story|post|piece|essay|report|column|interview)\s+(?:was\s+|is\s+|has been\s+)?)?(?:first|originally) (?:published|posted|appeared|ran)\s*(?:on|at|by|in|with)\s+(.*)/i,
  /(?:^|[.!?*]\s+)republished (?:from|with permission (?:from|of)|courtesy of)\s+(.*)/i,
];
const WEAK = /^source\s*:\s*(.+)/i;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const NAME_END = new RegExp(
  `[.!?;](?:\\s|$)|\\s+(?:on|in)\\s+(?:\\d|${MONTH}\\s)|,\\s*(?:\\d|${MONTH}\\s)|\\s+(?:under|with permission|and is|and was|as part|here\\b)`,
  'i',
);

function hostName(href: string): string | undefined {
  try {
    return stripMirrorLabel(new URL(href).hostname.toLowerCase());
  } catch {
    return undefined;
  }
}


function resolve(href: string, base: string): string | undefined {
  try {
    const u = new URL(href, base);
    return /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function fromBlock(block: Element, rest: string, url: string): OriginalSource | undefined {
  const end = rest.search(NAME_END);
  let name = collapse(end >= 0 ? rest.slice(0, end) : rest).replace(/^["'“‘]|["'”’,:]+$/g, '');
  // The outlet's link: the one whose text is (part of) the name, else the first real link.
  const links = [...block.querySelectorAll('a[href]')];
  const link =
    links.find((a) => {
      const t = collapse(a.textContent ?? '');
      return t.length > 1 && name.toLowerCase().includes(t.toLowerCase());
    }) ?? links.find((a) => resolve(a.getAttribute('href') ?? '', url));
  const href = link ? resolve(link.getAttribute('href') ?? '', url) : undefined;
  if (/^https?:\/\/\S+$/i.test(name)) {
    return { name: hostName(name), url: name };
  }
  if (!name && link) name = collapse(link.textContent ?? '');
  if (!name || name.length > 80) return href ? { url: href } : undefined;
  return href ? { name, url: href } : { name };
}

/** The "original source of this article is X" style notice, if the page prints one. */
export function findOriginalSourceLine(doc: Document, url: string): OriginalSource | undefined {
  return runToEnd(findOriginalSourceLineSteps(doc, url));
}

/** Text nodes looked at between two points where a sliced caller may pause (lib/page/slices.ts). */
const PAUSE_EVERY = 256;

/** findOriginalSourceLine's work: a walk over every text node of the page, pausing as it goes. */
export function* findOriginalSourceLineSteps(doc: Document, url: string): Generator<void, OriginalSource | undefined, void> {
  const root = doc.body;
  if (!root) return undefined;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let weak: OriginalSource | undefined;
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++seen % PAUSE_EVERY === 0) yield;
    const value = node.nodeValue;
    if (!value || !TRIGGER.test(value)) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('script,style,noscript,template,textarea')) continue;
    const block = parent.closest('p,li,blockquote,dd,td,div,section,aside,footer,article') ?? parent;
    const text = collapse(block.textContent ?? '');
    if (text.length > 400) continue;
    for (const re of STRONG) {
      const m = re.exec(text);
      if (m) {
        const found = fromBlock(block, m[1], url);
        if (found) return found;
      }
    }
    const w = weak ? null : WEAK.exec(text);
    if (w && text.length < 150 && !block.closest('figure,figcaption,table,caption')) weak = fromBlock(block, w[1], url);
  }
  return weak;
}

/** JSON-LD isBasedOn / isBasedOnUrl of the article node. */
export function fromJsonLd(node: LdNode | undefined): OriginalSource | undefined {
  if (!node) return undefined;
  const based = node.isBasedOn ?? node.isBasedOnUrl;
  if (!based) return undefined;
  const url = ldUrl(based);
  const text = ldText(based);
  // A string isBasedOn is a URL; anything with a scheme (javascript:, data:) is not a name.
  const name = text && !/^[a-z][\w+.-]*:/i.test(text) ? text : url ? hostName(url) : undefined;
  if (!url && !name) return undefined;
  return url ? (name ? { name, url } : { url }) : { name };
}

/**
 * A canonical URL on another site means the page is a copy of that one. Here only another host
 * is told apart; one on the page's own site (news.x.com for www.x.com) is dropped by
 * judgeSnapshotSites (./link-sites.ts), which knows what a site is.
 */
export function fromCanonical(canonical: string | undefined, url: string): OriginalSource | undefined {
  if (!canonical) return undefined;
  try {
    const c = new URL(canonical);
    const u = new URL(url);
    const host = stripMirrorLabel(c.hostname.toLowerCase());
    if (host === stripMirrorLabel(u.hostname.toLowerCase())) return undefined;
    return { name: host, url: c.href };
  } catch {
    return undefined;
  }
}
