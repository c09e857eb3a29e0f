// "Highlight names and claims on this site": a checkbox in the toolbar button's right-click
// menu, for the tab in front. It mirrors the switch above the panel's lists, so the reader can
// turn highlights off for a site without opening the panel.
import type { ArticleTabs } from './article-tabs';

const MENU_ID = 'site-highlights';

export function installToolbarToggle(articles: ArticleTabs): (tabId: number) => void {
  const menus = browser.contextMenus;
  if (!menus) return () => undefined;
  browser.runtime.onInstalled.addListener(() => {
    menus.create({
      id: MENU_ID,
      type: 'checkbox',
      title: 'Highlight names and claims on this site',
      // MV2 (Firefox) calls the toolbar button a browser action.
      contexts: [import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action'],
      checked: true,
      enabled: false,
    });
  });

  /** Shows the checkbox as it is for `tabId` (greyed out when the tab holds no article). */
  const sync = (tabId: number) => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([active]) => {
        if (active?.id !== tabId) return;
        const state = articles.articleOf(tabId);
        return menus.update(MENU_ID, {
          enabled: !!state,
          checked: state ? state.highlights.enabled : true,
          title: state ? `Highlight names and claims on ${state.highlights.site}` : 'Highlight names and claims on this site',
        });
      })
      .catch(() => undefined);
  };
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void articles
      .setSiteHighlights(tab.id, !!info.checked)
      .catch(() => undefined)
      .then(() => sync(tab.id!));
  });
  browser.tabs.onActivated.addListener(({ tabId }) => sync(tabId));
  return sync;
}
