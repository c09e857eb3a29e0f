// Decides when to look at the page: once at document idle, again when a single-page site
// navigates, and — for pages that are not (yet) articles — a few more times while content
// keeps arriving, so an article rendered late by script is still found. The observer is
// bounded in time and in re-checks so that busy web apps pay almost nothing.
import { detectArticle } from '@/lib/page/detect';
import type { PageReport } from '@/lib/messages/protocol';
import type { ArticleExtraction } from '@/lib/page/types';
import type { ArticleCode } from './article-code';
import { errorMessage } from '@/lib/errors';

/** The article as last read: what the in-page layer maps the background's spans onto. */
export interface ReadArticle {
  code: ArticleCode;
  takenAt: number;
  extraction: ArticleExtraction;
}

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
  /** Called for article pages only (and when a page the background knows stops being one). */
  onReport: (report: PageReport) => void;
  /** The page's article was read (a new ReadArticle) or is gone (null: navigated, not an article). */
  onArticle?: (article: ReadArticle | null) => void;
  /** The article-reading code, loaded only once a page is detected as an article. */
  loadArticleCode: () => Promise<ArticleCode>;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** Gives the page its turn before a big message is sent (lib/page/slices.ts). */
  yieldToPage?: () => Promise<void>;
}

export class PageWatcher {
  private report: PageReport;
  private observer: MutationObserver | null = null;
  private settleTimer = 0;
  /** When the DOM last changed while watching (Date.now()). */
  private lastChange = 0;
  private stopTimer = 0;
  private rechecks = 0;
  /** Bumped on every check and navigation, so a slow, outdated check cannot overwrite a newer one. */
  private generation = 0;
  /** Whether the background holds a report from us (article or pending) that may go stale. */
  private backgroundKnows = false;
  private read: ReadArticle | null = null;
  /** How long the last detection and snapshot held the page's main thread (for the bench). */
  readonly timings: { detectMs?: number; snapshotMs?: number; snapshotLongestSliceMs?: number } = {};

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

  /** The article as last read, or null when the page is not (or no longer) one. */
  get article(): ReadArticle | null {
    return this.read;
  }

  /** Look at the page now; keep watching for a late article if it is not one yet. */
  async check(): Promise<void> {
    const generation = ++this.generation;
    const { doc } = this.deps;
    const url = this.deps.currentUrl();
    let detection;
    try {
      const t0 = performance.now();
      detection = detectArticle(doc, url);
      this.timings.detectMs = performance.now() - t0;
    } catch (error) {
      // A page shaped like nothing we expected (an XML feed, an SVG, a broken DOM): stay silent.
      console.debug('Backstory: detection failed on this page', error);
      this.report = { status: 'not-article', url, detection: { isArticle: false, score: 0, reasons: [] } };
      return;
    }
    if (!detection.isArticle) {
      this.report = { status: 'not-article', url, detection };
      this.setArticle(null);
      // Non-articles send nothing, unless the background still believes an earlier report.
      if (this.backgroundKnows) this.tell(this.report);
      this.watchForLateArticle();
      return;
    }
    this.stopWatching();
    try {
      const code = await this.deps.loadArticleCode();
      if (generation !== this.generation) return;
      const t0 = performance.now();
      const { snapshot, extraction, stats } = await code.takeSnapshot(doc, url, detection);
      if (generation !== this.generation) return;
      this.timings.snapshotMs = stats?.totalMs ?? performance.now() - t0;
      this.timings.snapshotLongestSliceMs = stats?.longestSliceMs;
      // Sending copies the whole text: a task of its own, not the end of the last slice.
      await this.deps.yieldToPage?.();
      if (generation !== this.generation) return;
      this.setArticle({ code, takenAt: snapshot.takenAt, extraction });
      this.tell({ status: 'article', snapshot });
    } catch (error) {
      if (generation !== this.generation) return;
      this.setArticle(null);
      this.tell({ status: 'failed', url, error: errorMessage(error) });
    }
  }

  /** A single-page site changed its URL: start over for the new page. */
  navigated(): void {
    this.generation++;
    this.stopWatching();
    this.rechecks = 0;
    this.report = { status: 'pending', url: this.deps.currentUrl() };
    this.setArticle(null);
    if (this.backgroundKnows) this.tell(this.report);
    // The new view is usually rendered right after the URL changes; let it settle first.
    this.settleTimer = this.deps.setTimeout(() => {
      this.settleTimer = 0;
      void this.check();
    }, this.options.settleMs);
  }

  stop(): void {
    this.generation++;
    this.stopWatching();
    this.setArticle(null);
  }

  private setArticle(article: ReadArticle | null): void {
    if (article === this.read) return;
    this.read = article;
    this.deps.onArticle?.(article);
  }

  private tell(report: PageReport): void {
    this.report = report;
    this.backgroundKnows = report.status !== 'not-article';
    this.deps.onReport(report);
  }

  private watchForLateArticle(): void {
    const body = this.deps.doc.body;
    if (this.observer || !body || this.rechecks >= this.options.maxRechecks) return;
    const View = this.deps.doc.defaultView;
    if (!View || typeof View.MutationObserver !== 'function') return;
    // A change only notes its time; one timer per quiet period looks at it. Re-arming a timer on
    // every change cost a page that rewrites itself every 10 ms a timer (and, through WXT's
    // ctx.setTimeout, an invalidation listener kept until unload) per change.
    this.observer = new View.MutationObserver(() => {
      this.lastChange = Date.now();
      if (!this.settleTimer) this.settleTimer = this.deps.setTimeout(() => this.settled(), this.options.settleMs);
    });
    this.observer.observe(body, { childList: true, subtree: true });
    this.stopTimer = this.deps.setTimeout(() => this.stopWatching(), this.options.watchForMs);
  }

  /** Re-check once the DOM has been quiet for settleMs, else wait out the rest of it. */
  private settled(): void {
    const quiet = Date.now() - this.lastChange;
    if (quiet < this.options.settleMs) {
      this.settleTimer = this.deps.setTimeout(() => this.settled(), this.options.settleMs - quiet);
      return;
    }
    this.settleTimer = 0;
    this.recheck();
  }

  private recheck(): void {
    this.rechecks++;
    if (this.rechecks >= this.options.maxRechecks) this.stopWatching();
    void this.check();
  }

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.deps.clearTimeout(this.settleTimer);
    this.deps.clearTimeout(this.stopTimer);
    this.settleTimer = 0;
  }
}
