// What a reader sees in the article itself: names and unlinked claims highlighted with the
// CSS Custom Highlight API, cards on hover and keyboard focus, dismissals, and the page left
// untouched apart from Backstory's one host element.
import type { Page } from '@playwright/test';
import { fixture } from '../fixtures/fixtures';
import { inBackstoryRoot } from '../../scripts/lib/backstory-root';
import { highlightsIn, pageChanges, recordPageChanges } from '../../scripts/lib/browser';
import { expect, test } from './extension-fixture';
import { hover } from './highlight-points';

const seed = fixture('seed-globalresearch');
const linked = fixture('seed-linked');

const AIR_STRIKE = 'a Russian air strike on an underground command center near the city killed 40 ISIS members';
const AGENCIES = 'Several European intelligence agencies also claimed that Al-Shimali';
const DIPLOMATIC = 'at least a dozen ISIS field commanders';

async function paintedHighlights(page: Page): Promise<Record<string, string[]>> {
  await expect.poll(async () => (await highlightsIn(page))['backstory-claim']?.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
  return highlightsIn(page);
}


test('the seed: names and unlinked claims are highlighted with their types, only in the article', async ({ openFixture }) => {
  const page = await openFixture(seed);
  const h = await paintedHighlights(page);
  const people = h['backstory-person'] ?? [];
  const orgs = h['backstory-organization'] ?? [];
  const places = h['backstory-place'] ?? [];
  for (const name of ['Sergei Surovikin', 'Gulmurod Khalimov']) expect(people).toContain(name);
  expect(people.some((p) => /al-Shimali/i.test(p))).toBe(true);
  for (const name of ['ISIS', 'Pentagon', 'CIA']) expect(orgs).toContain(name);
  for (const name of ['Syria', 'Aleppo', 'Deir ez Zor', 'Raqqa', 'Palmyra']) expect(places).toContain(name);
  const claims = h['backstory-claim'] ?? [];
  expect(claims.some((c) => c.includes(AIR_STRIKE))).toBe(true);
  expect(claims.some((c) => c.startsWith(AGENCIES))).toBe(true);

  // Nothing from the site's navigation, sidebar, book promo or footer is painted.
  const outside = await page.evaluate(() => {
    const chrome = '#top-bar, #header, #main-nav, #sidebar, #footer, .book-promo';
    const found: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      for (const range of highlight as unknown as Range[]) {
        const node = range.startContainer;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (el?.closest(chrome)) found.push(`${name}: ${range.toString()}`);
      }
    }
    return found;
  });
  expect(outside).toEqual([]);
});

test('each kind of highlight shows on screen, also on text inside inline markup (links, emphasis)', async ({ openFixture }) => {
  const page = await openFixture(seed);
  await paintedHighlights(page);
  for (const name of ['backstory-person', 'backstory-organization', 'backstory-place', 'backstory-claim']) {
    // The first range of that kind whose text sits deepest below its block (inline markup in between).
    const box = await page.evaluate((name) => {
      const ranges = [...(CSS.highlights.get(name) as unknown as Range[])];
      const depth = (r: Range) => {
        let d = 0;
        for (let e = r.startContainer.parentElement; e && getComputedStyle(e).display === 'inline'; e = e.parentElement) d++;
        return d;
      };
      const range = ranges.sort((a, b) => depth(b) - depth(a))[0];
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0];
      return { x: r.x, y: r.y, width: Math.max(4, r.width), height: r.height + 6, inline: depth(range) };
    }, name);
    const painted = await page.screenshot({ clip: box });
    // The same spot with that highlight taken out of the registry, then put back.
    await page.evaluate((name) => {
      const w = window as unknown as { __kept?: Highlight };
      w.__kept = CSS.highlights.get(name);
      CSS.highlights.delete(name);
    }, name);
    const plain = await page.screenshot({ clip: box });
    await page.evaluate((name) => CSS.highlights.set(name, (window as unknown as { __kept: Highlight }).__kept), name);
    expect(painted.equals(plain), `${name} (inline depth ${box.inline}) changes nothing on screen`).toBe(false);
  }
});

test('no element of the page is added or changed except Backstory’s one host element', async ({ ext, openFixture }) => {
  const page = await ext.context.newPage();
  await recordPageChanges(page);
  await page.goto(seed.url, { waitUntil: 'load' });
  await paintedHighlights(page);
  await hover(page, 'backstory-person', 'Gulmurod Khalimov');
  await expect(await inBackstoryRoot(page, 'backstory-card')).toBeVisible();
  const changes = await pageChanges(page);
  expect(changes).toEqual(['added <backstory-root> to <html>']);
  expect(await page.evaluate(() => document.querySelectorAll('backstory-root').length)).toBe(1);
  await page.close();
  void openFixture;
});

test('hovering a name shows its card: type, how often it is named, and Look up', async ({ ext, openFixture }) => {
  // A recorded Wikipedia answer: the test never reaches the network.
  await ext.context.route('https://en.wikipedia.org/api/rest_v1/page/summary/**', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        type: 'standard',
        title: 'Gulmurod Khalimov',
        description: 'Tajik military officer',
        extract: 'Gulmurod Khalimov was a Tajik colonel who commanded the OMON police special forces of Tajikistan before joining ISIS.',
        content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/Gulmurod_Khalimov' } },
      }),
    }),
  );
  const page = await openFixture(seed);
  await paintedHighlights(page);
  await hover(page, 'backstory-person', 'Khalimov');
  const card = await inBackstoryRoot(page, 'backstory-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Person');
  await expect(card.getByTestId('card-title')).toHaveText('Gulmurod Khalimov');
  await expect(card.getByTestId('card-mentions')).toContainText(/Named \d+ times in this article \(as Gulmurod Khalimov, Khalimov/);
  // Nothing is looked up until the reader asks.
  await expect(card.getByTestId('card-summary')).toHaveCount(0);
  await card.getByTestId('card-lookup').click();
  await expect(card.getByTestId('card-summary')).toContainText('Tajik colonel');
  // Moving away closes the card.
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
  await ext.context.unroute('https://en.wikipedia.org/api/rest_v1/page/summary/**');
});

