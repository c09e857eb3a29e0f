// What the bench reads from the background: per tab, what painting and placing notes cost the
// page, and how many requests its content script sent. Only a bench build (`wxt build --mode
// bench`, see scripts/lib/browser.ts) installs it; the shipped build has no such handle.
import type { TimingsSink } from './article-tabs';
import type { ArticleTabs } from './article-tabs';
import type { BackstoryDatabase } from '@/lib/db/database';
import type { SyncService } from '@/lib/sync/service';

export interface BenchHandle {
  db: BackstoryDatabase;
  articles: ArticleTabs;
  sync: SyncService;
  pageTimings: Map<number, unknown>;
  noteTimings: Map<number, unknown>;
  requestsByTab: Map<number, number>;
}

export function benchRecorders(): { handle: Omit<BenchHandle, 'db' | 'articles' | 'sync'>; onTimings: TimingsSink; onContentRequest: (tabId: number) => void } {
  const handle = { pageTimings: new Map<number, unknown>(), noteTimings: new Map<number, unknown>(), requestsByTab: new Map<number, number>() };
  return {
    handle,
    onTimings: (tabId, kind, timings) => (kind === 'paint' ? handle.pageTimings : handle.noteTimings).set(tabId, timings),
    onContentRequest: (tabId) => handle.requestsByTab.set(tabId, (handle.requestsByTab.get(tabId) ?? 0) + 1),
  };
}
