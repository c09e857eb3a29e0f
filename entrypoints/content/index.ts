// Runs on every http(s) page at document idle. It only detects; for articles it has the
// article-reading code injected (see article-code.ts), takes a snapshot and reports it to the
// background. On non-articles it sends nothing and adds nothing to the page.
import { loadArticleCode } from './article-code';
import type { ArticleLayer } from './layer';
import { PageWatcher, type ReadArticle } from './page-watcher';
import type { ContentMessage, PageReport, ToContentMessage } from '@/lib/messages/protocol';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The default start-up postMessage would tell every page that Backstory is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const send = (report: PageReport) => {
      const message: ContentMessage = { type: 'content/report', report };
      // The background may be restarting; it asks again when the panel needs us.
      browser.runtime.sendMessage(message).catch(() => undefined);
    };
    // The layer (highlights, cards) exists while the page holds a read article.
    let layer: { takenAt: number; layer: ArticleLayer } | null = null;
    const onArticle = (article: ReadArticle | null) => {
      layer?.layer.destroy();
      layer = article
        ? {
            takenAt: article.takenAt,
            layer: article.code.createLayer({
              win: window,
              extraction: article.extraction,
              send: (message) => browser.runtime.sendMessage(message),
            }),
          }
        : null;
    };
    const watcher = new PageWatcher({
      doc: document,
      currentUrl: () => location.href,
      onReport: send,
      onArticle,
      loadArticleCode,
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
    });

    // Only our background talks to us; a small hand check keeps valibot out of every page.
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const type = (message as Partial<ToContentMessage> | null)?.type;
      if (type === 'content/get-report') return Promise.resolve(watcher.current);
      if (type === 'content/recheck') return watcher.check().then(() => watcher.current);
      const m = message as ToContentMessage;
      if (m.type === 'content/paint') {
        // Spans are offsets into one snapshot's text: paint only onto that same reading.
        if (layer?.takenAt !== m.order.takenAt) return Promise.resolve({ ok: false });
        return layer.layer.paint(m.order).then((paint) => ({ ok: true, timings: { ...watcher.timings, paint } }));
      }
      if (m.type === 'content/reveal') return Promise.resolve({ ok: layer?.layer.reveal(m.target) ?? false });
      if (m.type === 'content/reveal-note') return Promise.resolve({ ok: layer?.layer.revealNote(m.id) ?? false });
      if (m.type === 'content/draft-from-selection') {
        return (layer?.layer.draftFromSelection() ?? Promise.resolve(false)).then((ok) => ({ ok }));
      }
      if (m.type === 'content/notes') {
        if (layer?.takenAt !== m.takenAt) return Promise.resolve({ ok: false });
        const { takenAt } = layer;
        return layer.layer.paintNotes(m.notes).then(({ anchored, orphaned, timings }) => {
          const report: ContentMessage = { type: 'content/notes-anchored', takenAt, anchors: { anchored, orphaned } };
          browser.runtime.sendMessage(report).catch(() => undefined);
          return { ok: true, timings };
        });
      }
      if (m.type === 'content/step') {
        layer?.layer.step(m.direction);
        return Promise.resolve({ ok: !!layer });
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      watcher.stop();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.navigated());

    // Detection is cheap, but the page's own start-up comes first: run when the main thread is
    // idle (at most 1.5 s later).
    ctx.requestIdleCallback(() => void watcher.check(), { timeout: 1_500 });
  },
});
