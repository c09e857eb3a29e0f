// Author names from bylines as pages write them: "By A and B", "Par A, B et C", "A | Staff",
// "Jong, Michiel de". The result must never be a URL, a date or a role.
import { findDateInText, looksLikeDate } from './dates';
import { collapse } from './collapse';


// "By" in the bylines of right-to-left pages too: Hebrew מאת, Arabic بقلم.
const LEAD = /^(?:(?:written|reported|posted|words|text|story)\s+)?(?:by|par|por|von|מאת|بقلم)\s*[:\s]\s*/i;
// "and" in the languages whose bylines we meet most; not "en"/"i", which also mean "in".
const AND = /\s+(?:and|und|et|y|e)\s+|\s*&\s*|\s*;\s*|\s*、\s*/i;
const ROLE =
  /\b(?:writer|editor|reporter|correspondent|staff|contributor|columnist|author|producer|photographer|journalist|analyst|fellow|professor|director|senior|chief|news|desk|updated|published)\b/i;
// "Ben Silverman Games Editor": a job title glued to the name.
const TRAILING_ROLE =
  /(?:\s+\p{Lu}\p{L}*){0,2}\s+(?:Editor|Writer|Reporter|Correspondent|Columnist|Contributor|Producer|Staff)$/u;
const NOT_A_NAME = /(?:[<>={}]|https?:|javascript:|www\.|@|\.(?:com|org|net)\b|\bfollow\b|\bview all\b|\bposts? by\b|\bsee more\b|\bshare\b)/i;

/** Drop "By", trailing dates, "| Site" tails and job titles from one byline string. */
function cleanByline(raw: string): string {
  // Markup inside a meta tag's content is text to us; a name is what is left without the tags.
  let s = collapse(raw.replace(/<[^>]*>?/g, ' ')).replace(LEAD, '');
  // A date or a time after the names ends the byline ("By Nathan Willis March 25, 2015").
  const date = findDateInText(s);
  if (date) {
    const cut = s.search(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i);
    if (cut > 0) s = s.slice(0, cut);
  }
  s = s.replace(/\s*(?:\||·|•|—|–| - |\bupdated\b|\bpublished\b|\bposted\b|\b(?:edited|photos?|illustrations?|additional reporting) by\b).*$/i, '');
  s = s.replace(/\s*\d{1,2}:\d{2}.*$/, '').replace(/\s*\(.*?\)\s*$/, '');
  s = s.replace(TRAILING_ROLE, '');
  return collapse(s.replace(LEAD, '').replace(/[,;:.\s]+$/, ''));
}

// Lower-case words a personal name may contain ("Michiel de Jong", "Ursula von der Leyen").
const PARTICLES = /^(?:de|da|do|dos|das|del|della|der|den|van|von|zu|la|le|di|du|bin|ibn|al|el|y|e|ter|ten|st\.?)$/;

function plausibleName(s: string, fromText: boolean): boolean {
  if (s.length < 2 || s.length > 70 || !/\p{L}/u.test(s)) return false;
  if (NOT_A_NAME.test(s) || looksLikeDate(s)) return false;
  const words = s.split(' ');
  // In page text, "Ad Operations at IAB" is a job description from an author bio, not a name.
  // (Declared metadata may name an organization: "Contributors to Wikimedia projects".)
  return words.length <= 7 && !(fromText && words.some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.test(w)));
}

/** Split one cleaned byline into names. */
function splitNames(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(AND)) {
    const commaParts = part.split(/\s*,\s*/).filter(Boolean);
    // "Jong, Michiel de" is one person written surname-first: split on commas only when every
    // piece looks like a full name (two words or more) or is a role to drop.
    const splittable = commaParts.length > 1 && commaParts.every((p) => p.includes(' ') || ROLE.test(p));
    for (const p of splittable ? commaParts : [part]) {
      if (splittable && ROLE.test(p)) continue;
      out.push(collapse(p));
    }
  }
  return out;
}

/**
 * Names from byline-like strings, cleaned, split and deduplicated (case-insensitive).
 * `fromText`: the strings were read from the page, not from metadata, so be stricter.
 */
export function parseAuthors(values: Iterable<string>, fromText = false): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of values) {
    if (!raw || /^https?:\/\//i.test(raw.trim())) continue;
    for (const name of splitNames(cleanByline(raw))) {
      // Letters of every script: \W would strip an Arabic, Hebrew or Japanese name whole.
      const clean = name.replace(LEAD, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}.)]+$/gu, '');
      const key = clean.toLowerCase();
      if (!plausibleName(clean, fromText) || seen.has(key)) continue;
      seen.add(key);
      names.push(clean);
    }
  }
  return names;
}

const BYLINE_SELECTOR =
  '[itemprop~="author"],[rel~="author"],.byline,[class*="byline" i],[class*="author-name" i],[class*="authorname" i],.author,[data-testid*="byline" i]';

export interface Byline {
  text: string;
  element: Element;
}

/** The byline written in the page ("By Joe Quinn") and its element; undefined when there is none. */
export function findByline(doc: Document): Byline | undefined {
  for (const el of doc.querySelectorAll(BYLINE_SELECTOR)) {
    if (el.closest('nav,[class*="comment" i],[class*="related" i]')) continue;
    // A page footer or sidebar bylines other stories; an article's own <footer>/<aside> is fine.
    const aside = el.closest('footer,aside');
    if (aside && !aside.closest('article')) continue;
    const named = el.getAttribute('itemprop')?.includes('author')
      ? (el.querySelector('[itemprop="name"]')?.getAttribute('content') ?? el.querySelector('[itemprop="name"]')?.textContent ?? el.getAttribute('content'))
      : undefined;
    const text = collapse(named ?? el.textContent ?? '');
    if (text.length >= 2 && text.length <= 160 && parseAuthors([text], true).length) return { text, element: el };
  }
  // No byline markup: look at the few elements after the headline for a "By ..." line.
  let el: Element | null = doc.querySelector('h1');
  for (let i = 0; el && i < 25; i++) {
    el = nextInOrder(el);
    if (!el || el.tagName === 'H1' || el.tagName === 'H2') break;
    if (el.children.length > 4) continue;
    const text = collapse(el.textContent ?? '');
    if (text.length < 160 && /^(?:by|By|BY)\s+\p{Lu}/u.test(text) && parseAuthors([text], true).length) return { text, element: el };
  }
  return undefined;
}

function nextInOrder(el: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  let cur: Element | null = el;
  while (cur && !cur.nextElementSibling) cur = cur.parentElement;
  return cur?.nextElementSibling ?? null;
}
