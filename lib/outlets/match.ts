// Which directory entry a page belongs to. The registrable domain (Public Suffix List, via
// tldts) picks the candidates; then, in order of precedence:
//   1. a rule naming a more specific host beats one naming the registrable domain
//      (blogs.example.com over example.com);
//   2. among rules for the same host, the longest matching path prefix wins, and any prefix
//      beats a domain-wide rule (forbes.com/sites/x over forbes.com);
//   3. a profile's `excludes` take it out of the running for the hosts and paths they cover
//      (a platform entry does not claim its users' blogs).
// www., www1., m., mobile. and amp. front the same site as the bare host.
import { findByName, type DomainCandidate, type OutletDirectory } from './directory';
import { parseSite, type SiteTarget } from '../sites';
import type { DomainRule, OutletProfile } from './types';

/**
 * How a page was tied to its entry: 'domain' (the main domain, or www. on it), 'subdomain'
 * (another host under it: edition., m., amp.), 'alias' (another domain of the same outlet),
 * 'path' (a path-scoped entry on a shared domain).
 */
export type MatchedBy = 'domain' | 'subdomain' | 'alias' | 'path';

export interface OutletMatch {
  profile: OutletProfile;
  matchedBy: MatchedBy;
}

function pathUnder(path: string, prefix: string): boolean {
  if (!path.startsWith(prefix)) return false;
  // '/sites/jane' covers '/sites/jane' and '/sites/jane/…', not '/sites/janedoe'; a prefix
  // ending in punctuation ('/@', '/blog-') is a plain prefix.
  return !/[\p{L}\p{N}]$/u.test(prefix) || path.length === prefix.length || path[prefix.length] === '/';
}

/** 'domain' when the page is on the rule's host itself (or www. on it), 'subdomain' under it, else null. */
function hostRelation(ruleHost: string, target: SiteTarget): 'domain' | 'subdomain' | null {
  if (target.host === ruleHost || target.host === `www.${ruleHost}`) return 'domain';
  if (target.bareHost === ruleHost || target.host.endsWith(`.${ruleHost}`)) return 'subdomain';
  return null;
}

function excluded(rule: DomainRule, target: SiteTarget): boolean {
  const domain = rule.domain.toLowerCase();
  const hostCovered = domain.startsWith('*.')
    ? target.bareHost.endsWith(domain.slice(1)) // hosts under it, but not the site's own www./m.
    : target.host === domain || target.bareHost === domain || target.host.endsWith(`.${domain}`);
  return hostCovered && (!rule.pathPrefix || pathUnder(target.path, rule.pathPrefix.toLowerCase()));
}

/** The directory entry for a page URL (or a bare domain or host), with how it matched; null if none. */
export function resolveOutlet(url: string, directory: OutletDirectory): OutletMatch | null {
  const target = parseSite(url);
  if (!target) return null;
  const candidates = directory.byDomain.get(target.domain);
  if (!candidates) return null;

  let best: { candidate: DomainCandidate; relation: 'domain' | 'subdomain'; labels: number; prefix: number } | null =
    null;
  for (const candidate of candidates) {
    const relation = hostRelation(candidate.host, target);
    if (!relation) continue;
    if (candidate.pathPrefix && !pathUnder(target.path, candidate.pathPrefix)) continue;
    if (candidate.profile.excludes?.some((rule) => excluded(rule, target))) continue;
    const labels = candidate.host.split('.').length;
    const prefix = candidate.pathPrefix?.length ?? 0;
    // Candidates arrive in directory order, so on a full tie the earlier entry stays.
    if (!best || labels > best.labels || (labels === best.labels && prefix > best.prefix)) {
      best = { candidate, relation, labels, prefix };
    }
  }
  if (!best) return null;
  const { candidate, relation } = best;
  const matchedBy: MatchedBy = candidate.pathPrefix ? 'path' : candidate.position > 0 ? 'alias' : relation;
  return { profile: candidate.profile, matchedBy };
}

/**
 * The profile of an article's original source ("Originally published by …"): by its link when
 * that resolves, else by its name ("Sott.net", "SOTT", "Signs of the Times"), else null.
 */
export function resolveOriginalSource(
  original: { name?: string; url?: string },
  directory: OutletDirectory,
): OutletProfile | null {
  if (original.url) {
    const byUrl = resolveOutlet(original.url, directory);
    if (byUrl) return byUrl.profile;
  }
  const name = original.name?.trim();
  if (!name) return null;
  const byName = findByName(directory, name);
  if (byName) return byName;
  // A name that is a domain ("Sott.net", "RT.com") may be a domain the directory lists but not a name it knows.
  return /^[\w.-]+\.[a-z]{2,}$/i.test(name) ? (resolveOutlet(name, directory)?.profile ?? null) : null;
}
