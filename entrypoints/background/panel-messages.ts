// Requests from Backstory's own pages (side panel, options), already checked for sender and
// shape. Only these may read or change notes, the reader's lists and outlet notes.
import type { ArticleTabs } from './article-tabs';
import type { BackgroundIO } from './io';
import { importList, listsFor, removeList, setOutletNote } from '@/lib/db/reader-lists';
import { ReaderError } from '@/lib/errors';
import type { Handlers } from '@/lib/messages/router';
import type { PanelToBackground } from '@/lib/messages/requests';
import { parseReaderList } from '@/lib/outlets/reader-lists';

type SyncRequests = Pick<PanelToBackground, 'panel/sync-turn-on' | 'panel/sync-now' | 'panel/sync-turn-off'>;

/** Where no sync service runs (unit tests of the other handlers). */
const NO_SYNC: Handlers<SyncRequests> = {
  'panel/sync-turn-on': () => {
    throw new ReaderError('Sync is not available here.');
  },
  'panel/sync-now': () => {
    throw new ReaderError('Sync is not available here.');
  },
  'panel/sync-turn-off': () => {
    throw new ReaderError('Sync is not available here.');
  },
};

export function panelHandlers(
  articles: ArticleTabs,
  io: Pick<BackgroundIO, 'db' | 'tellTab'>,
  sync: Handlers<SyncRequests> = NO_SYNC,
): Handlers<PanelToBackground> {
  const { db } = io;
  return {
    ...articles.notes.handlers,
    ...sync,
    'panel/get-tab-state': ({ tabId }) => articles.tabState(tabId),
    'panel/refresh-tab': ({ tabId }) => articles.tabState(tabId, { recheck: true }),
    'panel/reveal': async ({ tabId, target }) => {
      const answer = await io.tellTab(tabId, 'content/reveal', { target });
      if (!answer?.ok) throw new ReaderError('the page did not answer');
      return null;
    },
    'panel/set-dismissed': async ({ tabId, key, dismissed }) => {
      await articles.setDismissed(tabId, key, dismissed);
      return null;
    },
    'panel/set-site-highlights': async ({ tabId, enabled }) => {
      await articles.setSiteHighlights(tabId, enabled);
      return null;
    },
    'panel/reveal-note': async ({ tabId, id }) => !!(await io.tellTab(tabId, 'content/reveal-note', { id }))?.ok,
    'panel/outlet-lookup': async ({ tabId, refresh }) => {
      await articles.lookUpOutlet(tabId, refresh);
      return null;
    },
    'panel/outlet-note': async ({ domain, body }) => {
      await setOutletNote(db, domain, body);
      await articles.refreshOutlets();
      return null;
    },
    'panel/reader-lists': () => listsFor(db),
    'panel/reader-list-import': async ({ text, fileName }) => {
      const parsed = parseReaderList(text, fileName);
      if (!parsed.ok) throw new ReaderError(parsed.error);
      const list = await importList(db, parsed.list, fileName);
      await articles.refreshOutlets();
      return { list, skipped: parsed.skipped };
    },
    'panel/reader-list-remove': async ({ id }) => {
      const removed = await removeList(db, id);
      await articles.refreshOutlets();
      return removed;
    },
  };
}
