// Hostile pages: a page that changes its DOM every 10 ms, forever. Backstory's page watcher looks
// again only a bounded number of times, then stops watching (entrypoints/content/page-watcher.ts:
// at most 8 re-checks, within 15 s, each after 400 ms of quiet), so on such a page its content
// script stops running at all. Asserted on what runs (call counts from V8's coverage); its share
// of the main thread over 5 s is measured and logged, not asserted (it depends on the machine).
import { hostileCase } from './hostile/cases';
import { evaluateInPage, expect, paintedHighlights, panelOutcome, test } from './hostile/harness';
import { mainThreadShare, startCallCounts, takeCallCounts } from './hostile/main-thread';

/** A string literal only detectArticle (lib/page/detect.ts) holds: its calls are detection runs. */
const DETECTION = 'json-ld-article';
/** 1 check at document idle + at most 8 re-checks (defaultWatcherOptions.maxRechecks). */
const MOST_CHECKS = 9;
/** Past the watcher's 15 s window (counted from its first check, at most 1.5 s after load). */
const WATCH_OVER_MS = 18_000;

test.describe.configure({ timeout: 90_000 });

test('a page rewriting itself every 10 ms: detection runs a bounded number of times, then Backstory stops', async ({ ext, openCase, openPanelFor }) => {
  const c = hostileCase('mutating-dashboard');
  const opened = await openCase(c, (_page, cdp) => startCallCounts(cdp));
  const loadedAt = Date.now();
  const { cdp } = opened;
  let checks = 0;
  const count = async () => {
    const calls = await takeCallCounts(cdp, ext.extensionId, DETECTION);
    checks += calls.marked;
    return calls;
  };
  await expect.poll(async () => (await count(), checks), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);

  const share = await mainThreadShare(cdp, ext.extensionId, 5_000);
  console.log(
    `mutating dashboard, 5 s: Backstory ${(share.backstory * 100).toFixed(2)}% of the main thread (${share.backstoryMs.toFixed(1)} ms), page busy ${(share.busy * 100).toFixed(0)}%; detection runs so far: ${checks} (timings noisy on a shared machine)`,
  );

  await new Promise((resolve) => setTimeout(resolve, Math.max(0, WATCH_OVER_MS - (Date.now() - loadedAt))));
  await count();
  expect(checks).toBeGreaterThanOrEqual(1);
  expect(checks).toBeLessThanOrEqual(MOST_CHECKS);
  // Past the watch window, none of the content script's code runs while the page keeps mutating.
  const ticksBefore = await evaluateInPage<number>(opened, 'window.__ticks');
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const after = await count();
  expect(after).toEqual({ marked: 0, any: 0 });
  expect(await evaluateInPage<number>(opened, 'window.__ticks')).toBeGreaterThan(ticksBefore + 10);
  console.log(`mutating dashboard: ${checks} detection runs in ${((Date.now() - loadedAt) / 1000).toFixed(0)} s`);

  // The panel says it is not an article, and asking again still works.
  const panel = await openPanelFor(opened.page);
  await panelOutcome(panel, c);
  await panel.getByRole('button', { name: 'Check again' }).click();
  await expect(panel.getByTestId('state-not-article')).toBeVisible();
  expect(await opened.backstoryErrors()).toEqual([]);
});

test('an article under a ticker rewritten every 10 ms is read once and painted, and not read again', async ({ ext, openCase, openPanelFor }) => {
  const c = hostileCase('mutating-liveblog');
  const opened = await openCase(c, (_page, cdp) => startCallCounts(cdp));
  const { cdp, page } = opened;
  const panel = await openPanelFor(page);
  await panelOutcome(panel, c);
  const highlights = await paintedHighlights(opened);
  expect(highlights['backstory-person']).toEqual(expect.arrayContaining(['Elisabeth Moreau']));
  let checks = (await takeCallCounts(cdp, ext.extensionId, DETECTION)).marked;

  const share = await mainThreadShare(cdp, ext.extensionId, 5_000);
  console.log(
    `mutating live blog, 5 s after painting: Backstory ${(share.backstory * 100).toFixed(2)}% of the main thread (${share.backstoryMs.toFixed(1)} ms), page busy ${(share.busy * 100).toFixed(0)}% (noisy on a shared machine)`,
  );
  checks += (await takeCallCounts(cdp, ext.extensionId, DETECTION)).marked;
  // An article is read once: no watcher runs once it has been found.
  expect(checks).toBe(1);
  const ticks = await evaluateInPage<number>(opened, 'window.__ticks');
  expect(ticks).toBeGreaterThan(100);
  // The highlights are still in place over the article text the ticker never touches.
  expect((await paintedHighlights(opened))['backstory-person']).toEqual(highlights['backstory-person']);
  expect(await opened.backstoryErrors()).toEqual([]);
});
