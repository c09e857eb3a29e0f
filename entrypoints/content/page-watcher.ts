// Decides when to look at the page: once at document idle, again when a single-page site
// navigates, and — for pages that are not (yet) articles — a few more times while content
// keeps arriving, so an article rendered late by script is still found. The observer is
// bounded in time and in re-checks so that busy web apps pay almost nothing.
import { detectArticle } from '@/lib/page/detect';
import { takeSnapshot, type SnapshotResult } from '@/lib/page/snapshot';
import type { PageReport } from '@/lib/messages/protocol';

export interface WatcherOptions {
  /** Quiet time after the last DOM change before re-checking. */
  settleMs: number;
  /** Stop watching for a late article after this long. */
  watchForMs: number;
  /** At most this many re-checks per page. */
  maxRechecks: number;
}

export const defaultWatcherOptions: WatcherOptions = { settleMs: 400, watchForMs: 15_000, maxRechecks: 8 };

export interface PageWatcherDeps {
  doc: Document;
  currentUrl: () => string;
  /** Called for article pages only (and when a page that was an article stops being one). */
  onReport: (report: PageReport) => void;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

export class PageWatcher {
  private report: PageReport;
  private result: SnapshotResult | null = null;
  private observer: MutationObserver | null = null;
  private settleTimer = 0;
  private stopTimer = 0;
  private rechecks = 0;

  constructor(
    private readonly deps: PageWatcherDeps,
    private readonly options: WatcherOptions = defaultWatcherOptions,
  ) {
    this.report = { status: 'pending', url: deps.currentUrl() };
  }

  /** The latest report, for the background when it asks (e.g. after it restarted). */
  get current(): PageReport {
    return this.report;
  }

  /** The DOM side of the latest snapshot (for painting and anchoring in later features). */
  get snapshot(): SnapshotResult | null {
    return this.result;
  }

  /** Look at the page now; keep watching for a late article if it is not one yet. */
  check(): void {
    const { doc } = this.deps;
    const url = this.deps.currentUrl();
    const detection = detectArticle(doc, url);
    if (detection.isArticle) {
      this.stopWatching();
      this.result = takeSnapshot(doc, url, detection);
      this.report = { status: 'article', snapshot: this.result.snapshot };
      this.deps.onReport(this.report);
      return;
    }
    const wasArticle = this.report.status === 'article';
    this.result = null;
    this.report = { status: 'not-article', url, detection };
    // Only a page the background already knows as an article needs telling that it changed.
    if (wasArticle) this.deps.onReport(this.report);
    this.watchForLateArticle();
  }

  /** A single-page site changed its URL: start over for the new page. */
  navigated(): void {
    const wasArticle = this.report.status === 'article';
    this.stopWatching();
    this.rechecks = 0;
    this.result = null;
    this.report = { status: 'pending', url: this.deps.currentUrl() };
    if (wasArticle) this.deps.onReport(this.report);
    // The new view is usually rendered right after the URL changes; let it settle first.
    this.settleTimer = this.deps.setTimeout(() => this.check(), this.options.settleMs);
  }

  stop(): void {
    this.stopWatching();
  }

  private watchForLateArticle(): void {
    const body = this.deps.doc.body;
    if (this.observer || !body || this.rechecks >= this.options.maxRechecks) return;
    const View = this.deps.doc.defaultView;
    if (!View || typeof View.MutationObserver !== 'function') return;
    this.observer = new View.MutationObserver(() => {
      this.deps.clearTimeout(this.settleTimer);
      this.settleTimer = this.deps.setTimeout(() => this.recheck(), this.options.settleMs);
    });
    this.observer.observe(body, { childList: true, subtree: true });
    this.stopTimer = this.deps.setTimeout(() => this.stopWatching(), this.options.watchForMs);
  }

  private recheck(): void {
    this.rechecks++;
    if (this.rechecks >= this.options.maxRechecks) this.stopWatching();
    this.check();
  }

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.deps.clearTimeout(this.settleTimer);
    this.deps.clearTimeout(this.stopTimer);
  }
}
