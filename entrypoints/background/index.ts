// The service worker: owns the database, keeps what each tab's page is, and answers the
// side panel. Every message is checked for its sender and its shape before it is used.
import { getDomain } from 'tldts';
import { analyzeArticle } from './analyze-article';
import { askContentScript } from './ask-content';
import { lookUpEntity } from './entity-lookup';
import { injectArticleCode } from './inject-article-code';
import { openPanelFromToolbar } from './side-panel';
import { TabStates } from './tab-states';
import { openDatabase } from '@/lib/db/database';
import { dismissedOn, setDismissed } from '@/lib/db/dismissals';
import { recordVisit } from '@/lib/db/visits';
import { isContentScript, isExtensionPage, parseContentMessage, parsePanelMessage } from '@/lib/messages/boundary';
import type {
  Broadcast,
  PageReport,
  PaintOrder,
  SiteHighlights,
  TabState,
  ToContentMessage,
  VisitInfo,
} from '@/lib/messages/protocol';
import { normalizePageUrl } from '@/lib/page/normalize-url';
import type { ArticleSnapshot } from '@/lib/page/types';
import { highlightsOffItem, settingsItem } from '@/lib/settings/items';

type ArticleState = Extract<TabState, { status: 'article' }>;

/** The registrable domain the reader's per-site choices are kept under. */
const siteOf = (url: string) => {
  try {
    return getDomain(url) ?? new URL(url).hostname;
  } catch {
    return '';
  }
};
const pageKey = (snapshot: ArticleSnapshot) => normalizePageUrl(snapshot.url, snapshot.meta.canonicalUrl) ?? snapshot.url;

