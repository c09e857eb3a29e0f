// The service worker: owns the database, keeps what each tab's page is, and answers the
// side panel. Every message is checked for its sender and its shape before it is used.
import { askContentScript } from './ask-content';
import { injectArticleCode } from './inject-article-code';
import { openPanelFromToolbar } from './side-panel';
import { TabStates } from './tab-states';
import { openDatabase } from '@/lib/db/database';
import { recordVisit } from '@/lib/db/visits';
import { isContentScript, isExtensionPage, parseContentMessage, parsePanelMessage } from '@/lib/messages/boundary';
import type { Broadcast, PageReport, TabState, VisitInfo } from '@/lib/messages/protocol';
import { normalizePageUrl } from '@/lib/page/normalize-url';
import type { ArticleSnapshot } from '@/lib/page/types';

export default defineBackground(() => {
  const db = openDatabase();
  const tabs = new TabStates();
  const extensionOrigin = browser.runtime.getURL('/');
  // A handle for devtools and the browser tests: read-only view of what the background knows.
  (globalThis as { backstory?: unknown }).backstory = { tabs };

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

  async function stateFromReport(tabId: number, report: PageReport): Promise<TabState> {
    switch (report.status) {
      case 'article':
        return { tabId, status: 'article', snapshot: report.snapshot, visits: await remember(report.snapshot) };
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
    if (state.status === 'article') tabs.set(state);
    return state;
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
      if (parsed.message.type === 'content/load-article-code') {
        return injectArticleCode(tabId, sender.frameId ?? 0);
      }
      return stateFromReport(tabId, parsed.message.report).then((state) => {
        tabs.set(state);
        broadcast(tabId);
        return { ok: true };
      });
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
});
