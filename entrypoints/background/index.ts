// The service worker: owns the database, keeps what each tab's page is, and answers the
// side panel. Every message is checked for its sender and its shape before it is used.
import { getDomain } from 'tldts';
import { analyzeArticle } from './analyze-article';
import { askContentScript } from './ask-content';
import { lookUpEntity } from './entity-lookup';
import { injectArticleCode } from './inject-article-code';
import { NOTES_REQUESTS, NotesService } from './notes';
import { lookUpOutlet, outletViewFor, showBadge } from './outlets';
import { openPanelFromToolbar, openPanelNow } from './side-panel';
import { TabStates } from './tab-states';
import { openDatabase } from '@/lib/db/database';
import { dismissedOn, setDismissed } from '@/lib/db/dismissals';
import { importList, listsFor, removeList, setOutletNote } from '@/lib/db/reader-lists';
import { parseReaderList } from '@/lib/outlets/reader-lists';
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
  const noteTimings = new Map<number, unknown>();
  // The database is reachable here for devtools and the bench (never from a page).
  (globalThis as { backstory?: unknown }).backstory = { tabs, pageTimings, noteTimings, db };

  openPanelFromToolbar();

  const send = (message: Broadcast) => {
    browser.runtime.sendMessage(message).catch(() => undefined); // no panel open: fine
  };
  const broadcast = (tabId: number) => send({ type: 'tab-state/changed', tabId });

  const notes = new NotesService({
    db,
    notesChanged: (url) => {
      send({ type: 'notes/changed' });
      for (const state of tabs.articles()) if (!url || pageKey(state.snapshot) === url) void sendNotes(state);
    },
    draftChanged: (tabId) => send({ type: 'draft/changed', tabId }),
  });

  /** Has the page place and paint its notes (it answers with which it found). */
  async function sendNotes(state: ArticleState): Promise<void> {
    try {
      const list = await notes.forPage(pageKey(state.snapshot));
      const answer = (await tellTab(state.tabId, { type: 'content/notes', takenAt: state.snapshot.takenAt, notes: list })) as
        | { timings?: unknown }
        | undefined;
      if (answer?.timings) noteTimings.set(state.tabId, answer.timings);
    } catch (error) {
      console.warn('Backstory: could not send the page its notes', error);
    }
  }

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
          outlet: await outletViewFor(db, report.snapshot),
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
    showBadge(state.tabId, state.status === 'article' ? state.outlet : null);
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
    void sendNotes(state);
    void autoLookUp(state);
  }

  /** With lookups turned on, an outlet missing from the directory is looked up at once. */
  async function autoLookUp(state: ArticleState): Promise<void> {
    if (state.outlet.match || !state.outlet.domain || state.outlet.lookup.status !== 'idle') return;
    if (!(await settingsItem.getValue()).autoLookups) return;
    await lookUpFor(state.tabId, false);
  }

  async function lookUpFor(tabId: number, refresh: boolean) {
    const state = articleOf(tabId);
    if (!state || !state.outlet.domain) return { ok: false, error: 'The page has changed.' };
    const { takenAt } = state.snapshot;
    const update = (lookup: ArticleState['outlet']['lookup']) => {
      const current = articleOf(tabId, takenAt);
      if (!current) return;
      const next: ArticleState = { ...current, outlet: { ...current.outlet, lookup } };
      tabs.set(next);
      broadcast(tabId);
      showBadge(tabId, next.outlet);
    };
    update({ status: 'loading' });
    update(await lookUpOutlet(db, state.outlet.domain, refresh));
    return { ok: true, value: null };
  }

  /** The reader's lists or outlet notes changed: every open article shows them anew. */
  async function refreshOutlets(): Promise<void> {
    send({ type: 'outlets/changed' });
    for (const state of [...tabs.articles()]) {
      const outlet = await outletViewFor(db, state.snapshot);
      const current = articleOf(state.tabId, state.snapshot.takenAt);
      if (!current) continue;
      // Keep a lookup in progress or done: only the directory and the reader's part are new.
      tabs.set({ ...current, outlet: { ...outlet, lookup: current.outlet.lookup } });
      broadcast(state.tabId);
    }
  }

  const answerError = (error: unknown) => ({
    ok: false as const,
    error: error instanceof Error ? error.message : String(error),
  });

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
        case 'content/note-draft': {
          const state = articleOf(tabId);
          if (!state) return Promise.resolve({ ok: false, error: 'Backstory has not read this article yet.' });
          openPanelNow(tabId);
          notes.setDraft(tabId, {
            url: pageKey(state.snapshot),
            pageTitle: state.snapshot.meta.title,
            host: new URL(state.snapshot.url).hostname,
            selectors: message.selectors,
            quote: message.quote,
            createdAt: Date.now(),
          });
          return Promise.resolve({ ok: true });
        }
        case 'content/open-note':
          openPanelNow(tabId);
          send({ type: 'note/focus', tabId, id: message.id });
          return Promise.resolve({ ok: true });
        case 'content/notes-anchored': {
          const state = articleOf(tabId, message.takenAt);
          if (state) {
            tabs.set({ ...state, noteAnchors: message.anchors });
            broadcast(tabId);
          }
          return Promise.resolve({ ok: true });
        }
        case 'content/report':
          if (message.report.status !== 'article') showBadge(tabId, null);
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
        case 'panel/reveal-note':
          return tellTab(message.tabId, { type: 'content/reveal-note', id: message.id }).then((answer) => ({
            ok: true,
            value: !!(answer as { ok?: boolean } | undefined)?.ok,
          }));
        case 'panel/outlet-lookup':
          return lookUpFor(message.tabId, message.refresh);
        case 'panel/outlet-note':
          return setOutletNote(db, message.domain, message.body).then(
            async () => {
              await refreshOutlets();
              return { ok: true, value: null };
            },
            answerError,
          );
        case 'panel/reader-lists':
          return listsFor(db).then((value) => ({ ok: true, value }), answerError);
        case 'panel/reader-list-import': {
          const parsed = parseReaderList(message.text, message.fileName);
          if (!parsed.ok) return Promise.resolve({ ok: false, error: parsed.error });
          return importList(db, parsed.list, message.fileName).then(async (list) => {
            await refreshOutlets();
            return { ok: true, value: { list, skipped: parsed.skipped } };
          }, answerError);
        }
        case 'panel/reader-list-remove':
          return removeList(db, message.id).then(async (removed) => {
            await refreshOutlets();
            return { ok: true, value: removed };
          }, answerError);
        default:
          if (NOTES_REQUESTS.has(message.type)) return notes.handle(message as Parameters<NotesService['handle']>[0]);
      }
    }
    return undefined;
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading in the tab: whatever we knew is about the old one.
    if (change.status === 'loading') {
      tabs.forget(tabId);
      showBadge(tabId, null);
      broadcast(tabId);
    } else if (change.status === 'complete') {
      broadcast(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.removeTab(tabId);
    notes.forgetTab(tabId);
  });

  // "Add note to selection": the page makes the draft from its selection (it knows the article
  // text); the panel opens first, while the browser still counts this as the reader's action.
  const draftFromSelection = (tabId: number) => {
    openPanelNow(tabId);
    void tellTab(tabId, { type: 'content/draft-from-selection' });
  };
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus?.create({ id: 'add-note', title: 'Add note to selection', contexts: ['selection'] });
  });
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'add-note' && tab?.id !== undefined) draftFromSelection(tab.id);
  });

  // Keyboard commands (rebindable in the browser's shortcut settings).
  browser.commands?.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (command === 'add-note') draftFromSelection(tabId);
    else if (command === 'next-highlight' || command === 'previous-highlight') {
      void tellTab(tabId, { type: 'content/step', direction: command === 'next-highlight' ? 1 : -1 });
    }
  });
});
