// The service worker: owns the database, keeps what each tab's page is, and answers the side
// panel. Every message is checked for its sender and its shape before it is used; the work
// itself lives in article-tabs.ts and the two message handlers.
import { ArticleTabs } from './article-tabs';
import { handleContentMessage } from './content-messages';
import { showBadge } from './outlets';
import { handlePanelMessage } from './panel-messages';
import { openPanelFromToolbar, openPanelNow } from './side-panel';
import { TabStates } from './tab-states';
import { installToolbarToggle } from './toolbar-toggle';
import { openDatabase } from '@/lib/db/database';
import { isContentScript, isExtensionPage, parseContentMessage, parsePanelMessage } from '@/lib/messages/boundary';
import type { Broadcast } from '@/lib/messages/protocol';

export default defineBackground(() => {
  const db = openDatabase();
  const tabs = new TabStates();
  const extensionOrigin = browser.runtime.getURL('/');
  let syncToolbar = (_tabId: number) => undefined as void;
  const send = (message: Broadcast) => {
    browser.runtime.sendMessage(message).catch(() => undefined); // no panel open: fine
    if (message.type === 'tab-state/changed') syncToolbar(message.tabId);
  };
  const articles = new ArticleTabs(db, tabs, send);
  syncToolbar = installToolbarToggle(articles);
  // A handle for devtools, the browser tests and the bench (a page can never reach it).
  (globalThis as { backstory?: unknown }).backstory = {
    tabs,
    db,
    pageTimings: articles.pageTimings,
    noteTimings: articles.noteTimings,
    notes: articles.notes,
  };

  openPanelFromToolbar();

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
      return handleContentMessage(articles, parsed.message, tabId, sender.frameId ?? 0);
    }
    if (isExtensionPage(sender, id, extensionOrigin)) {
      const parsed = parsePanelMessage(raw);
      if (!parsed.ok) return undefined; // broadcasts between extension pages land here too
      return handlePanelMessage(articles, db, parsed.message);
    }
    return undefined;
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading in the tab: whatever we knew is about the old one.
    if (change.status === 'loading') {
      tabs.forget(tabId);
      showBadge(tabId, null);
      articles.changed(tabId);
    } else if (change.status === 'complete') {
      articles.changed(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.removeTab(tabId);
    articles.notes.forgetTab(tabId);
  });

  // "Add note to selection": the page makes the draft from its selection (it knows the article
  // text); the panel opens first, while the browser still counts this as the reader's action.
  const draftFromSelection = (tabId: number) => {
    openPanelNow(tabId);
    void articles.tellTab(tabId, { type: 'content/draft-from-selection' });
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
      void articles.tellTab(tabId, { type: 'content/step', direction: command === 'next-highlight' ? 1 : -1 });
    }
  });
});
