// What happens to an article page once its content script reports it: the visit is recorded,
// the outlet looked up in the directory (and the outlets its links lead to), the text analyzed,
// and the page told what to paint (names, claims, the reader's notes, cards over cited links). Every step checks that the tab still shows the same
// reading (snapshot.takenAt) before it writes, so a slow step never overwrites a newer page.
import { analyzeArticle } from './analyze-article';
import { askContentScript } from './ask-content';
import type { BackgroundIO, StoredReading } from './io';
import { NotesService } from './notes';
import { citedOutletsFor, lookUpOutlet, outletFiles, outletViewFor, type OutletFiles } from './outlets';
import type { TabStates } from './tab-states';
import { dismissedOn, setDismissed } from '@/lib/db/dismissals';
import { recordVisit } from '@/lib/db/visits';
import { ReaderError } from '@/lib/errors';
import type { PageReport, PaintOrder, SiteHighlights, TabState, VisitInfo } from '@/lib/messages/protocol';
import { linkCard } from '@/lib/outlets/brief';
import { judgeSnapshotSites } from '@/lib/page/link-sites';
import { withSiteSaysJudged } from '@/lib/page/publisher-sites';
import { normalizePageUrl } from '@/lib/page/normalize-url';
import type { ArticleSnapshot } from '@/lib/page/types';
import { siteKeyOf } from '@/lib/sites';

export type ArticleState = Extract<TabState, { status: 'article' }>;

/** The page's identity for visits, notes and dismissals. */
export const pageKeyOf = (snapshot: ArticleSnapshot): string =>
  normalizePageUrl(snapshot.url, snapshot.meta.canonicalUrl) ?? snapshot.url;

/** What the work on a tab's page cost its main thread, when a bench build reports it. */
export type TimingsSink = (tabId: number, kind: 'paint' | 'notes', timings: unknown) => void;

export class ArticleTabs {
  readonly notes: NotesService;
  /** The analysis under way per tab: the reading it is for, and when it ends. */
  private readonly analyzing = new Map<number, { takenAt: number; done: Promise<void> }>();
  /** The outlet directory, read from the package the first time an article needs it. */
  private readonly outlets: OutletFiles;

  constructor(
    private readonly io: BackgroundIO,
    readonly tabs: TabStates,
    private readonly onTimings?: TimingsSink,
  ) {
    this.outlets = outletFiles(io.outletFiles);
    this.notes = new NotesService(io, {
      notesChanged: (url) => {
        io.broadcast({ type: 'notes/changed' });
        // A tab revived here was sent its notes when adopted; sending again is harmless, and
        // covers a tab adopted meanwhile from a reading taken before the change.
        void this.revive((r) => !url || r.pageKey === url).then(() => {
          for (const state of [...tabs.articles()]) if (!url || state.pageKey === url) void this.sendNotes(state);
        });
      },
      draftChanged: (tabId) => io.broadcast({ type: 'draft/changed', tabId }),
    });
  }

  /** Tells open panels that a tab's state changed. */
  changed(tabId: number): void {
    this.io.broadcast({ type: 'tab-state/changed', tabId });
  }

  /** The tab's article state, if it still shows that reading (any reading without takenAt). */
  articleOf(tabId: number, takenAt?: number): ArticleState | undefined {
    const state = this.tabs.get(tabId);
    if (state?.status !== 'article') return undefined;
    return takenAt === undefined || state.snapshot.takenAt === takenAt ? state : undefined;
  }

  /**
   * The tab's article state, or a ReaderError saying the page moved on. A tab this worker does
   * not know (the browser stopped the one that did) is asked again first: the reader's action
   * must not fail because the worker was idle for 30 seconds.
   */
  async requireArticle(tabId: number, message = 'The page has changed. Try again.'): Promise<ArticleState> {
    const state = this.articleOf(tabId) ?? (await this.tabState(tabId).then(() => this.articleOf(tabId), () => undefined));
    if (!state) throw new ReaderError(message);
    return state;
  }

  /** The tab's article state once its names and claims are read (a revived tab reads them again). */
  private async analyzedArticle(tabId: number): Promise<ArticleState> {
    const state = await this.requireArticle(tabId);
    if (state.analysis.status === 'pending') await this.analyze(state).catch(() => undefined);
    return this.articleOf(tabId, state.snapshot.takenAt) ?? state;
  }

