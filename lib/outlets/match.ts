// Which directory record a page belongs to. The registrable domain (Public Suffix List, via
// tldts) picks the candidates; then, in order of precedence:
//   1. a rule naming a more specific host beats one naming the registrable domain
//      (blogs.example.com over example.com);
//   2. among rules for the same host, the longest matching path prefix wins, and any prefix
//      beats a domain-wide rule (forbes.com/sites/x over forbes.com);
//   3. a record's `excludes` take it out of the running for the hosts and paths they cover
//      (a platform entry does not claim its users' blogs).
// www., www1., m., mobile. and amp. front the same site as the bare host.
import type { OutletRecord } from './data-format';
import { candidatesForHost, recordOf, type DomainCandidate, type OutletDirectory } from './directory';
import { findByName } from './names';
import { parseSite, type SiteTarget } from '../sites';
import { coverageFact, profileOf, type CoverageScope } from './profile';
import { excluded, hostRelation, pathUnder } from './rules';
import { siteHost } from './site-host';
import type { CoverageFocus, Fact, OutletProfile } from './types';

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

interface Found {
  candidate: DomainCandidate;
  matchedBy: MatchedBy;
}

/** The rules naming the page's host or a host above it, up to its registrable domain. */
function candidatesFor(target: SiteTarget, directory: OutletDirectory): DomainCandidate[] {
  const found: DomainCandidate[] = [];
  let host = siteHost(target);
  for (;;) {
    found.push(...candidatesForHost(directory, host));
    if (host === target.domain || !host.endsWith(`.${target.domain}`)) break;
    host = host.slice(host.indexOf('.') + 1);
  }
  return found.sort((a, b) => a.index - b.index || a.position - b.position);
}

function findCandidate(target: SiteTarget, directory: OutletDirectory): Found | null {
  let best: { candidate: DomainCandidate; relation: 'domain' | 'subdomain'; labels: number; prefix: number } | null = null;
  for (const candidate of candidatesFor(target, directory)) {
    const relation = hostRelation(candidate.host, target);
    if (!relation) continue;
    if (candidate.pathPrefix && !pathUnder(target.path, candidate.pathPrefix)) continue;
    if (recordOf(directory, candidate).excludes?.some((rule) => excluded(rule, target))) continue;
    const labels = candidate.host.split('.').length;
    const prefix = candidate.pathPrefix?.length ?? 0;
    // Candidates come in directory order, so on a full tie the earlier record stays.
    if (!best || labels > best.labels || (labels === best.labels && prefix > best.prefix)) {
      best = { candidate, relation, labels, prefix };
    }
  }
  if (!best) return null;
  const { candidate, relation } = best;
  return { candidate, matchedBy: candidate.pathPrefix ? 'path' : candidate.position > 0 ? 'alias' : relation };
}

/** Whose GDELT figures belong to a record matched by this rule (see profileOf). */
function scopeOf(candidate: DomainCandidate): CoverageScope {
  return candidate.pathPrefix ? null : candidate.host;
}

/** The directory entry for a page URL (or a bare domain or host), with how it matched; null if none. */
export function resolveOutlet(url: string, directory: OutletDirectory): OutletMatch | null {
  const target = parseSite(url);
  if (!target) return null;
  const found = findCandidate(target, directory);
  if (!found) return null;
  return { profile: profileOf(directory, recordOf(directory, found.candidate), target, scopeOf(found.candidate)), matchedBy: found.matchedBy };
}

/** The record a page belongs to, without assembling its profile (for counting and grouping). */
export function resolveRecord(url: string, directory: OutletDirectory): OutletRecord | null {
  const target = parseSite(url);
  const found = target ? findCandidate(target, directory) : null;
  return found ? recordOf(directory, found.candidate) : null;
}

/** What the directory knows of a page's site: its outlet (if any) and where its coverage is focused. */
export interface SiteKnowledge {
  /** Registrable domain, or '' for what is not a public web address. */
  domain: string;
  match: OutletMatch | null;
  /**
   * GDELT's coverage focus for the site. For a site with no outlet record this is all the
   * directory knows: it does not make the site a news outlet.
   */
  coverage: Fact<CoverageFocus> | null;
}

export function resolveSite(url: string, directory: OutletDirectory): SiteKnowledge {
  const target = parseSite(url);
  if (!target) return { domain: '', match: null, coverage: null };
  const found = findCandidate(target, directory);
  if (!found) return { domain: target.domain, match: null, coverage: coverageFact(directory, target, target.domain) };
  const scope = scopeOf(found.candidate);
  const profile = profileOf(directory, recordOf(directory, found.candidate), target, scope);
  return { domain: target.domain, match: { profile, matchedBy: found.matchedBy }, coverage: profile.coverage ?? null };
}

/**
 * The profile of an article's original source ("Originally published by …"): by its link when
 * that resolves, else by its name ("Sott.net", "SOTT", "Signs of the Times"), else null.
 */
export function resolveOriginalSource(original: { name?: string; url?: string }, directory: OutletDirectory): OutletProfile | null {
  if (original.url) {
    const byUrl = resolveOutlet(original.url, directory);
    if (byUrl) return byUrl.profile;
  }
  const name = original.name?.trim();
  if (!name) return null;
  const byName = findByName(directory, name);
  if (byName) return profileOf(directory, byName);
  // A name that is a domain ("Sott.net", "RT.com") may be a domain the directory lists but not a name it knows.
  return /^[\w.-]+\.[a-z]{2,}$/i.test(name) ? (resolveOutlet(name, directory)?.profile ?? null) : null;
}
