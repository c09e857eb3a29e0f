// The site half of judging a page: links to another host are judged against the page's site
// (lib/sites, the Public Suffix List), and an "original source" on the page's own site is
// no cross-post. The page's script leaves these to the background, which can afford tldts;
// the command line runs the same functions after its snapshot.
import { sameSite } from '../sites';
import { readLink, sameSiteKind, type LinkJudgement } from './links';
import type { ArticleMetadata, ArticleSnapshot, LinkSpan } from './types';

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

function judged<T extends { verdict: LinkSpan['verdict']; url?: string; why: string }>(link: T, pageHost: string | null): T {
  if (link.verdict !== 'other-host') return link;
  const host = hostOf(link.url);
  if (pageHost && host && sameSite(host, pageHost)) return { ...link, verdict: 'same-site', why: sameSiteKind(new URL(link.url!)) };
  return { ...link, verdict: 'external', why: `other site (${(host ?? '').replace(/^www\./, '')})` };
}

/** Full verdict on `href` as a source for an article at `pageUrl`: readLink, then the site. */
export function judgeLink(href: string, pageUrl: string, base?: string): LinkJudgement {
  return judged(readLink(href, pageUrl, base), hostOf(pageUrl));
}

/** The links with every 'other-host' verdict decided ('same-site' or 'external'). */
export function judgeLinkSites(links: readonly LinkSpan[], pageUrl: string): LinkSpan[] {
  const pageHost = hostOf(pageUrl);
  return links.map((link) => judged(link, pageHost));
}

/** The page's metadata without an "original source" on the page's own site: that is no cross-post. */
export function withoutSameSiteOriginal(meta: ArticleMetadata, pageUrl: string): ArticleMetadata {
  const pageHost = hostOf(pageUrl);
  const originalHost = hostOf(meta.originalSource?.url);
  if (!(pageHost && originalHost && sameSite(originalHost, pageHost))) return meta;
  // "Originally published on" our own site, or a canonical URL elsewhere on it.
  const { originalSource: _sameSite, ...rest } = meta;
  const sources = { ...rest.sources };
  delete sources.originalSource;
  return { ...rest, sources };
}

/** The snapshot as the background keeps it: links judged, a same-site "original" dropped. */
export function judgeSnapshotSites(snapshot: ArticleSnapshot): ArticleSnapshot {
  const links = snapshot.links.some((l) => l.verdict === 'other-host') ? judgeLinkSites(snapshot.links, snapshot.url) : snapshot.links;
  const meta = withoutSameSiteOriginal(snapshot.meta, snapshot.url);
  return links === snapshot.links && meta === snapshot.meta ? snapshot : { ...snapshot, links, meta };
}
