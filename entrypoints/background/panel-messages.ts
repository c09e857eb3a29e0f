// Requests from Backstory's own pages (side panel, options), already checked for sender and
// shape. Only these may read or change notes, the reader's lists and outlet notes.
import type { ArticleTabs } from './article-tabs';
import { NOTES_REQUESTS, type NotesService } from './notes';
import type { BackstoryDatabase } from '@/lib/db/database';
import { importList, listsFor, removeList, setOutletNote } from '@/lib/db/reader-lists';
import type { PanelMessage } from '@/lib/messages/protocol';
import { parseReaderList } from '@/lib/outlets/reader-lists';

const answerError = (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) });

export function handlePanelMessage(articles: ArticleTabs, db: BackstoryDatabase, message: PanelMessage): Promise<unknown> {
  switch (message.type) {
    case 'panel/get-tab-state':
      return articles.tabState(message.tabId);
    case 'panel/refresh-tab':
      articles.tabs.forget(message.tabId);
      return articles.tabState(message.tabId, { recheck: true });
    case 'panel/reveal':
      return articles.tellTab(message.tabId, { type: 'content/reveal', target: message.target });
    case 'panel/set-dismissed':
      return articles.setDismissed(message.tabId, message.key, message.dismissed).then(async (result) => {
        if (result.state) await articles.paint(result.state);
        return { ok: result.ok, error: result.error };
      });
    case 'panel/set-site-highlights':
      return articles.setSiteHighlights(message.tabId, message.enabled);
    case 'panel/reveal-note':
      return articles.tellTab(message.tabId, { type: 'content/reveal-note', id: message.id }).then((answer) => ({
        ok: true,
        value: !!(answer as { ok?: boolean } | undefined)?.ok,
      }));
    case 'panel/outlet-lookup':
      return articles.lookUpOutlet(message.tabId, message.refresh);
    case 'panel/outlet-note':
      return setOutletNote(db, message.domain, message.body).then(async () => {
        await articles.refreshOutlets();
        return { ok: true, value: null };
      }, answerError);
    case 'panel/reader-lists':
      return listsFor(db).then((value) => ({ ok: true, value }), answerError);
    case 'panel/reader-list-import': {
      const parsed = parseReaderList(message.text, message.fileName);
      if (!parsed.ok) return Promise.resolve({ ok: false, error: parsed.error });
      return importList(db, parsed.list, message.fileName).then(async (list) => {
        await articles.refreshOutlets();
        return { ok: true, value: { list, skipped: parsed.skipped } };
      }, answerError);
    }
    case 'panel/reader-list-remove':
      return removeList(db, message.id).then(async (removed) => {
        await articles.refreshOutlets();
        return { ok: true, value: removed };
      }, answerError);
    default:
      if (NOTES_REQUESTS.has(message.type)) return articles.notes.handle(message as Parameters<NotesService['handle']>[0]);
      return Promise.resolve(undefined);
  }
}