test('a claim’s card says why it was flagged, including a link that goes nowhere', async ({ openFixture }) => {
  const page = await openFixture(seed);
  await paintedHighlights(page);
  await hover(page, 'backstory-claim', new RegExp(DIPLOMATIC));
  const card = await inBackstoryRoot(page, 'backstory-card');
  await expect(card).toHaveAttribute('data-kind', 'claim');
  await expect(card.getByTestId('card-reasons')).toContainText('goes nowhere (#)');
});

test('claims whose links point to real external sources are not flagged', async ({ openFixture }) => {
  const page = await openFixture(linked);
  const claims = (await paintedHighlights(page))['backstory-claim'];
  expect(claims.some((c) => c.includes(AIR_STRIKE))).toBe(false);
  expect(claims.some((c) => c.startsWith(AGENCIES))).toBe(false);
  // The one whose link is still '#' stays flagged.
  expect(claims.some((c) => c.includes(DIPLOMATIC))).toBe(true);
});

test('a dismissed flag stays dismissed on that page, and can be brought back', async ({ openFixture, openPanelFor }) => {
  const page = await openFixture(seed);
  await paintedHighlights(page);
  await hover(page, 'backstory-claim', new RegExp(AGENCIES));
  const card = await inBackstoryRoot(page, 'backstory-card');
  await card.getByTestId('card-dismiss').click();
  await expect(card.getByTestId('card-title')).toHaveText('Flag dismissed');
  await expect.poll(async () => (await highlightsIn(page))['backstory-claim'].some((c) => c.startsWith(AGENCIES))).toBe(false);

  await page.reload({ waitUntil: 'load' });
  const after = await paintedHighlights(page);
  expect(after['backstory-claim'].some((c) => c.startsWith(AGENCIES))).toBe(false);

  // The panel lists it as dismissed and brings it back.
  const panel = await openPanelFor(page);
  await panel.getByTestId('show-dismissed').click();
  await panel.locator('[data-testid="claim-item"]', { hasText: AGENCIES }).getByTestId('claim-restore').click();
  await expect.poll(async () => (await highlightsIn(page))['backstory-claim'].some((c) => c.startsWith(AGENCIES))).toBe(true);
});

test('the keyboard moves from highlight to highlight and the card takes focus', async ({ openFixture }) => {
  const page = await openFixture(seed);
  const h = await paintedHighlights(page);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Alt+Shift+J');
  const card = await inBackstoryRoot(page, 'backstory-card');
  await expect(card).toBeVisible();
  // The first highlight in reading order is the first claim or name of the article.
  const firstTitle = await card.getByTestId('card-title').textContent();
  expect(firstTitle).toBeTruthy();
  await expect(card.getByTestId('card-title')).toBeFocused();
  await page.keyboard.press('Alt+Shift+J');
  await expect.poll(() => card.getByTestId('card-title').textContent()).not.toBe(null);
  expect(await page.evaluate(() => CSS.highlights.has('backstory-flash'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  expect(Object.keys(h).length).toBeGreaterThan(2);
});

test('the panel lists names by type and claims in reading order; clicking one shows it in the page', async ({ openFixture, openPanelFor }) => {
  const page = await openFixture(seed);
  await paintedHighlights(page);
  const panel = await openPanelFor(page);
  await expect(panel.getByTestId('entities-person')).toContainText('Gulmurod Khalimov');
  await expect(panel.getByTestId('entities-organization')).toContainText('ISIS');
  await expect(panel.getByTestId('entities-place')).toContainText('Deir ez Zor');
  const claims = panel.getByTestId('claims-list').getByTestId('claim-item');
  expect(await claims.count()).toBeGreaterThan(3);
  // Reading order: the air strike comes before the European agencies.
  const texts = await claims.locator('.claim-text').allTextContents();
  const strike = texts.findIndex((t) => t.includes(AIR_STRIKE));
  const agencies = texts.findIndex((t) => t.startsWith(AGENCIES));
  expect(strike).toBeGreaterThanOrEqual(0);
  expect(agencies).toBeGreaterThan(strike);

  await page.evaluate(() => window.scrollTo(0, 0));
  await claims.nth(agencies).locator('.claim-text').click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('backstory-flash'))).toBe(true);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  const card = await inBackstoryRoot(page, 'backstory-card');
  await expect(card).toHaveAttribute('data-kind', 'claim');

  await panel.locator('[data-entity-id]', { hasText: 'Palmyra' }).click();
  await expect(card.getByTestId('card-title')).toHaveText('Palmyra');
});

test('highlights can be turned off for a site, and the choice is remembered', async ({ openFixture, openPanelFor }) => {
  const page = await openFixture(seed);
  await paintedHighlights(page);
  const panel = await openPanelFor(page);
  const toggle = panel.getByTestId('site-highlights-toggle');
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect.poll(async () => Object.keys(await highlightsIn(page)).length).toBe(0);
  await page.reload({ waitUntil: 'load' });
  await expect(panel.getByTestId('analysis')).toBeVisible();
  await expect(panel.getByTestId('site-highlights-toggle')).not.toBeChecked();
  await page.waitForTimeout(1500);
  expect(Object.keys(await highlightsIn(page))).toEqual([]);
  await panel.getByTestId('site-highlights-toggle').check();
  await expect.poll(async () => (await highlightsIn(page))['backstory-claim']?.length ?? 0).toBeGreaterThan(0);
});
