// The detection cases in a real browser: shops, box offices and lists of posts are left alone
// (nothing sent, nothing added to the page); articles that carry shop or list furniture are read.
import { addedElements, recordAddedElements, reportsFromTab, tabIdFor } from '../../scripts/lib/browser';
import { detectionCases } from '../fixtures/detection/cases';
import { expect, test } from './extension-fixture';

for (const c of detectionCases) {
  test(`${c.kind} ${c.name}: ${c.what}`, async ({ ext, openPanelFor }) => {
    const page = await ext.context.newPage();
    await recordAddedElements(page);
    await page.goto(c.url, { waitUntil: 'load' });
    const panel = await openPanelFor(page);
    if (c.kind === 'article') {
      await expect(panel.getByTestId('page-title')).not.toBeEmpty({ timeout: 15_000 });
      expect((await addedElements(page)).filter((e) => !e.startsWith('<backstory-root'))).toEqual([]);
    } else {
      await expect(panel.getByTestId('state-not-article')).toContainText("doesn't look like an article", { timeout: 15_000 });
      expect(await reportsFromTab(ext, await tabIdFor(ext.serviceWorker, c.url))).toBe(0);
      expect(await addedElements(page)).toEqual([]);
    }
    await page.close();
  });
}
