// The one notion of a "site" in Backstory: which links lead off the outlet's site, which pages
// share the reader's per-site highlights switch, which outlet a page belongs to, and which
// canonical URL a page may claim. Built on the Public Suffix List (tldts, ICANN and private
// sections), so www.kompas.co.id → kompas.co.id and x.blogspot.com → x.blogspot.com.
//
// The PSL's private section lists hosting platforms that asked to be listed; several publishing
// platforms where each subdomain is its own publication have not. They are named here, and
// only they: this is not a suffix list, it says "a subdomain of these is someone's own site".
import { parse } from 'tldts';
import { stripMirrorLabel } from './mirror-label';

/** Platforms (as registrable domains) whose subdomains are separate publications. */
const PUBLISHING_PLATFORMS = new Set([
  'substack.com',
  'wordpress.com',
  'medium.com',
  'tumblr.com',
  'ghost.io',
  'typepad.com',
  'livejournal.com',
  'dreamwidth.org',
  'weebly.com',
  'squarespace.com',
  'beehiiv.com',
  'hashnode.dev',
  'mataroa.blog',
  'over-blog.com',
  'canalblog.com',
  'jimdofree.com',
  'neocities.org',
  'posthaven.com',
  'write.as',
  'blogs.com',
]);
// Blogger serves every blog under country domains too (x.blogspot.co.uk, x.blogspot.com.br).
const BLOGSPOT = /^blogspot\.[a-z]{2,3}(?:\.[a-z]{2})?$/;

export { stripMirrorLabel };

/** A web address reduced to what site decisions need. */
export interface SiteTarget {
  /** Lower-case hostname without a trailing dot, e.g. 'edition.cnn.com'. */
  host: string;
  /** The host without a leading www/www1/m/mobile/amp label: those serve the same site. */
  bareHost: string;
  /**
   * The site: the registrable domain ("eTLD+1", e.g. 'cnn.com', 'bbc.co.uk'), or for a
   * publication on a publishing platform its own host ('x.substack.com', 'x.blogspot.com').
   */
  domain: string;
  /** The URL's path, lower case, e.g. '/sites/someone/2024/…'. */
  path: string;
}

function platformSite(bareHost: string, registrable: string): string {
  if (!(PUBLISHING_PLATFORMS.has(registrable) || BLOGSPOT.test(registrable))) return registrable;
  if (bareHost === registrable) return registrable;
  // The publication is the label right under the platform: a.b.substack.com → b.substack.com.
  const label = bareHost.slice(0, -registrable.length - 1).split('.').pop();
  return label ? `${label}.${registrable}` : registrable;
}

/** The site of a hostname, or null for IPs, localhost and unknown top-level domains. */
export function siteOfHost(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const parsed = parse(host, { allowPrivateDomains: true });
  if (!parsed.domain || parsed.isIp || !(parsed.isIcann || parsed.isPrivate)) return null;
  return platformSite(stripMirrorLabel(host), parsed.domain);
}

/**
 * Reads a URL, or a bare domain or host with an optional path ('cnn.com', 'edition.cnn.com/x').
 * Null for anything that is not a public web address: IPs, localhost, file:, unknown TLDs.
 */
export function parseSite(input: string): SiteTarget | null {
  const raw = input.trim();
  if (!raw || raw.length > 8_192) return null;
  // 'mailto:desk@cnn.com', 'javascript:…' name no web page; 'cnn.com:8080' is a host and port.
  if (/^[a-z][a-z\d+.-]*:(?!\/\/|\d)/i.test(raw)) return null;
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(raw) ? raw : `https://${raw.replace(/^\/\//, '')}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const domain = siteOfHost(host);
  if (!domain) return null;
  return { host, bareHost: stripMirrorLabel(host), domain, path: url.pathname.toLowerCase() };
}

/** The site of a URL, host or domain ('kompas.co.id', 'x.substack.com'); null when it has none. */
export function siteOf(input: string): string | null {
  return parseSite(input)?.domain ?? null;
}

/**
 * The key the reader's per-site choices are kept under: the site, or for an address with no
 * public site (an IP, localhost) its hostname; '' for something that is no web address.
 */
export function siteKeyOf(url: string): string {
  const site = siteOf(url);
  if (site) return site;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** Whether two hostnames belong to one site (edition.cnn.com and www.cnn.com do; two Substack newsletters do not). */
export function sameSite(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/\.$/, '');
  const y = b.toLowerCase().replace(/\.$/, '');
  if (x === y) return true;
  const siteA = siteOfHost(x);
  // Without a public site (an IP, localhost, an intranet name) only the same host is the same site.
  return siteA !== null && siteA === siteOfHost(y);
}

/** The part of a domain-like name before its public suffix: 'Sott.net' → 'sott'; null if not domain-like. */
export function domainStem(name: string): string | null {
  if (!/^[\w.-]+\.[a-z]{2,}$/i.test(name.trim())) return null;
  const parsed = parse(name.trim().toLowerCase());
  return parsed.isIcann && parsed.domainWithoutSuffix ? parsed.domainWithoutSuffix : null;
}
