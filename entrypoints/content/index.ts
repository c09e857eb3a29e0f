// Runs on every http(s) page at document idle. It only detects; for articles it has the
// article-reading code injected (see article-code.ts), takes a snapshot and reports it to the
// background. On non-articles it sends nothing and adds nothing to the page.
import { answerMessages } from './answer-messages';
import { loadArticleCode } from './article-code';
import type { ArticleLayer } from './layer';
import { watchLocation } from './location-watch';
import { PageWatcher, type ReadArticle } from './page-watcher';
import { askBackground } from '@/lib/messages/client';
import { installPageHook } from '@/lib/messages/page-hook';
import type { PageReport } from '@/lib/messages/protocol';
import type { AnswerOf, BackgroundToContent, RequestOf } from '@/lib/messages/requests';

/** This script's answers to the background, one per request type it receives. */
type ContentHandlers = {
  [K in keyof BackgroundToContent]: (request: RequestOf<BackgroundToContent, K>) => Promise<AnswerOf<BackgroundToContent, K>>;
};

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The default start-up postMessage would tell every page that Backstory is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Listening touches chrome.runtime (~2 ms on every page): only once the background needs to
    // reach us — an article, or the background asking through the page hook.
    let stopAnswering: (() => void) | null = null;
    const listen = () => {
      stopAnswering ??= answerMessages((message, sender) => (sender.id === browser.runtime.id ? answer(message) : undefined));
    };
    const send = (report: PageReport) => {
      listen();
      // The background may be restarting; it asks again when the panel needs us.
      void askBackground('content/report', { report });
    };
    // The layer (highlights, cards) exists while the page holds a read article.
    let layer: { takenAt: number; layer: ArticleLayer } | null = null;
    const onArticle = (article: ReadArticle | null) => {
      layer?.layer.destroy();
      layer = article
        ? { takenAt: article.takenAt, layer: article.code.createLayer({ win: window, extraction: article.extraction, ask: askBackground }) }
        : null;
    };
    const watcher = new PageWatcher({
      doc: document,
      currentUrl: () => location.href,
      onReport: send,
      onArticle,
      loadArticleCode,
      // Plain timers: WXT's ctx.setTimeout checks chrome.runtime on every call (see
      // script-context.ts); stop() clears ours when the script is invalidated.
      setTimeout: (fn, ms) => window.setTimeout(fn, ms),
      clearTimeout: (id) => window.clearTimeout(id),
      yieldToPage: () => new Promise((resolve) => window.setTimeout(resolve, 0)),
    });

    const handlers: ContentHandlers = {
      'content/get-report': async () => watcher.current,
      'content/recheck': async () => {
        await watcher.check();
        return watcher.current;
      },
      'content/paint': async ({ order }) => {
        // Spans are offsets into one snapshot's text: paint only onto that same reading.
        if (layer?.takenAt !== order.takenAt) return { ok: false };
        const paint = await layer.layer.paint(order);
        return import.meta.env.MODE === 'bench' ? { ok: true, timings: { ...watcher.timings, paint } } : { ok: true };
      },
      'content/reveal': async ({ target }) => ({ ok: layer?.layer.reveal(target) ?? false }),
      'content/reveal-note': async ({ id }) => ({ ok: layer?.layer.revealNote(id) ?? false }),
      'content/draft-from-selection': async () => ({ ok: (await layer?.layer.draftFromSelection()) ?? false }),
      'content/notes': async ({ takenAt, notes }) => {
        if (layer?.takenAt !== takenAt) return { ok: false };
        const { anchored, orphaned, timings } = await layer.layer.paintNotes(notes);
        void askBackground('content/notes-anchored', { takenAt, anchors: { anchored, orphaned } });
        return import.meta.env.MODE === 'bench' ? { ok: true, timings } : { ok: true };
      },
      'content/step': async ({ direction }) => {
        layer?.layer.step(direction);
        return { ok: !!layer };
      },
    };

    // Only our background talks to us (the listener checks the sender; the page hook is only
    // reachable from the extension), and it is trusted: a type check is enough here, which
    // keeps valibot out of every page (the background checks what we answer).
    function answer(message: unknown): Promise<unknown> | undefined {
      const type = (message as { type?: unknown } | null)?.type;
      if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
      const handle = handlers[type as keyof ContentHandlers] as (request: unknown) => Promise<unknown>;
      return handle(message);
    }
    const removeHook = installPageHook((request) => {
      listen();
      return answer(request);
    });
    ctx.onInvalidated(() => {
      stopAnswering?.();
      removeHook();
      watcher.stop();
    });
    watchLocation(ctx.signal, window, () => watcher.navigated());

    // Detection is cheap, but the page's own start-up comes first: run when the main thread is
    // idle (at most 1.5 s later).
    const idle = requestIdleCallback(() => void watcher.check(), { timeout: 1_500 });
    ctx.onInvalidated(() => cancelIdleCallback(idle));
  },
});