  /** A new document is loading in the tab: whatever we knew is about the old one. */
  navigated(tabId: number): void {
    this.tabs.forget(tabId);
    this.io.badge(tabId, null);
    this.changed(tabId);
  }

  /** What the background knows about a tab, asking its content script when it knows nothing. */
  async tabState(tabId: number, { recheck = false } = {}): Promise<TabState> {
    if (recheck) this.tabs.forget(tabId);
    const known = this.tabs.get(tabId);
    if (known) return known;
    const asked = await askContentScript(this.io, tabId, { recheck });
    if (!asked.ok) {
      if (asked.reason === 'loading') return { tabId, status: 'pending', url: asked.url ?? '' };
      return { tabId, status: 'unavailable', url: asked.url, reason: asked.reason };
    }
    const state = await this.stateFromReport(tabId, asked.report);
    // Non-articles are not cached: they are cheap to ask and may still turn into articles.
    if (state.status === 'article') this.adopt(state);
    return this.tabs.get(tabId) ?? state;
  }

  /**
   * The article tabs a stopped worker knew (their readings are in session storage) but this one
   * does not yet, whose reading matches: their content scripts are asked again, which starts the
   * work for each (notes and paint) with what storage says now.
   */
  async revive(matches: (reading: StoredReading) => boolean = () => true): Promise<void> {
    const readings = await this.io.session.readings().catch(() => new Map<number, StoredReading>());
    await Promise.all(
      [...readings].map(async ([tabId, reading]) => {
        if (this.tabs.get(tabId) || !matches(reading)) return;
        const state = await this.tabState(tabId).catch(() => null);
        // The tab is gone: its reading is stale.
        if (state?.status === 'unavailable' && state.reason === 'no-tab') await this.io.session.setReading(tabId, null).catch(() => undefined);
      }),
    );
  }

  /** A content script's report: kept, and for a new article reading, the work starts. */
  async report(tabId: number, report: PageReport): Promise<void> {
    if (report.status !== 'article') this.io.badge(tabId, null);
    this.adopt(await this.stateFromReport(tabId, report));
    this.changed(tabId);
  }

  private async stateFromReport(tabId: number, report: PageReport): Promise<TabState> {
    switch (report.status) {
      case 'article': {
        const snapshot = withSiteSaysJudged(judgeSnapshotSites(report.snapshot));
        const pageKey = pageKeyOf(snapshot);
        return {
          tabId,
          status: 'article',
          snapshot,
          pageKey,
          visits: await this.remember(tabId, snapshot, pageKey),
          analysis: { status: 'pending' },
          highlights: await this.siteHighlights(snapshot.url),
          noteAnchors: null,
          outlet: await outletViewFor(this.io.db, this.outlets, snapshot, this.io.now()),
        };
      }
      case 'not-article':
        return { tabId, status: 'not-article', url: report.url, detection: report.detection };
      case 'pending':
        return { tabId, status: 'pending', url: report.url };
      case 'failed':
        return { tabId, status: 'failed', url: report.url, error: report.error };
    }
  }

  /** Keeps a state; a new article reading starts the work (analysis, notes, lookup). */
  private adopt(state: TabState): void {
    const current = this.articleOf(state.tabId);
    if (state.status === 'article' && current) {
      // The same reading again (the panel asked after a restart, or the page re-reported): the
      // work already started for it, and what it found (analysis, notes placed, a lookup) stays.
      // An older reading whose report was slower than a newer one's is stale: it never wins.
      if (state.snapshot.takenAt <= current.snapshot.takenAt) return;
    }
    this.io.badge(state.tabId, state.status === 'article' ? state.outlet : null);
    this.tabs.set(state);
    if (state.status !== 'article') return;
    void this.analyze(state);
    void this.sendNotes(state);
    void this.autoLookUp(state);
    void this.citeOutlets(state);
  }

