// Opening the panel from the toolbar button. Chrome has the sidePanel API; Firefox shows the
// same page as a sidebar (WXT writes sidebar_action into its manifest).

interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebarAction {
  toggle(): Promise<void>;
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
