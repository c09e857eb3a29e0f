// On pages that are not articles Backstory does nothing visible and sends nothing.
import { fixtures } from '../fixtures/fixtures';
import { expect, test } from './extension-fixture';

const nonArticles = fixtures.filter((f) => f.kind === 'non-article');

for (const f of nonArticles) {
  test(`non-article ${f.name} is left alone`, async ({ ext, openPanelFor }) => {
    const page = await ext.context.newPage();
    // Record every element added to the page from the very start, whoever adds it.
    await page.addInitScript(() => {
      const added: string[] = [];
      (window as unknown as { __added: string[] }).__added = added;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) added.push((n as Element).outerHTML.slice(0, 80));
      }).observe(document, { childList: true, subtree: true });
      // Only count what happens after the parser is done; the page's own markup is not "added".
      document.addEventListener('DOMContentLoaded', () => (added.length = 0));
    });
    await page.goto(f.url, { waitUntil: 'load' });
    await page.waitForTimeout(1_500); // the content script runs at document idle
    const tabId = await ext.serviceWorker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
      f.url,
    );
    const reports = await ext.serviceWorker.evaluate(
      (id) => (globalThis as unknown as { backstory: { tabs: { reportsByTab: Map<number, number> } } }).backstory.tabs.reportsByTab.get(id!) ?? 0,
      tabId,
    );
    expect(reports, 'messages the content script sent').toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __added: string[] }).__added)).toEqual([]);

    const panel = await openPanelFor(page);
    await expect(panel.getByTestId('state-not-article')).toContainText("doesn't look like an article");
    await page.close();
  });
}
