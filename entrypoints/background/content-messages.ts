// Requests from content scripts (already checked for sender and shape). A page can drive its
// content script, so nothing here reads or changes notes, lists or settings beyond the page's
// own flags and the draft the reader started on it.
import { pageKey, type ArticleTabs } from './article-tabs';
import { lookUpEntity } from './entity-lookup';
import { injectArticleCode } from './inject-article-code';
import { openPanelNow } from './side-panel';
import type { ContentMessage } from '@/lib/messages/protocol';

export function handleContentMessage(
  articles: ArticleTabs,
  message: ContentMessage,
  tabId: number,
  frameId: number,
): Promise<unknown> {
  switch (message.type) {
    case 'content/report':
      return articles.report(tabId, message.report).then(() => ({ ok: true }));
    case 'content/load-article-code':
      return injectArticleCode(tabId, frameId);
    case 'content/set-dismissed':
      return articles.setDismissed(tabId, message.key, message.dismissed).then(({ ok, error }) => ({ ok, error }));
    case 'content/lookup-entity':
      return lookUpEntity(message.name, message.entityType);
    case 'content/note-draft': {
      const state = articles.articleOf(tabId);
      if (!state) return Promise.resolve({ ok: false, error: 'Backstory has not read this article yet.' });
      openPanelNow(tabId);
      return articles.notes
        .setDraft(tabId, {
          url: pageKey(state.snapshot),
          pageTitle: state.snapshot.meta.title,
          host: new URL(state.snapshot.url).hostname,
          selectors: message.selectors,
          quote: message.quote,
          createdAt: Date.now(),
        })
        .then(
          () => ({ ok: true }),
          (error: unknown) => ({ ok: false, error: `the draft could not be kept (${String(error)})` }),
        );
    }
    case 'content/open-note':
      openPanelNow(tabId);
      articles.send({ type: 'note/focus', tabId, id: message.id });
      return Promise.resolve({ ok: true });
    case 'content/notes-anchored': {
      const state = articles.articleOf(tabId, message.takenAt);
      if (state) {
        articles.tabs.set({ ...state, noteAnchors: message.anchors });
        articles.changed(tabId);
      }
      return Promise.resolve({ ok: true });
    }
  }
}
