// The cache of looked-up outlet profiles (Wikidata/Wikipedia), so a reader's "Look up" is asked
// of the network once a month at most. A "found nothing" answer is cached too, for a shorter
// time: Wikidata gains items every day, and the reader may have asked before one existed. The
// lookup itself is the background's (entrypoints/background/outlets.ts); this is only storage.
import type { LookupResult } from '../outlets/lookup';
import { siteOf } from '../sites';
import type { BackstoryDatabase, LookupRow } from './database';

export const LOOKUP_TTL_MS = 30 * 24 * 60 * 60 * 1000;
export const NOT_FOUND_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface CachedLookup {
  row: LookupRow;
  /** Past its refresh date: show it (marked as looked up on its date) and refresh when allowed. */
  stale: boolean;
  /** When it should be looked up again (ms since epoch). */
  refreshAt: number;
}

/** The cached lookup of a domain (or a URL's registrable domain), flagged stale past its refresh date; undefined if none. */
export async function cachedLookup(db: BackstoryDatabase, domainOrUrl: string, now = Date.now()): Promise<CachedLookup | undefined> {
  const domain = siteOf(domainOrUrl);
  if (!domain) return undefined;
  const row = await db.lookups.get(domain);
  if (!row) return undefined;
  const refreshAt = row.fetchedAt + (row.profile ? LOOKUP_TTL_MS : NOT_FOUND_TTL_MS);
  return { row, stale: now >= refreshAt, refreshAt };
}

/**
 * Caches a lookup's answer. A failure (timeout, network, HTTP error) is not an answer and is not
 * stored, so a stale row stays in place rather than being replaced by nothing. Returns the row stored.
 */
export async function storeLookup(db: BackstoryDatabase, result: LookupResult, now = Date.now()): Promise<LookupRow | undefined> {
  if (result.status === 'failed') return undefined;
  const row: LookupRow =
    result.status === 'found'
      ? { domain: result.domain, profile: result.profile, fetchedAt: result.profile.fetchedAt ?? now, ...(result.summary ? { summary: result.summary } : {}) }
      : { domain: result.domain, profile: null, fetchedAt: now };
  await db.lookups.put(row);
  return row;
}

/** Forgets a cached lookup (the reader's "look up again"). */
export async function removeLookup(db: BackstoryDatabase, domainOrUrl: string): Promise<void> {
  const domain = siteOf(domainOrUrl);
  if (domain) await db.lookups.delete(domain);
}
