// Sync in the background: the service built on the browser's storage, IndexedDB and PouchDB,
// started by local writes (a couple of seconds after the reader pauses), by the options page's
// requests and by an alarm (which outlives the service worker); other devices' changes are shown
// in open pages and panels as they arrive.
import { browser } from 'wxt/browser';
import type { ArticleState, ArticleTabs } from './article-tabs';
import type { BackgroundIO } from './io';
import type { BackstoryDatabase } from '@/lib/db/database';
import { dismissedOn } from '@/lib/db/dismissals';
import { databaseSyncStore } from '@/lib/db/sync-store';
import type { Handlers } from '@/lib/messages/router';
import type { PanelToBackground } from '@/lib/messages/requests';
import { highlightsOffItem, syncedSitesItem, syncSettingsItem, syncStatusItem } from '@/lib/settings/items';
import { combineStores } from '@/lib/sync/combined-store';
import type { SyncRef } from '@/lib/sync/items';
import { indexedDbKeyStore } from '@/lib/sync/key-store';
import { BrowserPouch } from '@/lib/sync/pouch-browser';
import { resolveRemote } from '@/lib/sync/remote';
import { SyncService } from '@/lib/sync/service';
import { siteSettingsStore } from '@/lib/sync/site-settings-store';

export const SYNC_ALARM = 'backstory-sync';
const SYNC_EVERY_MINUTES = 15;
const MIRROR_NAME = 'backstory-sync-mirror';

/** Other devices changed these items here: repaint what shows them. */
async function showSynced(articles: ArticleTabs, io: Pick<BackgroundIO, 'db' | 'broadcast' | 'settings'>, refs: SyncRef[]): Promise<void> {
  const kinds = new Set(refs.map((r) => r.kind));
  // An alarm may have started this worker: the open article tabs a stopped one knew are
  // rebuilt first (from their pages and the storage that now holds the synced changes).
  if (refs.length) await articles.revive();
  if (kinds.has('note')) {
    await articles.notes.recount().catch(() => undefined);
    io.broadcast({ type: 'notes/changed' });
    for (const state of [...articles.tabs.articles()]) void articles.sendNotes(state);
  }
  if (kinds.has('outletNote') || kinds.has('readerList')) await articles.refreshOutlets();
  if (kinds.has('dismissal') || kinds.has('siteSetting')) {
    const off = new Set(await io.settings.highlightsOff());
    for (const state of [...articles.tabs.articles()]) {
      let next: ArticleState = { ...state, highlights: { ...state.highlights, enabled: !off.has(state.highlights.site) } };
      if (next.analysis.status === 'done') next = { ...next, analysis: { ...next.analysis, dismissed: await dismissedOn(io.db, state.pageKey) } };
      articles.tabs.set(next);
      articles.changed(state.tabId);
      void articles.paint(next);
    }
  }
}

/** The sync service on the browser's storage, wired to local writes and the alarm. */
export function startSync(db: BackstoryDatabase, articles: ArticleTabs, io: Pick<BackgroundIO, 'db' | 'broadcast' | 'settings' | 'now'>): SyncService {
  const store = combineStores([
    databaseSyncStore(db),
    siteSettingsStore({
      getOff: () => highlightsOffItem.getValue(),
      setOff: (sites) => highlightsOffItem.setValue(sites),
      getSynced: () => syncedSitesItem.getValue(),
      setSynced: (state) => syncedSitesItem.setValue(state),
      now: io.now,
    }),
  ]);
  const sync = new SyncService({
    store,
    settings: { get: () => syncSettingsItem.getValue(), set: (value) => syncSettingsItem.setValue(value) },
    status: { get: () => syncStatusItem.getValue(), set: (value) => syncStatusItem.setValue(value) },
    keys: indexedDbKeyStore(),
    Pouch: BrowserPouch,
    openMirror: () => new BrowserPouch(MIRROR_NAME),
    changed: (refs) => void showSynced(articles, io, refs).catch((error: unknown) => console.warn('Backstory: could not show synced changes', error)),
    schedule: (on) => {
      if (on) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_EVERY_MINUTES, delayInMinutes: SYNC_EVERY_MINUTES });
      else void browser.alarms.clear(SYNC_ALARM);
    },
    now: io.now,
  });

  // Every local write to a synced table marks the outbox (lib/db/sync-outbox.ts), only while sync is on.
  const written = () => sync.localWrite();
  db.syncOutbox.hook('creating', written);
  db.syncOutbox.hook('updating', written);
  // The per-site switches live in storage; sync's own writes there leave nothing to send.
  highlightsOffItem.watch(async (off) => {
    const synced = await syncedSitesItem.getValue();
    const differs = off.length !== Object.keys(synced).length || off.some((site) => !(site in synced));
    if (differs && (await syncSettingsItem.getValue())) sync.localWrite();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync.onSchedule();
  });
  // A service worker stopped between a write and its sync: send what waits, now that it runs again.
  void db.syncOutbox
    .count()
    .then((n) => n > 1 && sync.localWrite()) // more than the "sync is on" row
    .catch(() => undefined);
  return sync;
}

/** The options page's sync requests. */
export function syncHandlers(sync: SyncService): Handlers<Pick<PanelToBackground, 'panel/sync-turn-on' | 'panel/sync-now' | 'panel/sync-turn-off'>> {
  return {
    'panel/sync-turn-on': async ({ url, username, password, passphrase }) => {
      const settings = { url, ...(username ? { username } : {}), ...(password ? { password } : {}) };
      // The options page asked the reader for the server's origin; without it nothing is sent.
      const origin = (() => {
        try {
          return resolveRemote(settings).origin;
        } catch {
          return null;
        }
      })();
      if (origin && browser.permissions && !(await browser.permissions.contains({ origins: [`${origin}/*`] }))) {
        return sync.refuse('no-permission');
      }
      return sync.turnOn(settings, passphrase || undefined);
    },
    'panel/sync-now': () => sync.syncNow(),
    'panel/sync-turn-off': () => sync.turnOff(),
  };
}
