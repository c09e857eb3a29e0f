// What happens to an article page once its content script reports it: the visit is recorded,
// the outlet looked up in the directory, the text analyzed, and the page told what to paint
// (names, claims, the reader's notes). Every step checks that the tab still shows the same
// reading (snapshot.takenAt) before it writes, so a slow step never overwrites a newer page.
import { analyzeArticle } from './analyze-article';
import { askContentScript } from './ask-content';
import { NotesService } from './notes';
import { lookUpOutlet, outletViewFor, showBadge } from './outlets';
import type { TabStates } from './tab-states';
import type { BackstoryDatabase } from '@/lib/db/database';
import { dismissedOn, setDismissed } from '@/lib/db/dismissals';
import { recordVisit } from '@/lib/db/visits';
import type {
  Broadcast,
  PageReport,
  PaintOrder,
  SiteHighlights,
  TabState,
  ToContentMessage,
  VisitInfo,
} from '@/lib/messages/protocol';
import { registrableDomain } from '@/lib/outlets/hosts';
import { normalizePageUrl } from '@/lib/page/normalize-url';
import type { ArticleSnapshot } from '@/lib/page/types';
import { highlightsOffItem, settingsItem } from '@/lib/settings/items';

export type ArticleState = Extract<TabState, { status: 'article' }>;