  /**
   * Records the visit, once per reading: a reading the background already counted (before the
   * browser stopped and restarted its service worker) keeps what was counted then, so the panel
   * does not say the reader was here "a minute ago" when it is the same visit.
   */
  private async remember(tabId: number, snapshot: ArticleSnapshot, pageKey: string): Promise<VisitInfo | null> {
    const known = await this.io.session.reading(tabId).catch(() => null);
    if (known?.takenAt === snapshot.takenAt) return known.visits;
    let visits: VisitInfo | null = null;
    if (/^https?:/i.test(pageKey)) {
      try {
        const { before, after } = await recordVisit(
          this.io.db,
          { url: pageKey, title: snapshot.meta.title, siteName: snapshot.meta.siteName, host: new URL(pageKey).hostname },
          this.io.now(),
        );
        // lastSeen is the previous visit, so the panel can say when the reader was here before.
        visits = { firstSeen: after.firstSeen, lastSeen: before?.lastSeen ?? after.lastSeen, visits: after.visits };
      } catch (error) {
        // History is a nicety: a full or broken database must not hide the article's context.
        console.warn('Backstory: could not record the visit', error);
      }
    }
    await this.io.session.setReading(tabId, { takenAt: snapshot.takenAt, visits, pageKey, site: siteKeyOf(snapshot.url) }).catch(() => undefined);
    return visits;
  }

  /** The tab is gone: forget its state, its draft and its counted reading. */
  async closed(tabId: number): Promise<void> {
    this.tabs.forget(tabId);
    this.notes.forgetTab(tabId);
    await this.io.session.setReading(tabId, null).catch(() => undefined);
  }

  private async siteHighlights(url: string): Promise<SiteHighlights> {
    const site = siteKeyOf(url);
    const off = await this.io.settings.highlightsOff();
    return { site, enabled: !off.includes(site) };
  }

  // ——— names and claims ———

  /** Reads the article's names and claims, then has the page paint them. */
  private analyze(state: ArticleState): Promise<void> {
    const { tabId } = state;
    const { takenAt } = state.snapshot;
    const running = this.analyzing.get(tabId);
    if (running?.takenAt === takenAt) return running.done;
    const done = this.runAnalysis(state).finally(() => {
      if (this.analyzing.get(tabId)?.takenAt === takenAt) this.analyzing.delete(tabId);
    });
    this.analyzing.set(tabId, { takenAt, done });
    return done;
  }

  private async runAnalysis(state: ArticleState): Promise<void> {
    const { tabId } = state;
    const { takenAt } = state.snapshot;
    const dismissed = await dismissedOn(this.io.db, state.pageKey).catch(() => []);
    // Let the panel show the page section first; the analysis takes a moment on long articles.
    await this.io.wait(0);
    const models = await this.io.analysisModels();
    const analysis = await analyzeArticle(state.snapshot, dismissed, models);
    const current = this.articleOf(tabId, takenAt);
    if (!current) return; // the tab moved on meanwhile
    const next: ArticleState = { ...current, analysis };
    this.tabs.set(next);
    this.changed(tabId);
    await this.paint(next);
  }

  async paint(state: ArticleState): Promise<void> {
    if (state.analysis.status !== 'done') return;
    const order: PaintOrder = {
      takenAt: state.snapshot.takenAt,
      analysis: state.analysis.analysis,
      dismissed: state.analysis.dismissed,
      enabled: state.highlights.enabled,
      autoLookup: (await this.io.settings.get()).autoLookups,
      ...(state.outlet.cited ? { cited: state.outlet.cited.map(linkCard) } : {}),
    };
    const answer = await this.io.tellTab(state.tabId, 'content/paint', { order });
    if (answer?.timings) this.onTimings?.(state.tabId, 'paint', answer.timings);
  }

  /** The reader dismissed (or restored) a flag on the tab's page; kept for that page, and the page repainted. */
  async setDismissed(tabId: number, key: string, dismissed: boolean): Promise<void> {
    const state = await this.analyzedArticle(tabId);
    if (state.analysis.status !== 'done') throw new ReaderError('The page has changed. Try again.');
    await setDismissed(this.io.db, state.pageKey, key, dismissed, this.io.now());
    const list = state.analysis.dismissed.filter((k) => k !== key);
    if (dismissed) list.push(key);
    const next: ArticleState = { ...state, analysis: { ...state.analysis, dismissed: list } };
    this.tabs.set(next);
    this.changed(tabId);
    await this.paint(next);
  }

