// Who runs a page's site: the outlet directory shipped with the extension (public/outlets/, read
// on first use, one shard at a time; no network), the reader's own lists and note, the outlets
// the article cites, and — only on the reader's request or with lookups turned on — a Wikidata
// lookup for sites the directory does not know, cached in the database for a month.
import type { BackstoryDatabase, LookupRow } from '@/lib/db/database';
import { cachedLookup, storeLookup } from '@/lib/db/lookups';
import { readerViewOf } from '@/lib/db/reader-lists';
import { errorMessage } from '@/lib/errors';
import type { FetchLike } from '@/lib/lookup/fetch-json';
import type { CitedOutletView, OutletLookupState, OutletView, ReaderView } from '@/lib/messages/protocol';
import { citedView } from '@/lib/outlets/brief';
import { citedOutlets } from '@/lib/outlets/cited';
import type { OutletDirectory } from '@/lib/outlets/directory';
import { directoryOnFirstUse, lookUpOriginal, lookUpSite, readShardsFor, type OutletDataLoader } from '@/lib/outlets/load';
import { lookupOutlet } from '@/lib/outlets/lookup';
import { upgradeProfile } from '@/lib/outlets/upgrade';
import type { ArticleSnapshot } from '@/lib/page/types';
import { siteOf } from '@/lib/sites';

async function readerView(db: BackstoryDatabase, domain: string | null): Promise<ReaderView> {
  if (!domain) return { assessments: [] };
  try {
    const view = await readerViewOf(db, domain);
    return view.note
      ? { assessments: view.assessments, note: { body: view.note.body, updatedAt: view.note.updatedAt } }
      : { assessments: view.assessments };
  } catch (error) {
    console.warn('Backstory: could not read your lists for', domain, error);
    return { assessments: [] };
  }
}

/** A cached answer as the panel shows it, marked stale past its refresh date. */
function lookupState(row: LookupRow, stale: boolean, refreshError?: string): OutletLookupState {
  if (!row.profile) return { status: 'not-found', fetchedAt: row.fetchedAt };
  return {
    status: 'found',
    profile: upgradeProfile(row.profile),
    ...(row.summary ? { summary: row.summary } : {}),
    fetchedAt: row.fetchedAt,
    stale,
    ...(refreshError ? { refreshError } : {}),
  };
}

/** A cached lookup shown without asking the network again (the reader asked before). */
async function cachedState(db: BackstoryDatabase, domain: string, now: number): Promise<OutletLookupState> {
  const cached = await cachedLookup(db, domain, now).catch(() => undefined);
  return cached ? lookupState(cached.row, cached.stale) : { status: 'idle' };
}

/** The shipped directory, read through `load` the first time an article needs it. */
export interface OutletFiles {
  load: OutletDataLoader;
  directory(): Promise<OutletDirectory>;
}

/** Directory files from the extension's own /outlets/ folder (public/outlets/ in the repository). */
export function extensionOutletFiles(urlOf: (path: string) => string, fetchFile: typeof fetch = fetch): OutletDataLoader {
  return async (file) => {
    const response = await fetchFile(urlOf(`/outlets/${file}`));
    if (!response.ok) throw new Error(`/outlets/${file}: HTTP ${response.status}`);
    return response.text();
  };
}

export function outletFiles(load: OutletDataLoader): OutletFiles {
  return { load, directory: directoryOnFirstUse(load) };
}

/** The directory, or null (with a warning) when its files cannot be read: the page is then "not in the directory". */
async function directoryOf(files: OutletFiles): Promise<OutletDirectory | null> {
  try {
    return await files.directory();
  } catch (error) {
    console.warn('Backstory: the outlet directory could not be read', error);
    return null;
  }
}

export async function outletViewFor(db: BackstoryDatabase, files: OutletFiles, snapshot: ArticleSnapshot, now: number): Promise<OutletView> {
  const directory = await directoryOf(files);
  const domain = siteOf(snapshot.url) ?? '';
  const site = directory && domain ? await lookUpSite(directory, files.load, snapshot.url).catch(() => null) : null;
  const match = site?.match ?? null;
  const source = snapshot.meta.originalSource;
  let original: OutletView['original'] = null;
  if (source && (source.name || source.url)) {
    const profile = directory ? await lookUpOriginal(directory, files.load, source).catch(() => null) : null;
    // A "cross-post" whose original is the page's own outlet is no cross-post.
    if (!(profile && match && profile.id === match.profile.id)) {
      const originalDomain = (source.url && siteOf(source.url)) || undefined;
      original = {
        ...(source.name ? { name: source.name } : {}),
        ...(source.url ? { url: source.url } : {}),
        profile,
        ...(originalDomain ? { domain: originalDomain } : {}),
        reader: await readerView(db, originalDomain ?? null),
      };
    }
  }
  return {
    domain,
    match: match ? { profile: match.profile, matchedBy: match.matchedBy } : null,
    coverage: site?.coverage ?? null,
    cited: null,
    lookup: !match && domain ? await cachedState(db, domain, now) : { status: 'idle' },
    reader: await readerView(db, domain || null),
    original,
  };
}

/** The outlets the article's external links lead to, grouped, with what the directory knows of each. */
export async function citedOutletsFor(files: OutletFiles, snapshot: ArticleSnapshot): Promise<CitedOutletView[]> {
  const directory = await directoryOf(files);
  if (!directory) return [];
  const external = snapshot.links.filter((l) => l.verdict === 'external' && l.url);
  await readShardsFor(directory, files.load, external.map((l) => l.url!));
  return citedOutlets(external, directory).map(citedView);
}

/**
 * The reader's "Look up": a fresh cached answer when there is one, else a network lookup that
 * is cached; when the network fails, a stale cached answer (flagged) beats an error. `refresh`
 * skips a fresh cache (the reader's "look up again"). Never throws.
 */
export async function lookUpOutlet(
  db: BackstoryDatabase,
  fetchImpl: FetchLike,
  domain: string,
  { refresh = false, now = Date.now(), itemId }: { refresh?: boolean; now?: number; itemId?: string } = {},
): Promise<OutletLookupState> {
  try {
    const cached = await cachedLookup(db, domain, now);
    if (cached && !cached.stale && !refresh) return lookupState(cached.row, false);
    const result = await lookupOutlet(domain, fetchImpl, { now, ...(itemId ? { itemId } : {}) });
    if (result.status === 'failed') {
      return cached ? lookupState(cached.row, cached.stale, result.message) : { status: 'failed', error: result.message };
    }
    const row = await storeLookup(db, result, now);
    return lookupState(row!, false);
  } catch (error) {
    return { status: 'failed', error: `The lookup failed (${errorMessage(error)}). Try again.` };
  }
}
