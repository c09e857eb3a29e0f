// The bundled outlet directory, indexed once: registrable domain → candidate rules, and
// normalized name → profiles (to resolve an original source named in a byline, e.g. "Sott.net").
import english from './data/english.json';
import world from './data/world.json';
import { domainStem, siteOfHost, stripMirrorLabel } from '../sites';
import type { DomainRule, OutletProfile } from './types';

/** One domain rule of one profile, filed under its registrable domain. */
export interface DomainCandidate {
  profile: OutletProfile;
  /** The rule's host, lower case, without a www./m./amp. label, e.g. 'globalresearch.ca', 'blogs.example.com'. */
  host: string;
  /** Lower-case path prefix for path-scoped rules. */
  pathPrefix?: string;
  /** Index in profile.domains; 0 is the outlet's main site, later ones are aliases. */
  position: number;
}

export interface OutletDirectory {
  profiles: readonly OutletProfile[];
  /** Registrable domain → every rule under it, across profiles. */
  byDomain: ReadonlyMap<string, readonly DomainCandidate[]>;
  /** Normalized name → profiles, best-named first (see findByName). */
  byName: ReadonlyMap<string, readonly NameEntry[]>;
  byId: ReadonlyMap<string, OutletProfile>;
}

interface NameEntry {
  profile: OutletProfile;
  /** 0: the name readers know (names[0]); 1: another or former name; 2: weak (organization, domain stem). */
  tier: 0 | 1 | 2;
}

/** A rule as written in data: 'cnn.com' or { domain, pathPrefix }. */
export function toRule(entry: string | DomainRule): DomainRule {
  return typeof entry === 'string' ? { domain: entry } : entry;
}

/** The identity of a rule for duplicate checks: 'cnn.com' or 'forbes.com/sites/x'. */
export function ruleKey(entry: string | DomainRule): string {
  const rule = toRule(entry);
  return `${stripMirrorLabel(rule.domain.toLowerCase())}${rule.pathPrefix?.toLowerCase() ?? ''}`;
}

/**
 * A name reduced for matching: case, accents, punctuation, spaces and a leading "The" do not
 * count, so "Sott.net" → 'sottnet', "The New York Times" and "New York Times" → 'newyorktimes'.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .trim()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function buildDirectory(profiles: readonly OutletProfile[]): OutletDirectory {
  const byDomain = new Map<string, DomainCandidate[]>();
  const byName = new Map<string, NameEntry[]>();
  const byId = new Map<string, OutletProfile>();

  const addName = (name: string | undefined | null, profile: OutletProfile, tier: NameEntry['tier']) => {
    const key = name ? normalizeName(name) : '';
    if (key.length < 2) return;
    const list = byName.get(key) ?? [];
    const existing = list.find((e) => e.profile === profile);
    if (existing) existing.tier = Math.min(existing.tier, tier) as NameEntry['tier'];
    else list.push({ profile, tier });
    byName.set(key, list);
  };

  for (const profile of profiles) {
    if (!byId.has(profile.id)) byId.set(profile.id, profile);
    profile.domains.forEach((entry, position) => {
      const rule = toRule(entry);
      const host = stripMirrorLabel(rule.domain.toLowerCase());
      const domain = siteOfHost(host);
      if (!domain) return;
      const list = byDomain.get(domain) ?? [];
      list.push({ profile, host, pathPrefix: rule.pathPrefix?.toLowerCase(), position });
      byDomain.set(domain, list);
    });
    profile.names.forEach((name, i) => addName(name, profile, i === 0 ? 0 : 1));
    addName(profile.organization?.value, profile, 2);
    for (const name of profile.names) {
      const stem = domainStem(name);
      if (stem && stem.length >= 4) addName(stem, profile, 2);
    }
  }
  for (const list of byName.values()) list.sort((a, b) => a.tier - b.tier); // stable: directory order within a tier
  return { profiles, byDomain, byName, byId };
}

/**
 * The outlet a name refers to, or null. A reader-facing name (names[0]) beats another or former
 * name; within that, the first entry in directory order wins (English-language outlets first).
 * Weak matches (an organization's name, the stem of a domain-like name) count only when a single
 * outlet has them, since one company often runs many outlets.
 */
export function findByName(directory: OutletDirectory, name: string): OutletProfile | null {
  const entries = directory.byName.get(normalizeName(name));
  if (!entries?.length) return null;
  const best = entries[0];
  if (best.tier < 2) return best.profile;
  return entries.length === 1 ? best.profile : null;
}

export interface DirectoryDuplicates {
  /** Rule keys ('cnn.com', 'forbes.com/sites/x') claimed more than once, with who claims them. */
  domains: { key: string; ids: string[] }[];
  /** Profile ids used more than once. */
  ids: string[];
}

/** Every domain rule and id that appears twice, across all the given profiles (and within one). */
export function findDuplicates(profiles: readonly OutletProfile[]): DirectoryDuplicates {
  const owners = new Map<string, string[]>();
  const ids = new Map<string, number>();
  for (const profile of profiles) {
    ids.set(profile.id, (ids.get(profile.id) ?? 0) + 1);
    for (const entry of profile.domains) {
      const key = ruleKey(entry);
      owners.set(key, [...(owners.get(key) ?? []), profile.id]);
    }
  }
  return {
    domains: [...owners].filter(([, who]) => who.length > 1).map(([key, who]) => ({ key, ids: who })),
    ids: [...ids].filter(([, n]) => n > 1).map(([id]) => id),
  };
}

/** The bundled data as written by the directory's authors (English-language outlets first). */
export function bundledProfiles(): OutletProfile[] {
  return [...(english as unknown as OutletProfile[]), ...(world as unknown as OutletProfile[])];
}

let bundled: OutletDirectory | undefined;

/** The bundled directory, indexed on first use and kept for the life of the worker. */
export function bundledDirectory(): OutletDirectory {
  bundled ??= buildDirectory(bundledProfiles());
  return bundled;
}
