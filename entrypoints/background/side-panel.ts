// Opening the panel from the toolbar button. Chrome has the sidePanel API; Firefox shows the
// same page as a sidebar (WXT writes sidebar_action into its manifest).

interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  toggle(): Promise<void>;
  open(): Promise<void>;
}

/**
 * Opens the panel beside `tabId`. Browsers allow this only while handling a reader's action
 * (a context-menu click, a keyboard command, a click relayed from the page), so call it
 * before awaiting anything; when the browser refuses, the panel shows the draft once opened.
 */
export function openPanelNow(tabId: number): void {
  const g = globalThis as { chrome?: { sidePanel?: ChromeSidePanel } };
  const opened = g.chrome?.sidePanel
    ? g.chrome.sidePanel.open({ tabId })
    : (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction?.open();
  opened?.catch(() => undefined);
}

export function openPanelFromToolbar(): void {
  const g = globalThis as { chrome?: { sidePanel?: ChromeSidePanel } };
  const sidePanel = g.chrome?.sidePanel;
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.error('Backstory: could not make the toolbar button open the side panel', error);
    });
    return;
  }
  const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  // Firefox's MV2 build has browserAction where MV3 has action.
  const action = browser.action ?? browser.browserAction;
  if (sidebarAction && action) {
    // toggle() must run inside the click handler: Firefox only allows it on a user action.
    action.onClicked.addListener(() => void sidebarAction.toggle());
  }
}