/** The registrable domain the reader's per-site choices are kept under (the host for an IP). */
function siteOf(url: string): string {
  try {
    return registrableDomain(url) ?? new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The page's identity for visits, notes and dismissals. */
export const pageKey = (snapshot: ArticleSnapshot): string =>
  normalizePageUrl(snapshot.url, snapshot.meta.canonicalUrl) ?? snapshot.url;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class ArticleTabs {
  readonly notes: NotesService;
  /** What painting and placing notes cost each tab's page, as its content script reported (bench). */
  readonly pageTimings = new Map<number, unknown>();
  readonly noteTimings = new Map<number, unknown>();
  private readonly analyzing = new Map<number, number>(); // tabId → takenAt being analyzed

  constructor(
    private readonly db: BackstoryDatabase,
    readonly tabs: TabStates,
    readonly send: (message: Broadcast) => void,
  ) {
    this.notes = new NotesService({
      db,
      notesChanged: (url) => {
        send({ type: 'notes/changed' });
        for (const state of tabs.articles()) if (!url || pageKey(state.snapshot) === url) void this.sendNotes(state);
      },
      draftChanged: (tabId) => send({ type: 'draft/changed', tabId }),
    });
  }

  /** Tells open panels that a tab's state changed. */
  changed(tabId: number): void {
    this.send({ type: 'tab-state/changed', tabId });
  }

  tellTab(tabId: number, message: ToContentMessage): Promise<unknown> {
    return browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
  }

  /** The tab's article state, if it still shows that reading (any reading without takenAt). */
  articleOf(tabId: number, takenAt?: number): ArticleState | undefined {
    const state = this.tabs.get(tabId);
    if (state?.status !== 'article') return undefined;
    return takenAt === undefined || state.snapshot.takenAt === takenAt ? state : undefined;
  }

  /** What the background knows about a tab, asking its content script when it knows nothing. */
  async tabState(tabId: number, { recheck = false } = {}): Promise<TabState> {
    const known = recheck ? undefined : this.tabs.get(tabId);
    if (known) return known;
    const asked = await askContentScript(tabId, { recheck });
    if (!asked.ok) {
      if (asked.reason === 'loading') return { tabId, status: 'pending', url: asked.url ?? '' };
      return { tabId, status: 'unavailable', url: asked.url, reason: asked.reason };
    }
    const state = await this.stateFromReport(tabId, asked.report);
    // Non-articles are not cached: they are cheap to ask and may still turn into articles.
    if (state.status === 'article') this.adopt(state);
    return this.tabs.get(tabId) ?? state;
  }

  /** A content script's report: kept, and for a new article reading, the work starts. */
  async report(tabId: number, report: PageReport): Promise<void> {
    if (report.status !== 'article') showBadge(tabId, null);
    this.adopt(await this.stateFromReport(tabId, report));
    this.changed(tabId);
  }

  private async stateFromReport(tabId: number, report: PageReport): Promise<TabState> {
    switch (report.status) {
      case 'article':
        return {
          tabId,
          status: 'article',
          snapshot: report.snapshot,
          visits: await this.remember(report.snapshot),
          analysis: { status: 'pending' },
          highlights: await this.siteHighlights(report.snapshot.url),
          noteAnchors: null,
          outlet: await outletViewFor(this.db, report.snapshot),
        };
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
    showBadge(state.tabId, state.status === 'article' ? state.outlet : null);
    if (state.status !== 'article') {
      this.tabs.set(state);
      return;
    }
    // The same reading again (the panel asked after a restart, or the page re-reported): the
    // work already started for it, and what it found (analysis, notes placed, a lookup) stays.
    if (this.articleOf(state.tabId, state.snapshot.takenAt)) return;
    this.tabs.set(state);
    void this.analyze(state);
    void this.sendNotes(state);
    void this.autoLookUp(state);
  }

  private async remember(snapshot: ArticleSnapshot): Promise<VisitInfo | null> {
    const url = normalizePageUrl(snapshot.url, snapshot.meta.canonicalUrl);
    if (!url) return null;
    try {
      const { before, after } = await recordVisit(this.db, {
        url,
        title: snapshot.meta.title,
        siteName: snapshot.meta.siteName,
        host: new URL(url).hostname,
      });
      // lastSeen is the previous visit, so the panel can say when the reader was here before.
      return { firstSeen: after.firstSeen, lastSeen: before?.lastSeen ?? after.lastSeen, visits: after.visits };
    } catch (error) {
      // History is a nicety: a full or broken database must not hide the article's context.
      console.warn('Backstory: could not record the visit', error);
      return null;
    }
  }

  private async siteHighlights(url: string): Promise<SiteHighlights> {
    const site = siteOf(url);
    const off = await highlightsOffItem.getValue();
    return { site, enabled: !off.includes(site) };
  }

  // ——— names and claims ———

  /** Reads the article's names and claims, then has the page paint them. */
  private async analyze(state: ArticleState): Promise<void> {
    const { tabId } = state;
    const { takenAt } = state.snapshot;
    if (this.analyzing.get(tabId) === takenAt) return;
    this.analyzing.set(tabId, takenAt);
    try {
      const dismissed = await dismissedOn(this.db, pageKey(state.snapshot)).catch(() => []);
      // Let the panel show the page section first; the analysis takes a moment on long articles.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const analysis = await analyzeArticle(state.snapshot, dismissed);
      const current = this.articleOf(tabId, takenAt);
      if (!current) return; // the tab moved on meanwhile
      const next: ArticleState = { ...current, analysis };
      this.tabs.set(next);
      this.changed(tabId);
      await this.paint(next);
    } finally {
      if (this.analyzing.get(tabId) === takenAt) this.analyzing.delete(tabId);
    }
  }

  async paint(state: ArticleState): Promise<void> {
    if (state.analysis.status !== 'done') return;
    const order: PaintOrder = {
      takenAt: state.snapshot.takenAt,
      analysis: state.analysis.analysis,
      dismissed: state.analysis.dismissed,
      enabled: state.highlights.enabled,
      autoLookup: (await settingsItem.getValue()).autoLookups,
    };
    const answer = (await this.tellTab(state.tabId, { type: 'content/paint', order })) as { timings?: unknown } | undefined;
    if (answer?.timings) this.pageTimings.set(state.tabId, answer.timings);
  }

  /** The reader dismissed (or restored) a flag on the tab's page; kept for that page. */
  async setDismissed(tabId: number, key: string, dismissed: boolean): Promise<{ ok: boolean; error?: string; state?: ArticleState }> {
    const state = this.articleOf(tabId);
    if (!state || state.analysis.status !== 'done') return { ok: false, error: 'the page has changed' };
    try {
      await setDismissed(this.db, pageKey(state.snapshot), key, dismissed);
    } catch (error) {
      return { ok: false, error: errorText(error) };
    }
    const list = state.analysis.dismissed.filter((k) => k !== key);
    if (dismissed) list.push(key);
    const next: ArticleState = { ...state, analysis: { ...state.analysis, dismissed: list } };
    this.tabs.set(next);
    this.changed(tabId);
    return { ok: true, state: next };
  }

  /** Highlights on or off for the tab's site; every open article of that site follows. */
  async setSiteHighlights(tabId: number, enabled: boolean): Promise<{ ok: boolean; error?: string }> {
    const state = this.articleOf(tabId);
    if (!state) return { ok: false, error: 'the page has changed' };
    const { site } = state.highlights;
    const off = new Set(await highlightsOffItem.getValue());
    if (enabled) off.delete(site);
    else off.add(site);
    await highlightsOffItem.setValue([...off]);
    for (const other of [...this.tabs.articles()]) {
      if (other.highlights.site !== site) continue;
      const next: ArticleState = { ...other, highlights: { site, enabled } };
      this.tabs.set(next);
      this.changed(other.tabId);
      void this.paint(next);
    }
    return { ok: true };
  }

  // ——— notes ———

  /** Has the page place and paint its notes (it answers with which it found). */
  async sendNotes(state: ArticleState): Promise<void> {
    try {
      const notes = await this.notes.forPage(pageKey(state.snapshot));
      const answer = (await this.tellTab(state.tabId, { type: 'content/notes', takenAt: state.snapshot.takenAt, notes })) as
        | { timings?: unknown }
        | undefined;
      if (answer?.timings) this.noteTimings.set(state.tabId, answer.timings);
    } catch (error) {
      console.warn('Backstory: could not send the page its notes', error);
    }
  }

  // ——— outlets ———

  /** With lookups turned on, an outlet missing from the directory is looked up at once. */
  private async autoLookUp(state: ArticleState): Promise<void> {
    if (state.outlet.match || !state.outlet.domain || state.outlet.lookup.status !== 'idle') return;
    if (!(await settingsItem.getValue()).autoLookups) return;
    await this.lookUpOutlet(state.tabId, false);
  }

  async lookUpOutlet(tabId: number, refresh: boolean): Promise<{ ok: true; value: null } | { ok: false; error: string }> {
    const state = this.articleOf(tabId);
    if (!state || !state.outlet.domain) return { ok: false, error: 'The page has changed.' };
    const { takenAt } = state.snapshot;
    const update = (lookup: ArticleState['outlet']['lookup']) => {
      const current = this.articleOf(tabId, takenAt);
      if (!current) return;
      const next: ArticleState = { ...current, outlet: { ...current.outlet, lookup } };
      this.tabs.set(next);
      this.changed(tabId);
      showBadge(tabId, next.outlet);
    };
    update({ status: 'loading' });
    update(await lookUpOutlet(this.db, state.outlet.domain, refresh));
    return { ok: true, value: null };
  }

  /** The reader's lists or outlet notes changed: every open article shows them anew. */
  async refreshOutlets(): Promise<void> {
    this.send({ type: 'outlets/changed' });
    for (const state of [...this.tabs.articles()]) {
      const outlet = await outletViewFor(this.db, state.snapshot);
      const current = this.articleOf(state.tabId, state.snapshot.takenAt);
      if (!current) continue;
      // Keep a lookup in progress or done: only the directory and the reader's part are new.
      this.tabs.set({ ...current, outlet: { ...outlet, lookup: current.outlet.lookup } });
      this.changed(state.tabId);
    }
  }
}
