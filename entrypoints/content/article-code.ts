// The code that reads an article (metadata, text, links) and paints it (highlights, cards, the
// note button) is several times the size of the detection: too much to load into every page
// the reader opens. The always-on script only detects; on an article page it asks the
// background to inject `article.js` (entrypoints/article.content.ts), which hands its
// functions over through this hook in the extension's isolated world — invisible to the page.
import type { SnapshotResult } from '@/lib/page/snapshot';
import type { SliceStats } from '@/lib/page/slices';
import type { Detection } from '@/lib/page/types';
import type { createLayer } from './layer';
import { askBackground } from '@/lib/messages/client';

export const ARTICLE_HOOK = '__backstoryArticleCode';

export interface ArticleCode {
  /** Reads the article in slices that yield to the page (see article.content.ts). */
  takeSnapshot: (doc: Document, url: string, detection: Detection) => Promise<SnapshotResult & { stats?: SliceStats }>;
  createLayer: typeof createLayer;
}

type HookHolder = { [ARTICLE_HOOK]?: ArticleCode };

export function installArticleCode(code: ArticleCode): void {
  (globalThis as HookHolder)[ARTICLE_HOOK] = code;
}

let loading: Promise<ArticleCode> | null = null;

/** The article code, injected on first use; later calls reuse it. */
export function loadArticleCode(): Promise<ArticleCode> {
  const ready = (globalThis as HookHolder)[ARTICLE_HOOK];
  if (ready) return Promise.resolve(ready);
  loading ??= (async () => {
    const answer = await askBackground('content/load-article-code');
    const code = (globalThis as HookHolder)[ARTICLE_HOOK];
    if (!answer.ok || !code) throw new Error(answer.ok ? 'the article reader could not be loaded' : answer.error);
    return code;
  })().finally(() => {
    loading = null;
  });
  return loading;
}
