// Hostile pages: article text in nested open shadow roots, an article inside a same-origin
// frame, and an article beside ad frames that rewrite themselves.
import { hostileCase } from './hostile/cases';
import { addedBesidesBackstory, cleanHighlights, evaluateInPage, expect, paintedHighlights, panelOutcome, test } from './hostile/harness';

test('article text three shadow roots deep: Backstory steps back and says why', async ({ openCase, openPanelFor }) => {
  const c = hostileCase('shadow-dom');
  const opened = await openCase(c);
  const { page } = opened;
  const panel = await openPanelFor(page);
  await panelOutcome(panel, c);
  const details = panel.getByTestId('detection-details');
  await details.locator('summary').click();
  await expect(details).toContainText('its text (6 paragraphs) is inside shadow roots, which Backstory does not read');
  expect(await cleanHighlights(opened)).toEqual({});
  // The page's components still work.
  await page.locator('like-button #like').click();
  await expect(page.locator('like-button #likes')).toHaveText('1');
  expect(await addedBesidesBackstory(opened)).toEqual([]);
  expect(await opened.backstoryErrors()).toEqual([]);
});

test('an article in a same-origin frame: the shell is left alone and the frame untouched', async ({ openCase, openPanelFor }) => {
  const c = hostileCase('iframe-shell');
  const opened = await openCase(c);
  const { page } = opened;
  await expect(page.locator('#status')).toHaveText('showing: Hospital trust delays new maternity unit by two years');
  const panel = await openPanelFor(page);
  await panelOutcome(panel, c);
  const frame = page.frame({ url: /story-88213/ })!;
  expect(await frame.evaluate(() => (window as unknown as { __frameScript?: string }).__frameScript)).toBe('ran');
  expect(await frame.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
  expect(await addedBesidesBackstory(opened)).toEqual([]);
  expect(await opened.backstoryErrors()).toEqual([]);
});

test('an article beside ad frames: the article is painted, the ads are not, and they still load', async ({ openCase, openPanelFor }) => {
  const c = hostileCase('ad-iframes');
  const opened = await openCase(c);
  const { page } = opened;
  const panel = await openPanelFor(page);
  await panelOutcome(panel, c);
  const highlights = await paintedHighlights(opened);
  expect(highlights['backstory-person']).toEqual(expect.arrayContaining(['Fiona Dunlop', 'Angus Morrison']));
  // Names that appear only in the ads are in no list: the panel's lists are the article's.
  await expect(panel.getByTestId('entities-person')).not.toContainText('Donald Macaulay');
  await expect(panel.getByTestId('entities-person')).not.toContainText('Keir Ashworth');
  await expect.poll(() => evaluateInPage(opened, 'window.__adsLoaded')).toBe(3);
  for (const frame of page.frames().slice(1)) {
    if (frame.url().startsWith('https://ads.')) continue; // another site: its world is not ours to read
    expect(await frame.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('backstory-')))).toEqual([]);
  }
  expect(await addedBesidesBackstory(opened)).toEqual([]);
  expect(await opened.backstoryErrors()).toEqual([]);
});
