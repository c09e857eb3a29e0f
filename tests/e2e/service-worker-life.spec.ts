// The browser stops an MV3 extension's service worker after ~30 s idle (and whenever it likes).
// Nothing the reader sees may live only in its memory: after a stop, the panel still shows the
// article, the highlights stay on the page, a note being written is still there and can be
// saved, and a per-site switch is still obeyed. This spec runs its own browser: stopping the
// worker would leave the shared fixture's handle on it dead for the specs after it.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { fixture, fixturesDir } from '../fixtures/fixtures';
import { inBackstoryRoot } from '../../scripts/lib/backstory-root';
import {
  databaseTable,
  highlightsIn,
  launchWithExtension,
  openPanelTab,
  servePages,
  tabIdFor,
  type ExtensionBrowser,
} from '../../scripts/lib/browser';
import { restartedServiceWorker, stopServiceWorker } from '../../scripts/lib/service-worker';
import { expect, test } from '@playwright/test';
import { select } from './select-passage';

const seed = fixture('seed-globalresearch');
const other = fixture('wire-story'); // another site, for the per-site switch
const PASSAGE = 'Several European intelligence agencies also claimed that Al-Shimali was involved in the November 2015 Paris attacks.';
const SECOND = "This week's liberation of Deir ez Zor is a case in point.";
const TYPED = 'Which agencies? Look for the original report before citing this.';

let ext: ExtensionBrowser;

test.beforeAll(async () => {
  ext = await launchWithExtension();
  await servePages(ext.context, [seed, other].map((f) => ({ url: f.url, file: path.join(fixturesDir, f.file) })));
});

test.afterAll(async () => {
  await ext?.close();
});

