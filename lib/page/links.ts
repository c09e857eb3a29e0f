// Judges a link as a source, as far as the page alone can tell: links that go nowhere (#,
// javascript:, the same page) and links within the page's own host. Whether a link to another
// host leaves the outlet's site needs the Public Suffix List, which the page's script does not
// carry: such links are 'other-host' until judgeLinkSites (./link-sites.ts) decides, in the
// background and the command line.
import type { PageLinkVerdict } from './types';

export interface LinkJudgement {
  verdict: PageLinkVerdict;
  url?: string;
  why: string;
}

function parse(href: string, base?: string): URL | null {
  try {
    return new URL(href, base || undefined);
  } catch {
    return null;
  }
}

// http and https, and a trailing slash, do not make a different page.
const pageKey = (u: URL) => u.host + u.pathname.replace(/\/+$/, '') + u.search;

/** Same-site pages named so that a reader would not mistake them for a source. */
export function sameSiteKind(u: URL): string {
  const p = u.pathname.toLowerCase();
  if (/^\/?(index\.\w+)?$/.test(p)) return 'same site (home page)';
  if (/\/(tags?|topics?|category|categories|section|sections|subject|theme|region)(\/|$)/.test(p))
    return 'same site (tag or category page)';
  if (/\/(author|authors|by|people|profile|contributors?)(\/|$)/.test(p)) return 'same site (author page)';
  if (/\/(search|s)(\/|$)/.test(p) || u.searchParams.has('s') || u.searchParams.has('q'))
    return 'same site (search page)';
  return 'same site';
}

// An article judges all its links against the same page and base: parse those once.
interface PageContext { pageUrl: string; base?: string; page: URL | null; baseUrl: URL | null }
let last: PageContext | null = null;
function context(pageUrl: string, base?: string): PageContext {
  if (last?.pageUrl !== pageUrl || last.base !== base) {
    const page = parse(pageUrl);
    const baseUrl = base ? parse(base, page?.href) : page;
    last = { pageUrl, base, page, baseUrl };
  }
  return last;
}

/** What the page can tell of `href` as a source for an article at `pageUrl` (with an optional <base href>). */
export function readLink(href: string, pageUrl: string, base?: string): LinkJudgement {
  const h = (href ?? '').trim();
  if (!h) return { verdict: 'dead', why: 'empty link' };
  if (h.startsWith('#')) return { verdict: 'dead', why: `fragment only (${h.length > 40 ? '#…' : h})` };
  const { page, baseUrl } = context(pageUrl, base);
  const u = parse(h, baseUrl?.href);
  if (!u) {
    // A relative link on a page whose URL we do not know still stays on the same site.
    if (!/^[a-z][a-z\d+.-]*:/i.test(h)) return { verdict: 'same-site', why: 'relative link' };
    return { verdict: 'dead', why: 'unparseable URL' };
  }
  const url = u.href;
  if (u.protocol === 'javascript:') return { verdict: 'dead', why: 'javascript: URL' };
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    return { verdict: 'dead', url, why: `not a web page (${u.protocol})` };
  if (page && pageKey(u) === pageKey(page)) {
    return { verdict: 'dead', url, why: u.hash ? `same page (${u.hash.slice(0, 40)})` : 'same page' };
  }
  if (page && u.hostname === page.hostname) return { verdict: 'same-site', url, why: sameSiteKind(u) };
  if (!page) return { verdict: 'external', url, why: `other site (${u.hostname.replace(/^www\./, '')})` };
  return { verdict: 'other-host', url, why: `other host (${u.hostname})` };
}