export default defineBackground(() => {
  const db = openDatabase();
  const tabs = new TabStates();
  const extensionOrigin = browser.runtime.getURL('/');
  // A handle for devtools and the browser tests: read-only view of what the background knows.
  // What painting cost each tab's page, as its content script reported it (for the bench).
  const pageTimings = new Map<number, unknown>();
  (globalThis as { backstory?: unknown }).backstory = { tabs, pageTimings };

  openPanelFromToolbar();

  const broadcast = (tabId: number) => {
    const message: Broadcast = { type: 'tab-state/changed', tabId };
    browser.runtime.sendMessage(message).catch(() => undefined); // no panel open: fine
  };

  async function remember(snapshot: ArticleSnapshot): Promise<VisitInfo | null> {
    const url = normalizePageUrl(snapshot.url, snapshot.meta.canonicalUrl);
    if (!url) return null;
    try {
      const { before, after } = await recordVisit(db, {
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

  async function siteHighlights(url: string): Promise<SiteHighlights> {
    const site = siteOf(url);
    const off = await highlightsOffItem.getValue();
    return { site, enabled: !off.includes(site) };
  }

  async function stateFromReport(tabId: number, report: PageReport): Promise<TabState> {
    switch (report.status) {
      case 'article':
        return {
          tabId,
          status: 'article',
          snapshot: report.snapshot,
          visits: await remember(report.snapshot),
          analysis: { status: 'pending' },
          highlights: await siteHighlights(report.snapshot.url),
          noteAnchors: null,
        };
      case 'not-article':
        return { tabId, status: 'not-article', url: report.url, detection: report.detection };
      case 'pending':
        return { tabId, status: 'pending', url: report.url };
      case 'failed':
        return { tabId, status: 'failed', url: report.url, error: report.error };
    }
  }

  async function tabState(tabId: number, { recheck = false } = {}): Promise<TabState> {
    const known = recheck ? undefined : tabs.get(tabId);
    if (known) return known;
    const asked = await askContentScript(tabId, { recheck });
    if (!asked.ok) {
      if (asked.reason === 'loading') return { tabId, status: 'pending', url: asked.url ?? '' };
      return { tabId, status: 'unavailable', url: asked.url, reason: asked.reason };
    }
    const state = await stateFromReport(tabId, asked.report);
    // Non-articles are not cached: they are cheap to ask and may still turn into articles.
    if (state.status === 'article') adopt(state);
    return tabs.get(tabId) ?? state;
  }

  const tellTab = (tabId: number, message: ToContentMessage) =>
    browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);

  /** The current article state of a tab, if the tab still shows that same reading. */
  const articleOf = (tabId: number, takenAt?: number): ArticleState | undefined => {
    const state = tabs.get(tabId);
    if (state?.status !== 'article') return undefined;
    return takenAt === undefined || state.snapshot.takenAt === takenAt ? state : undefined;
  };

  async function paintTab(state: ArticleState): Promise<void> {
    if (state.analysis.status !== 'done') return;
    const order: PaintOrder = {
      takenAt: state.snapshot.takenAt,
      analysis: state.analysis.analysis,
      dismissed: state.analysis.dismissed,
      enabled: state.highlights.enabled,
      autoLookup: (await settingsItem.getValue()).autoLookups,
    };
    const answer = (await tellTab(state.tabId, { type: 'content/paint', order })) as { timings?: unknown } | undefined;
    if (answer?.timings) pageTimings.set(state.tabId, answer.timings);
  }

  /** Keeps a state: an article already analyzed for the same reading keeps its analysis
   * (the panel and a re-report ask for the same page); a new reading is analyzed. */
  function adopt(state: TabState): void {
    if (state.status !== 'article') {
      tabs.set(state);
      return;
    }
    const known = articleOf(state.tabId, state.snapshot.takenAt);
    if (known && known.analysis.status !== 'pending') {
      tabs.set({ ...state, analysis: known.analysis });
      return;
    }
    tabs.set(state);
    void analyze(state);
  }

  const analyzing = new Map<number, number>(); // tabId → takenAt of the reading being analyzed

  /** Reads the article's names and claims, then has the page paint them. */
  async function analyze(state: ArticleState): Promise<void> {
    const { tabId } = state;
    const { takenAt } = state.snapshot;
    if (analyzing.get(tabId) === takenAt) return;
    analyzing.set(tabId, takenAt);
    try {
      await analyzeNow(state);
    } finally {
      if (analyzing.get(tabId) === takenAt) analyzing.delete(tabId);
    }
  }

  async function analyzeNow(state: ArticleState): Promise<void> {
    const dismissed = await dismissedOn(db, pageKey(state.snapshot)).catch(() => []);
    // Let the panel show the page section first; the analysis takes a moment on long articles.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const analysis = analyzeArticle(state.snapshot, dismissed);
    const current = articleOf(state.tabId, state.snapshot.takenAt);
    if (!current) return; // the tab moved on meanwhile
    const next: ArticleState = { ...current, analysis };
    tabs.set(next);
    broadcast(state.tabId);
    await paintTab(next);
  }

  async function changeDismissed(tabId: number, key: string, dismissed: boolean) {
    const state = articleOf(tabId);
    if (!state || state.analysis.status !== 'done') return { ok: false, error: 'the page has changed' };
    try {
      await setDismissed(db, pageKey(state.snapshot), key, dismissed);
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    const list = state.analysis.dismissed.filter((k) => k !== key);
    if (dismissed) list.push(key);
    const next: ArticleState = { ...state, analysis: { ...state.analysis, dismissed: list } };
    tabs.set(next);
    broadcast(tabId);
    return { ok: true, state: next };
  }

  async function changeSiteHighlights(tabId: number, enabled: boolean) {
    const state = articleOf(tabId);
    if (!state) return { ok: false, error: 'the page has changed' };
    const site = state.highlights.site;
    const off = new Set(await highlightsOffItem.getValue());
    if (enabled) off.delete(site);
    else off.add(site);
    await highlightsOffItem.setValue([...off]);
    // Every open article of that site follows the choice.
    for (const other of tabs.articles()) {
      if (other.highlights.site !== site) continue;
      const next: ArticleState = { ...other, highlights: { site, enabled } };
      tabs.set(next);
      broadcast(other.tabId);
      void paintTab(next);
    }
    return { ok: true };
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const id = browser.runtime.id;
    if (isContentScript(sender, id, extensionOrigin)) {
      const parsed = parseContentMessage(raw);
      const tabId = sender.tab?.id;
      if (!parsed.ok || tabId === undefined) {
        console.warn('Backstory: refused a message from a page', parsed.ok ? 'no tab' : parsed.error);
        return undefined;
      }
      tabs.countReport(tabId);
      const message = parsed.message;
      switch (message.type) {
        case 'content/load-article-code':
          return injectArticleCode(tabId, sender.frameId ?? 0);
        case 'content/set-dismissed':
          return changeDismissed(tabId, message.key, message.dismissed).then(({ ok, error }) => ({ ok, error }));
        case 'content/lookup-entity':
          return lookUpEntity(message.name, message.entityType);
        case 'content/report':
          return stateFromReport(tabId, message.report).then((state) => {
            adopt(state);
            broadcast(tabId);
            return { ok: true };
          });
      }
    }
    if (isExtensionPage(sender, id, extensionOrigin)) {
      const parsed = parsePanelMessage(raw);
      if (!parsed.ok) return undefined; // broadcasts between extension pages land here too
      const message = parsed.message;
      switch (message.type) {
        case 'panel/get-tab-state':
          return tabState(message.tabId);
        case 'panel/refresh-tab':
          tabs.forget(message.tabId);
          return tabState(message.tabId, { recheck: true });
        case 'panel/reveal':
          return tellTab(message.tabId, { type: 'content/reveal', target: message.target });
        case 'panel/set-dismissed':
          return changeDismissed(message.tabId, message.key, message.dismissed).then(async (result) => {
            if (result.state) await paintTab(result.state);
            return { ok: result.ok, error: result.error };
          });
        case 'panel/set-site-highlights':
          return changeSiteHighlights(message.tabId, message.enabled);
      }
    }
    return undefined;
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading in the tab: whatever we knew is about the old one.
    if (change.status === 'loading') {
      tabs.forget(tabId);
      broadcast(tabId);
    } else if (change.status === 'complete') {
      broadcast(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => tabs.removeTab(tabId));

  // Keyboard commands (rebindable in the browser's shortcut settings).
  browser.commands?.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (command === 'next-highlight' || command === 'previous-highlight') {
      void tellTab(tabId, { type: 'content/step', direction: command === 'next-highlight' ? 1 : -1 });
    }
  });
});
