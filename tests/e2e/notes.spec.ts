// Notes on passages, as a reader uses them: select, press Note, write in the panel, find the
// passage highlighted on every later visit — also after the outlet edits the page — and
// export, wipe and import without losing anything.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { fixture, fixturePath } from '../fixtures/fixtures';
import { inBackstoryRoot } from '../../scripts/lib/backstory-root';
import { databaseTable, highlightsIn, type ExtensionBrowser } from '../../scripts/lib/browser';
import { expect, test } from './extension-fixture';
import { select } from './select-passage';

const seed = fixture('seed-globalresearch');
const PASSAGE = 'Several European intelligence agencies also claimed that Al-Shimali was involved in the November 2015 Paris attacks.';
const seedHtml = () => readFileSync(fixturePath(seed.name), 'utf8');

async function noteHighlights(page: Page): Promise<string[]> {
  return (await highlightsIn(page))['backstory-note'] ?? [];
}

async function wipeNotes(ext: ExtensionBrowser) {
  await databaseTable(ext, 'notes', 'clear');
}

async function allNoteRows(ext: ExtensionBrowser) {
  const rows = (await databaseTable(ext, 'notes')) as { id: string; body: string; tags: string[]; selectors: unknown[]; createdAt: number; updatedAt: number }[];
  return rows.sort((x, y) => (x.id < y.id ? -1 : 1));
}

test.beforeEach(async ({ ext }) => {
  await wipeNotes(ext);
});

test('a note on a passage is saved from the panel and stays anchored through reloads and edits', async ({ ext, openFixture, openPanelFor }) => {
  const page = await openFixture(seed);
  await expect.poll(async () => (await highlightsIn(page))['backstory-claim']?.length ?? 0).toBeGreaterThan(0);
  const panel = await openPanelFor(page);

  await select(page, PASSAGE);
  const button = await inBackstoryRoot(page, 'backstory-note-button');
  await expect(button).toBeVisible();
  await button.click();

  // The panel (opened as a tab for this page) shows the draft quoting the passage.
  await expect(panel.getByTestId('note-draft-quote')).toContainText('Several European intelligence agencies');
  await panel.getByTestId('note-editor').fill('Which agencies? Find the original report.');
  await panel.getByTestId('note-tags').fill('sources');
  await panel.getByTestId('note-tags').press('Enter');
  await panel.getByTestId('note-save').click();
  await expect(panel.getByTestId('notes-list').getByTestId('note-item')).toHaveCount(1);
  await expect(panel.getByTestId('note-item')).toContainText('Which agencies?');

  // Highlighted at once, and again after a reload.
  await expect.poll(() => noteHighlights(page)).toEqual([PASSAGE]);
  await page.reload({ waitUntil: 'load' });
  await expect.poll(() => noteHighlights(page), { timeout: 15_000 }).toEqual([PASSAGE]);

  // The outlet edits the page: a sentence inserted before the passage, a word changed inside it.
  const edited = seedHtml()
    .replace('<p>Back in September 2015,', '<p>Editor’s note: this article was updated on 12 September. Back in September 2015,')
    .replace('also claimed that Al-Shimali', 'also alleged that Al-Shimali');
  await page.route(seed.url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: edited }));
  await page.reload({ waitUntil: 'load' });
  await expect.poll(() => noteHighlights(page), { timeout: 15_000 }).toEqual([PASSAGE.replace('claimed', 'alleged')]);

  // A version without the passage: the note is listed among the orphans, with its quote.
  const without = seedHtml().replace(/Several European intelligence agencies[^.]*\./, '');
  await page.unroute(seed.url);
  await page.route(seed.url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: without }));
  await page.reload({ waitUntil: 'load' });
  const orphans = panel.getByTestId('note-orphans');
  await expect(orphans).toBeVisible({ timeout: 15_000 });
  await expect(orphans).toContainText('Several European intelligence agencies');
  expect(await noteHighlights(page)).toEqual([]);
  await page.unroute(seed.url);
  expect((await allNoteRows(ext)).length).toBe(1);
});

