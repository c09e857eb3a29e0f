// Looked-up outlet profiles (Wikidata/Wikipedia), cached so a reader's "Look up" is asked of
// the network once a month at most. A "found nothing" answer is cached too, for a shorter time:
// Wikidata gains items every day, and the reader may have asked before one existed.
import { lookupOutlet, type LookupOptions, type LookupResult } from '../outlets/lookup';
import type { FetchLike } from '../lookup/fetch-json';
import type { OutletProfile } from '../outlets/types';
import { registrableDomain } from '../outlets/hosts';
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
  const domain = registrableDomain(domainOrUrl);
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
  const domain = registrableDomain(domainOrUrl);
  if (domain) await db.lookups.delete(domain);
}

export type LookupAnswer =
  | {
      status: 'found' | 'not-found';
      domain: string;
      /** null for 'not-found'. */
      profile: OutletProfile | null;
      summary?: string;
      fetchedAt: number;
      fromCache: boolean;
      stale: boolean;
      /** Set when a refresh failed and the older cached answer is shown instead. */
      refreshError?: string;
    }
  | { status: 'failed'; message: string };

/**
 * The reader's "Look up": a fresh cached answer when there is one, else a network lookup that is
 * cached; when the network fails, a stale cached answer (flagged) beats an error. `refresh`
 * skips a fresh cache (the reader's "look up again").
 */
export async function lookupWithCache(
  db: BackstoryDatabase,
  domainOrUrl: string,
  fetchImpl: FetchLike,
  options: LookupOptions & { refresh?: boolean } = {},
): Promise<LookupAnswer> {
  const now = options.now ?? Date.now();
  const cached = await cachedLookup(db, domainOrUrl, now);
  const fromRow = (row: LookupRow, fromCache: boolean, stale: boolean, refreshError?: string): LookupAnswer => ({
    status: row.profile ? 'found' : 'not-found',
    domain: row.domain,
    profile: row.profile,
    ...(row.summary ? { summary: row.summary } : {}),
    fetchedAt: row.fetchedAt,
    fromCache,
    stale,
    ...(refreshError ? { refreshError } : {}),
  });
  if (cached && !cached.stale && !options.refresh) return fromRow(cached.row, true, false);
  const result = await lookupOutlet(domainOrUrl, fetchImpl, { ...options, now });
  if (result.status === 'failed') {
    return cached ? fromRow(cached.row, true, cached.stale, result.message) : { status: 'failed', message: result.message };
  }
  const row = await storeLookup(db, result, now);
  return fromRow(row!, false, false);
}
