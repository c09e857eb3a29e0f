// On pages that are not articles Backstory does nothing visible and sends nothing.
import { addedElements, recordAddedElements, reportsFromTab, tabIdFor } from '../../scripts/lib/browser';
import { fixtures } from '../fixtures/fixtures';
import { expect, test } from './extension-fixture';

const nonArticles = fixtures.filter((f) => f.kind === 'non-article');

for (const f of nonArticles) {
  test(`non-article ${f.name} is left alone`, async ({ ext, openPanelFor }) => {
    const page = await ext.context.newPage();
    await recordAddedElements(page);
    await page.goto(f.url, { waitUntil: 'load' });
    await page.waitForTimeout(1_500); // the content script runs once the page is idle
    expect(await reportsFromTab(ext, await tabIdFor(ext.serviceWorker, f.url)), 'messages the content script sent').toBe(0);
    expect(await addedElements(page)).toEqual([]);

    const panel = await openPanelFor(page);
    await expect(panel.getByTestId('state-not-article')).toContainText("doesn't look like an article");
    await page.close();
  });
}

test('the element recorder used above does see elements added after load', async ({ ext }) => {
  // The late-arriving article builds its body with DOM calls after load: a known positive.
  const late = fixtures.find((f) => f.arrivesLate)!;
  const page = await ext.context.newPage();
  await recordAddedElements(page);
  await page.goto(late.url, { waitUntil: 'load' });
  await expect.poll(async () => (await addedElements(page)).length, { timeout: 5_000 }).toBeGreaterThan(0);
  await page.close();
});