test('export, wipe and import restore the same notes; Markdown export reads well', async ({ ext, openFixture, openPanelFor }) => {
  const page = await openFixture(seed);
  await expect.poll(async () => (await highlightsIn(page))['backstory-claim']?.length ?? 0).toBeGreaterThan(0);
  const panel = await openPanelFor(page);
  for (const [passage, body] of [
    [PASSAGE, 'First note'],
    ['This week\'s liberation of Deir ez Zor is a case in point.', 'Second note\non two lines'],
  ]) {
    await select(page, passage);
    await (await inBackstoryRoot(page, 'backstory-note-button')).click();
    await expect(panel.getByTestId('note-draft-quote')).toContainText(passage.slice(0, 30));
    await panel.getByTestId('note-editor').fill(body);
    await panel.getByTestId('note-save').click();
    await expect(panel.getByTestId('note-draft-quote')).toHaveCount(0);
  }
  await expect(panel.getByTestId('note-item')).toHaveCount(2);
  const before = await allNoteRows(ext);

  const [json] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('notes-export-json').click()]);
  const jsonPath = await json.path();
  const [md] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('notes-export-markdown').click()]);
  const markdown = readFileSync(await md.path(), 'utf8');
  expect(markdown).toContain('# Notes from Backstory');
  expect(markdown).toContain(`](${seed.url})`);
  expect(markdown).toContain('> Several European intelligence agencies');
  expect(markdown).toContain('First note');

  await wipeNotes(ext);
  await panel.reload();
  await expect(panel.getByTestId('note-item')).toHaveCount(0);
  await panel.getByTestId('notes-import').setInputFiles(jsonPath);
  await expect(panel.getByTestId('import-report')).toContainText(/Added 2 notes/i);
  expect(await allNoteRows(ext)).toEqual(before);
  // Importing the same file again adds nothing.
  await panel.getByTestId('notes-import').setInputFiles(jsonPath);
  await expect(panel.getByTestId('import-report')).toContainText(/skipped 2|2 .*already/i);
  expect((await allNoteRows(ext)).length).toBe(2);
});

test('delete with undo, and two open panels stay in step', async ({ openFixture, openPanelFor }) => {
  const page = await openFixture(seed);
  await expect.poll(async () => (await highlightsIn(page))['backstory-claim']?.length ?? 0).toBeGreaterThan(0);
  const one = await openPanelFor(page);
  const two = await openPanelFor(page);
  await select(page, PASSAGE);
  await (await inBackstoryRoot(page, 'backstory-note-button')).click();
  await expect(one.getByTestId('note-draft-quote')).toBeVisible();
  await one.getByTestId('note-editor').fill('Kept in step');
  await one.getByTestId('note-save').click();
  await expect(two.getByTestId('note-item')).toContainText('Kept in step');

  await two.getByTestId('note-delete').click();
  await expect(one.getByTestId('note-item')).toHaveCount(0);
  await expect.poll(() => noteHighlights(page)).toEqual([]);
  await two.getByTestId('note-undo').click();
  await expect(one.getByTestId('note-item')).toContainText('Kept in step');
  await expect.poll(() => noteHighlights(page)).toEqual([PASSAGE]);
});

test('a note whose text is markup renders as text everywhere, and the page cannot reach notes', async ({ openFixture, openPanelFor }) => {
  const page = await openFixture(seed);
  await expect.poll(async () => (await highlightsIn(page))['backstory-claim']?.length ?? 0).toBeGreaterThan(0);
  const panel = await openPanelFor(page);
  const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
  await select(page, PASSAGE);
  await (await inBackstoryRoot(page, 'backstory-note-button')).click();
  await panel.getByTestId('note-editor').fill(hostile);
  await panel.getByTestId('note-save').click();
  await expect(panel.getByTestId('note-item').getByTestId('note-body')).toHaveText(hostile);
  expect(await panel.locator('[data-testid="note-item"] img, [data-testid="note-item"] b').count()).toBe(0);

  // In the page: the note's card shows the text as text.
  await expect.poll(() => noteHighlights(page)).toEqual([PASSAGE]);
  await page.keyboard.press('Escape');
  const pointOnNote = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('backstory-note') as unknown as Range[])][0];
    const r = range.getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(pointOnNote.x, pointOnNote.y, { steps: 3 });
  // The card under the pointer may be the claim's or the note's, depending on which is more specific.
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // The page has no way to ask the background for notes, nor to see the database.
  const reach = await page.evaluate(async () => {
    const c = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
    const dbs = (await indexedDB.databases()).map((d) => d.name);
    return { canMessage: typeof c?.runtime?.sendMessage === 'function', dbs };
  });
  expect(reach.canMessage).toBe(false);
  expect(reach.dbs).not.toContain('backstory');
});

test('the context menu and the keyboard shortcut start a note on the selection; clicking a note’s highlight opens it', async ({ ext, openFixture, openPanelFor }) => {
  const page = await openFixture(seed);
  await expect.poll(async () => (await highlightsIn(page))['backstory-claim']?.length ?? 0).toBeGreaterThan(0);
  const panel = await openPanelFor(page);
  await select(page, PASSAGE);
  // What "Add note to selection" and Alt+Shift+N do once the browser hands them to Backstory.
  const tabId = await ext.serviceWorker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
  await ext.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id!, { type: 'content/draft-from-selection' }), tabId);
  await expect(panel.getByTestId('note-draft-quote')).toContainText('Several European intelligence agencies');
  await panel.getByTestId('note-editor').fill('From the menu');
  await panel.getByTestId('note-save').click();
  await expect.poll(() => noteHighlights(page)).toEqual([PASSAGE]);

  // Clicking the note's highlight in the page brings that note up in the panel.
  await panel.getByTestId('notes-scope-all').click();
  const point = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('backstory-note') as unknown as Range[])][0];
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0];
    return { x: r.left + 8, y: r.top + r.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
  await expect(panel.getByTestId('notes-scope-page')).toHaveAttribute('aria-checked', 'true');
  await expect(panel.getByTestId('note-item')).toContainText('From the menu');
});
