// The service worker: builds the services from the browser's I/O and wires the browser's
// events to them. The work lives in the services (article-tabs.ts, notes.ts) and the two
// request routers; every message is checked for sender and shape (message-listener.ts).
import { ArticleTabs } from './article-tabs';
import { benchRecorders } from './bench-hooks';
import { contentHandlers } from './content-messages';
import { browserIO } from './io';
import { createMessageListener } from './message-listener';
import { panelHandlers } from './panel-messages';
import { openPanelFromToolbar } from './side-panel';
import { TabStates } from './tab-states';
import { installToolbarToggle } from './toolbar-toggle';
import { startSync, syncHandlers } from './sync';
import { openDatabase } from '@/lib/db/database';

export default defineBackground(() => {
  const db = openDatabase();
  let syncToolbar = (_tabId: number) => undefined as void;
  const real = browserIO(db);
  const io = {
    ...real,
    broadcast: (message: Parameters<typeof real.broadcast>[0]) => {
      real.broadcast(message);
      if (message.type === 'tab-state/changed') syncToolbar(message.tabId);
    },
  };
  // A bench build keeps what pages report they spent; the shipped build compiles this away.
  const bench = import.meta.env.MODE === 'bench' ? benchRecorders() : undefined;
  const articles = new ArticleTabs(io, new TabStates(), bench?.onTimings);
  syncToolbar = installToolbarToggle(articles);
  const sync = startSync(db, articles, io);
  if (bench) (globalThis as { backstory?: unknown }).backstory = { ...bench.handle, db, articles, sync };

  openPanelFromToolbar();

  browser.runtime.onMessage.addListener(
    createMessageListener({
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      content: contentHandlers(articles, io),
      panel: panelHandlers(articles, io, syncHandlers(sync)),
      onContentRequest: bench?.onContentRequest,
    }),
  );

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') articles.navigated(tabId);
    else if (change.status === 'complete') articles.changed(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void articles.closed(tabId));

  // "Add note to selection": the page makes the draft from its selection (it knows the article
  // text); the panel opens first, while the browser still counts this as the reader's action.
  const draftFromSelection = (tabId: number) => {
    io.openPanel(tabId);
    void io.tellTab(tabId, 'content/draft-from-selection');
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
      void io.tellTab(tabId, 'content/step', { direction: command === 'next-highlight' ? 1 : -1 });
    }
  });
});
