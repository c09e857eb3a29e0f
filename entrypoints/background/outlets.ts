// Who runs a page's site: the bundled directory (no network), the reader's own lists and note,
// and — only on the reader's request or with lookups turned on — a Wikidata lookup for sites
// the directory does not know. Also the toolbar badge's quiet hint.
import type { BackstoryDatabase } from '@/lib/db/database';
import { cachedLookup, lookupWithCache } from '@/lib/db/lookups';
import { readerViewOf } from '@/lib/db/reader-lists';
import type { OutletLookupState, OutletView, ReaderView } from '@/lib/messages/protocol';
import { outletBadge } from '@/lib/outlets/badge';
import { bundledDirectory } from '@/lib/outlets/directory';
import { registrableDomain } from '@/lib/outlets/hosts';
import { resolveOriginalSource, resolveOutlet } from '@/lib/outlets/match';
import type { ArticleSnapshot } from '@/lib/page/types';

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

/** A cached lookup shown without asking the network again (the reader asked before). */
async function cachedState(db: BackstoryDatabase, domain: string): Promise<OutletLookupState> {
  const cached = await cachedLookup(db, domain).catch(() => undefined);
  if (!cached) return { status: 'idle' };
  const { row, stale } = cached;
  return row.profile
    ? { status: 'found', profile: row.profile, ...(row.summary ? { summary: row.summary } : {}), fetchedAt: row.fetchedAt, stale }
    : { status: 'not-found', fetchedAt: row.fetchedAt };
}

export async function outletViewFor(db: BackstoryDatabase, snapshot: ArticleSnapshot): Promise<OutletView> {
  const directory = bundledDirectory();
  const domain = registrableDomain(snapshot.url) ?? '';
  const match = domain ? resolveOutlet(snapshot.url, directory) : null;
  const source = snapshot.meta.originalSource;
  let original: OutletView['original'] = null;
  if (source && (source.name || source.url)) {
    const profile = resolveOriginalSource(source, directory);
    // A "cross-post" whose original is the page's own outlet is no cross-post.
    if (!(profile && match && profile.id === match.profile.id)) {
      const originalDomain = (source.url && registrableDomain(source.url)) || undefined;
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
    lookup: !match && domain ? await cachedState(db, domain) : { status: 'idle' },
    reader: await readerView(db, domain || null),
    original,
  };
}

/** Looks the outlet up on Wikidata (cached for a month); never throws. */
export async function lookUpOutlet(db: BackstoryDatabase, domain: string, refresh: boolean): Promise<OutletLookupState> {
  try {
    const answer = await lookupWithCache(db, domain, (url, init) => fetch(url, init), { refresh });
    if (answer.status === 'failed') return { status: 'failed', error: answer.message };
    if (answer.status === 'not-found') return { status: 'not-found', fetchedAt: answer.fetchedAt };
    return {
      status: 'found',
      profile: answer.profile!,
      ...(answer.summary ? { summary: answer.summary } : {}),
      fetchedAt: answer.fetchedAt,
      stale: answer.stale,
      ...(answer.refreshError ? { refreshError: answer.refreshError } : {}),
    };
  } catch (error) {
    return { status: 'failed', error: `The lookup failed (${error instanceof Error ? error.message : String(error)}). Try again.` };
  }
}

/** The toolbar badge for a tab: a quiet hint of the outlet's standing, or nothing. */
export function showBadge(tabId: number, view: OutletView | null): void {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const profile = view?.match?.profile ?? (view?.lookup.status === 'found' ? view.lookup.profile : null);
  const badge = outletBadge(profile);
  void action.setBadgeText({ tabId, text: badge?.text ?? '' }).catch(() => undefined);
  if (badge) {
    void action.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(() => undefined);
    void action.setTitle({ tabId, title: `Backstory — ${badge.title}` }).catch(() => undefined);
  } else {
    void action.setTitle({ tabId, title: 'Open Backstory' }).catch(() => undefined);
  }
}