async function open(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The names and claims painted (notes and the flash of a revealed item are the reader's own). */
const analysisHighlights = async (page: Page) =>
  Object.entries(await highlightsIn(page)).flatMap(([name, ranges]) => (/^backstory-(person|organization|place|claim)$/.test(name) ? ranges : []));
/**
 * Waits until the panel shows the analysed article and nothing is left to do: the browser stops
 * an idle worker, never one answering a request (a stop mid-answer is a different test).
 */
async function idle(panel: Page): Promise<void> {
  await expect(panel.getByTestId('analysis')).toBeVisible({ timeout: 15_000 });
  await expect(panel.getByTestId('site-highlights-toggle')).toBeVisible();
  await panel.waitForTimeout(500);
}

/** Selects `passage` with a fresh drag and presses the page's Note button. */
async function noteOn(page: Page, passage: string): Promise<void> {
  // Away from any card or earlier selection, as a reader's fresh drag starts.
  await page.keyboard.press('Escape');
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await page.mouse.move(2, 2);
  await select(page, passage);
  expect(await page.evaluate(() => getSelection()?.toString().trim())).toBe(passage);
  const button = await inBackstoryRoot(page, 'backstory-note-button');
  await expect(button).toBeInViewport();
  await button.click();
}

const claimCount = async (page: Page) => (await highlightsIn(page))['backstory-claim']?.length ?? 0;

test('panel, highlights, a draft being written and a per-site switch survive the service worker being stopped', async () => {
  test.setTimeout(120_000);
  // A highlighted article with its panel.
  const page = await open(seed.url);
  await expect.poll(() => claimCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
  const before = await highlightsIn(page);
  const tabId = await tabIdFor(ext.serviceWorker, page.url());
  const panel = await openPanelTab(ext, tabId);
  await expect(panel.getByTestId('page-title')).toHaveText(seed.expect!.title);
  await expect(panel.getByTestId('entity-item').first()).toBeVisible();
  const entities = await panel.getByTestId('entity-item').allTextContents();

  // A setting: highlights off on another site, from that page's panel.
  const otherPage = await open(other.url);
  await expect.poll(() => claimCount(otherPage), { timeout: 15_000 }).toBeGreaterThan(0);
  const otherPanel = await openPanelTab(ext, await tabIdFor(ext.serviceWorker, otherPage.url()));
  await otherPanel.getByTestId('site-highlights-toggle').uncheck();
  await expect.poll(async () => Object.keys(await highlightsIn(otherPage)).length).toBe(0);

  // A note being written: passage selected, text typed in the panel, not saved.
  await noteOn(page, PASSAGE);
  await expect(panel.getByTestId('note-draft-quote')).toContainText('Several European intelligence agencies');
  await panel.getByTestId('note-editor').fill(TYPED);

  // The browser stops the worker (as it does after ~30 s idle), and it really stops.
  await idle(panel);
  await stopServiceWorker(ext, panel);

  // The page keeps its highlights: they are the page's own CSS highlights, not the worker's.
  expect(await highlightsIn(page)).toEqual(before);
  // The panel still shows the article; a fresh panel (nothing in its memory) asks the new
  // worker, which rebuilds what it knew from the page and from storage.
  await expect(panel.getByTestId('page-title')).toHaveText(seed.expect!.title);
  await expect(panel.getByTestId('note-editor')).toHaveValue(TYPED);
  const fresh = await openPanelTab(ext, tabId);
  await expect(fresh.getByTestId('page-title')).toHaveText(seed.expect!.title);
  await restartedServiceWorker(ext); // the fresh panel's question started it again
  await expect(fresh.getByTestId('page-authors')).toContainText('Joe Quinn');
  await expect(fresh.getByTestId('original-source')).toContainText('Sott.net');
  await expect(fresh.getByTestId('entity-item').first()).toBeVisible({ timeout: 15_000 });
  expect(await fresh.getByTestId('entity-item').allTextContents()).toEqual(entities);
  // The draft's passage is kept for the session, outside the worker.
  await expect(fresh.getByTestId('note-draft-quote')).toContainText('Several European intelligence agencies');
  // Rebuilding did not repaint the page differently.
  expect(await highlightsIn(page)).toEqual(before);

  // The per-site switch is still obeyed: that site's page reloads without highlights, and its
  // panel says so; the seed's site keeps its highlights.
  await otherPage.reload({ waitUntil: 'load' });
  await expect(otherPanel.getByTestId('analysis')).toBeVisible({ timeout: 15_000 });
  await expect(otherPanel.getByTestId('site-highlights-toggle')).not.toBeChecked();
  await otherPage.waitForTimeout(1000);
  expect(Object.keys(await highlightsIn(otherPage))).toEqual([]);
  await expect(fresh.getByTestId('site-highlights-toggle')).toBeChecked();

  // The panel still works: a name in its list takes the reader to it in the page.
  await panel.getByTestId('entity-item').first().click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('backstory-flash'))).toBe(true);

  // Stopped again just before saving: the note typed before both stops is saved and painted.
  await idle(panel);
  await stopServiceWorker(ext, panel);
  await expect(panel.getByTestId('note-editor')).toHaveValue(TYPED);
  await panel.getByTestId('note-save').click();
  await expect(panel.getByTestId('notes-list').getByTestId('note-item')).toHaveCount(1);
  await expect(panel.getByTestId('note-item')).toContainText('Which agencies?');
  await expect(panel.getByTestId('note-draft')).toHaveCount(0);
  await expect.poll(async () => (await highlightsIn(page))['backstory-note'] ?? []).toEqual([PASSAGE]);
  await restartedServiceWorker(ext);
  const rows = (await databaseTable(ext, 'notes')) as { body: string }[];
  expect(rows.map((r) => r.body)).toEqual([TYPED]);

  // After another idle stop, the reader's next actions on a page the new worker has not heard
  // from still work: the panel's per-site switch, and a new note from the page.
  await idle(panel);
  await stopServiceWorker(ext, panel);
  await panel.getByTestId('site-highlights-toggle').uncheck();
  await expect(panel.getByTestId('site-highlights-toggle')).not.toBeChecked();
  await expect.poll(() => analysisHighlights(page)).toEqual([]);
  await panel.getByTestId('site-highlights-toggle').check();
  await expect.poll(() => claimCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
  await idle(panel);
  await stopServiceWorker(ext, panel);
  await noteOn(page, SECOND);
  await expect(panel.getByTestId('note-draft-quote')).toContainText(SECOND.slice(0, 30), { timeout: 15_000 });
  await expect(panel.getByTestId('action-problem')).toHaveCount(0);
});
