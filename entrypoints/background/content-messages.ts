// Requests from content scripts (already checked for sender and shape). A page can drive its
// content script, so nothing here reads or changes notes, lists or settings beyond the page's
// own flags and the draft the reader started on it.
import type { ArticleTabs } from './article-tabs';
import { lookUpEntity } from './entity-lookup';
import type { BackgroundIO } from './io';
import { errorMessage, ReaderError } from '@/lib/errors';
import type { Handlers } from '@/lib/messages/router';
import type { ContentToBackground } from '@/lib/messages/requests';

/** Which tab and frame a content script's request came from. */
export interface ContentSender {
  tabId: number;
  frameId: number;
}

export function contentHandlers(
  articles: ArticleTabs,
  io: Pick<BackgroundIO, 'injectArticleCode' | 'openPanel' | 'broadcast' | 'fetch' | 'now'>,
): Handlers<ContentToBackground, ContentSender> {
  return {
    'content/report': async ({ report }, { tabId }) => {
      await articles.report(tabId, report);
      return null;
    },
    'content/load-article-code': async (_request, { tabId, frameId }) => {
      try {
        await io.injectArticleCode(tabId, frameId);
      } catch (error) {
        console.warn('Backstory: could not inject the article reader', error);
        throw new ReaderError(`the article reader could not be loaded (${errorMessage(error)})`);
      }
      return null;
    },
    'content/set-dismissed': async ({ key, dismissed }, { tabId }) => {
      await articles.setDismissed(tabId, key, dismissed);
      return null;
    },
    'content/lookup-entity': ({ name, entityType }) => lookUpEntity(io.fetch, name, entityType),
    'content/note-draft': async ({ selectors, quote }, { tabId }) => {
      // The panel opens first, while the browser still counts this as the reader's action.
      io.openPanel(tabId);
      const state = await articles.requireArticle(tabId, 'Backstory has not read this article yet.');
      try {
        await articles.notes.setDraft(tabId, {
          url: state.pageKey,
          pageTitle: state.snapshot.meta.title,
          host: new URL(state.snapshot.url).hostname,
          selectors,
          quote,
          createdAt: io.now(),
        });
      } catch (error) {
        throw new ReaderError(`the draft could not be kept (${errorMessage(error)})`);
      }
      return null;
    },
    'content/open-note': ({ id }, { tabId }) => {
      io.openPanel(tabId);
      io.broadcast({ type: 'note/focus', tabId, id });
      return null;
    },
    'content/notes-anchored': ({ takenAt, anchors }, { tabId }) => {
      articles.notesAnchored(tabId, takenAt, anchors);
      return null;
    },
  };
}
