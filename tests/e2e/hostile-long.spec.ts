// Hostile page: a 100,000-word article. Backstory reads it to the end, paints it, and the panel
// works; the page's longest task is logged (not asserted: it depends on the machine).
import { hostileCase } from './hostile/cases';
import { evaluateInPage, expect, paintedHighlights, panelOutcome, test } from './hostile/harness';
import { startSampling, stopSampling } from './hostile/main-thread';

test.describe.configure({ timeout: 240_000 });

test('a 100,000-word page is read to the end, painted, and the panel works', async ({ ext, openCase, openPanelFor }) => {
  const c = hostileCase('hundred-thousand-words');
  const started = Date.now();
  const opened = await openCase(c, (_page, cdp) => startSampling(cdp));
  const { page } = opened;
  const panel = await openPanelFor(page);
  await expect(panel.getByTestId('page-title')).toHaveText(c.title!, { timeout: 120_000 });
  await panelOutcome(panel, c);
  // Every word is counted: the snapshot is not cut short.
  const length = await panel.getByTestId('page-words').innerText();
  const words = Number(/([\d,.\u202f\u00a0]+) words/.exec(length)?.[1].replace(/\D/g, ''));
  expect(words).toBeGreaterThanOrEqual(95_000);
  await expect(panel.getByTestId('entities-person')).toBeVisible({ timeout: 120_000 });
  const highlights = await paintedHighlights(opened);
  const painted = Object.values(highlights).reduce((n, list) => n + list.length, 0);
  const readyMs = Date.now() - started;
  const use = await stopSampling(opened.cdp, ext.extensionId);

  // The panel takes the reader to a name far down the page.
  await panel.getByTestId('entity-item').first().click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  // The page's own script still answers.
  await page.mouse.click(5, 5);
  expect(await evaluateInPage(opened, 'window.__pageScript + " " + window.__clicks')).toBe('ran 1');

  const { longTasks } = await opened.probes();
  console.log(
    `100,000-word page: ${words} words read, ${painted} highlights painted, ready in ${(readyMs / 1000).toFixed(1)} s; ` +
      `page long tasks: ${longTasks.length}, longest ${Math.max(0, ...longTasks).toFixed(0)} ms (page and Backstory together); ` +
      `Backstory in the page until painted: ${use.backstoryMs.toFixed(0)} ms of script, longest unbroken run ${use.longestBackstoryMs.toFixed(0)} ms ` +
      `(CPU samples; noisy on a shared machine)`,
  );
  expect(await opened.backstoryErrors()).toEqual([]);
});
