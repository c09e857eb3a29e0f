// Turning the corpus's websites and host/path columns into domain rules the directory matches on.
import { parseSite, stripMirrorLabel } from '../../lib/sites';
import type { DomainRule } from '../../lib/outlets/types';

/** A rule's identity: 'cnn.com' or 'stuff.co.nz/sunday-star-times'. */
export const keyOf = (rule: DomainRule) => `${rule.domain}${rule.pathPrefix ?? ''}`;

/** The registrable domain of a rule's host. */
export function domainOf(rule: DomainRule): string {
  return parseSite(rule.domain)?.domain ?? rule.domain;
}

/** A host as the directory writes it: lower case, ASCII (punycode), no trailing dot, no www./m. */
export function cleanHost(host: string): string | null {
  let url: URL;
  try {
    url = new URL(`http://${host.trim()}/`);
  } catch {
    return null;
  }
  let clean = url.hostname.toLowerCase().replace(/\.$/, '');
  // 'www.www.example.com' exists in the data; a mirror label is never the site itself.
  for (let next = stripMirrorLabel(clean); next !== clean && parseSite(next)?.domain; next = stripMirrorLabel(next)) clean = next;
  // A www. host that is itself registrable ('www.altoadige.it': altoadige.it is a public suffix) is left out.
  return parseSite(clean) && !/^www\d*\./.test(clean) ? clean : null;
}

/** A path as a rule's prefix: lower case, no trailing slash; undefined for the whole site. */
export function cleanPath(path: string | undefined): string | undefined {
  if (!path) return undefined;
  let p = path.trim().toLowerCase();
  // A path written as a protocol-relative URL ('//open.spotify.com/show/x') keeps only its path.
  if (p.startsWith('//')) p = p.replace(/^\/\/[^/]*/, '');
  p = p.replace(/[?#].*$/, '').replace(/;jsessionid=.*$/, '').replace(/\s/g, '');
  p = p.replace(/\/+$/, '');
  if (!p.startsWith('/')) p = `/${p}`;
  return p.length > 1 ? p : undefined;
}

// Landing pages that stand for the whole site: '/index.html', '/home', a language edition '/en'.
const LANDING = /^(?:\/(?:[a-z]{2}(?:[-_][a-z]{2})?))?(?:\/(?:index|default|home|main|accueil|inicio|start|portada)(?:\.[a-z]{2,5})?)?$/;

/**
 * A website URL as a rule. The path is kept (the entry matches only there) unless it is a
 * landing page of the whole site, so a title hosted as a section of a bigger site
 * ('stuff.co.nz/sunday-star-times', 'mysuburbanlife.com/addison') does not claim that site.
 */
export function ruleFromUrl(website: string): DomainRule | null {
  const raw = website.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = cleanHost(url.hostname);
  if (!host) return null;
  // Percent-encoded and lower case, as a page's own path is compared (lib/sites parseSite).
  // A section's own landing page stands for the section: '/boston/index.html' → '/boston'.
  let path = cleanPath(url.pathname.replace(/\/(?:index|default|home)\.[a-z]{2,5}$/i, '/'));
  if (path && LANDING.test(path)) path = undefined;
  return path ? { domain: host, pathPrefix: path } : { domain: host };
}
