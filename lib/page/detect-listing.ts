// Is this page a list of posts? A blog's home or archive, a magazine's category page and a news
// section front show several entries, each a heading that links to the post, with a date or an
// author, and an excerpt (sometimes the whole post). A single article can carry such entries too
// (related stories, "more from this blog"), but its own text stands outside them. So: find the
// entries by structure, then ask where the page's prose lives.

export interface ListingEvidence {
  /** Headings that link to another page, each with the element(s) that hold its entry. */
  entries: number;
  /** Entries that show a date or an author: the furniture of a post list (counted only when the prose could make it one). */
  furnished: number;
  /** Long paragraphs inside entries, and the most in any one entry. */
  inside: number;
  largest: number;
  /** The most long paragraphs outside every entry that share one parent: the page's own text. */
  ownText: number;
}

const MAX_HEADINGS = 200;
/** The link must be most of the heading ("History [edit]" is a section title, not a teaser). */
const LINK_SHARE = 0.6;
const FURNITURE = 'time,[datetime],[itemprop="datePublished"],[itemprop="dateCreated"],abbr.published,[rel~="author"],[itemprop~="author"]';
// A date printed on its own: 2025-03-29, 29.03.2025, 3. April 2025, March 3, 2025, 2024年10月14日.
// No Unicode property classes here (they cost V8 hundreds of milliseconds to compile on each page):
// a month name is any run of non-space, non-digit characters.
const DATE_TEXT = /(?:^|[\s(,;·|•–—-])(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{1,2}\.?\s(?:de\s)?[^\s\d.,:;/]{3,}\.?,?\s(?:de\s)?\d{4}|[^\s\d.,:;/]{3,}\.?\s\d{1,2},?\s\d{4}|\d{4}年\d{1,2}月\d{1,2}日)/;
const RUN_LIMIT = 30;

const attr = (el: Element, name: string): string => el.getAttribute(name) ?? '';
const textLength = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, '').length;

function samePage(href: string, pageUrl: URL | null): boolean {
  if (!pageUrl) return false;
  try {
    const target = new URL(href, pageUrl);
    return target.host === pageUrl.host && target.pathname.replace(/\/$/, '') === pageUrl.pathname.replace(/\/$/, '');
  } catch {
    return false;
  }
}

/** A heading that is (mostly) a link to another page. */
function teaserLink(h: Element, pageUrl: URL | null): boolean {
  const a = h.closest('a[href]') ?? h.querySelector('a[href]');
  if (!a) return false;
  const href = attr(a, 'href').trim();
  if (!href || href.startsWith('#') || /^javascript:/i.test(href) || samePage(href, pageUrl)) return false;
  const own = textLength(h);
  return own > 0 && (a.contains(h) || textLength(a) >= LINK_SHARE * own);
}

function hasDateText(nodes: Element[]): boolean {
  for (const el of nodes) {
    const walker = el.ownerDocument.createTreeWalker(el, 0x4);
    let seen = 0;
    for (let n = walker.nextNode(); n && seen < 200; n = walker.nextNode(), seen++) {
      const t = (n as Text).data.trim();
      if (t.length >= 8 && t.length <= 60 && /\d/.test(t) && DATE_TEXT.test(t)) return true;
    }
  }
  return false;
}

/**
 * Finds teaser entries and counts where the long paragraphs sit. `pageUrl` (when known) keeps a
 * heading that links to the page itself (a post's own title, a live blog's updates) out.
 */
export function listingEvidence(doc: Document, longParagraphs: readonly Element[], pageUrl: string): ListingEvidence {
  let url: URL | null = null;
  try {
    const u = new URL(pageUrl);
    if (u.protocol === 'http:' || u.protocol === 'https:') url = u;
  } catch {
    // no usable address: self-links cannot be told apart
  }
  const headings: Element[] = [];
  for (const tag of ['h1', 'h2', 'h3', 'h4']) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; i < list.length && headings.length < MAX_HEADINGS; i++) if (teaserLink(list[i], url)) headings.push(list[i]);
  }
  if (headings.length < 2) return { entries: headings.length, furnished: 0, inside: 0, largest: 0, ownText: longParagraphs.length };

  // How many teaser headings each ancestor holds; an entry is the largest ancestor holding one.
  const held = new Map<Node, number>();
  for (const h of headings) {
    for (let n: Node | null = h; n && n !== doc.body; n = n.parentNode) held.set(n, (held.get(n) ?? 0) + 1);
  }
  const entryOf = new Map<Node, number>();
  const entries: Element[][] = [];
  for (const h of headings) {
    let top: Element = h;
    while (top.parentElement && top.parentElement !== doc.body && held.get(top.parentElement) === 1) top = top.parentElement;
    const members = [top];
    // Flat markup (<h2><a/></h2><p/><p/><h2>…): the entry runs on over its siblings up to the next heading.
    for (let s = top.nextElementSibling; s && members.length < RUN_LIMIT && !held.has(s); s = s.nextElementSibling) members.push(s);
    const index = entries.length;
    entries.push(members);
    for (const m of members) entryOf.set(m, index);
  }

  const perEntry = new Array<number>(entries.length).fill(0);
  let inside = 0;
  const outsideByParent = new Map<Node | null, number>();
  for (const p of longParagraphs) {
    let found = -1;
    for (let n: Node | null = p; n && n !== doc.body; n = n.parentNode) {
      const i = entryOf.get(n);
      if (i !== undefined) {
        found = i;
        break;
      }
    }
    if (found >= 0) {
      perEntry[found]++;
      inside++;
    } else {
      // By parent and by grandparent: some sites wrap every paragraph of a body in its own element.
      const parent = p.parentNode;
      outsideByParent.set(parent, (outsideByParent.get(parent) ?? 0) + 1);
      const grand = parent?.parentNode ?? null;
      if (grand && grand !== doc.body) outsideByParent.set(grand, (outsideByParent.get(grand) ?? 0) + 1);
    }
  }
  const ownText = Math.max(0, ...outsideByParent.values());
  const largest = Math.max(0, ...perEntry);
  // Furniture is looked for only where it can still decide (see isPostListing): most articles
  // have text of their own and stop here.
  if (ownText > 2 || inside === 0) return { entries: entries.length, furnished: 0, inside, largest, ownText };
  let furnished = 0;
  for (const members of entries) {
    if (members.some((m) => m.matches(FURNITURE) || m.querySelector(FURNITURE)) || hasDateText(members)) furnished++;
  }
  return {
    entries: entries.length,
    furnished,
    inside,
    largest,
    ownText,
  };
}

/** A list of posts: several dated or signed entries hold the prose, and no text of its own stands outside them. */
export function isPostListing(e: ListingEvidence): boolean {
  if (e.furnished < 3 || e.ownText > 2 || e.inside === 0) return false;
  // One entry holding most of the text is the page's own post, its title linked to itself.
  return !(e.largest >= 3 && e.largest * 2 >= e.inside);
}