  /** Highlights on or off for the tab's site; every open article of that site follows. */
  async setSiteHighlights(tabId: number, enabled: boolean): Promise<void> {
    const { site } = (await this.requireArticle(tabId)).highlights;
    const off = new Set(await this.io.settings.highlightsOff());
    if (enabled) off.delete(site);
    else off.add(site);
    await this.io.settings.setHighlightsOff([...off]);
    // Tabs of the site a stopped worker knew are rebuilt with the new choice read from storage.
    await this.revive((r) => r.site === site);
    for (const other of [...this.tabs.articles()]) {
      if (other.highlights.site !== site) continue;
      const next: ArticleState = { ...other, highlights: { site, enabled } };
      this.tabs.set(next);
      this.changed(other.tabId);
      void this.paint(next);
    }
  }

  /** The page placed its notes: which it found and which are orphans. */
  notesAnchored(tabId: number, takenAt: number, anchors: ArticleState['noteAnchors']): void {
    const state = this.articleOf(tabId, takenAt);
    if (!state) return;
    this.tabs.set({ ...state, noteAnchors: anchors });
    this.changed(tabId);
  }

  // ——— notes ———

  /** Has the page place and paint its notes (it answers with which it found). */
  async sendNotes(state: ArticleState): Promise<void> {
    try {
      const notes = await this.notes.forPage(state.pageKey);
      const answer = await this.io.tellTab(state.tabId, 'content/notes', { takenAt: state.snapshot.takenAt, notes });
      if (answer?.timings) this.onTimings?.(state.tabId, 'notes', answer.timings);
    } catch (error) {
      console.warn('Backstory: could not send the page its notes', error);
    }
  }

  // ——— outlets ———

  /** Looks up the outlets the article's links lead to; the panel lists them, the page's cards show them. */
  private async citeOutlets(state: ArticleState): Promise<void> {
    const { tabId } = state;
    const { takenAt } = state.snapshot;
    let cited: NonNullable<ArticleState['outlet']['cited']>;
    try {
      cited = await citedOutletsFor(this.outlets, state.snapshot);
    } catch (error) {
      console.warn('Backstory: could not look up the cited outlets', error);
      cited = [];
    }
    const current = this.articleOf(tabId, takenAt);
    if (!current) return;
    const next: ArticleState = { ...current, outlet: { ...current.outlet, cited } };
    this.tabs.set(next);
    this.changed(tabId);
    await this.paint(next);
  }

  /** With lookups turned on, an outlet missing from the directory is looked up at once. */
  private async autoLookUp(state: ArticleState): Promise<void> {
    if (state.outlet.match || !state.outlet.domain || state.outlet.lookup.status !== 'idle') return;
    if (!(await this.io.settings.get()).autoLookups) return;
    await this.lookUpOutlet(state.tabId, false);
  }

  /** Looks the tab's outlet up on Wikidata; the tab's state shows the progress and the answer. */
  async lookUpOutlet(tabId: number, refresh: boolean): Promise<void> {
    const state = await this.requireArticle(tabId);
    const { domain } = state.outlet;
    if (!domain) throw new ReaderError('This page has no site to look up.');
    const { takenAt } = state.snapshot;
    const update = (lookup: ArticleState['outlet']['lookup']) => {
      const current = this.articleOf(tabId, takenAt);
      if (!current) return;
      const next: ArticleState = { ...current, outlet: { ...current.outlet, lookup } };
      this.tabs.set(next);
      this.changed(tabId);
      this.io.badge(tabId, next.outlet);
    };
    update({ status: 'loading' });
    // A Wikidata item the page names as its publisher makes the lookup exact (and is checked).
    const itemId = state.snapshot.site?.wikidataId;
    update(await lookUpOutlet(this.io.db, this.io.fetch, domain, { refresh, now: this.io.now(), ...(itemId ? { itemId } : {}) }));
  }

  /** The reader's lists or outlet notes changed: every open article shows them anew. */
  async refreshOutlets(): Promise<void> {
    this.io.broadcast({ type: 'outlets/changed' });
    await this.revive(() => true);
    for (const state of [...this.tabs.articles()]) {
      const outlet = await outletViewFor(this.io.db, this.outlets, state.snapshot, this.io.now());
      const current = this.articleOf(state.tabId, state.snapshot.takenAt);
      if (!current) continue;
      // Keep a lookup and the cited outlets: only the directory and the reader's part are new.
      this.tabs.set({ ...current, outlet: { ...outlet, lookup: current.outlet.lookup, cited: current.outlet.cited } });
      this.changed(state.tabId);
    }
  }
}
