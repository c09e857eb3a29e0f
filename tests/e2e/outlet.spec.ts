// The Outlet section: who runs the site, with every fact's source; the original outlet of a
// cross-post; a calm "not in the directory" for unknown sites with a lookup that is answered
// here by recorded responses, never the network.
import path from 'node:path';
import { fixture } from '../fixtures/fixtures';
import { expect, test } from './extension-fixture';
import { inBackstoryRoot } from '../../scripts/lib/backstory-root';

const recorded = (name: string) => path.join(import.meta.dirname, 'recorded', name);

test("the seed at its real URL: Global Research with its sourced facts and ratings, Sott.net as the original, and the site's own word", async ({ openFixture, openPanelFor }) => {
  const page = await openFixture(fixture('seed-globalresearch'));
  const panel = await openPanelFor(page);
  const profile = panel.getByTestId('outlet-section').getByTestId('outlet-profile').first();
  await expect(profile.getByTestId('outlet-name')).toHaveText('Global Research');
  await expect(profile.getByTestId('outlet-organization')).toContainText('Centre for Research on Globalization');
  await expect(profile.getByTestId('outlet-country')).toContainText('Canada');
  await expect(profile.getByTestId('outlet-founded')).toContainText('2001');
  const assessments = profile.getByTestId('outlet-assessments');
  await expect(assessments).toContainText(/perennial sources list \(2019\)/i);
  await expect(assessments).toContainText(/generally unreliable/i);
  // Every fact names its source, and the sources' credit lines are at hand.
  await expect(profile.getByTestId('outlet-organization')).toContainText(/from /i);
  await expect(profile.getByTestId('outlet-credits')).toContainText('CC BY-SA 4.0');

  // What the site says about itself, apart from the independent sources.
  const says = panel.getByTestId('site-says');
  await expect(says).toContainText('The site says');
  await expect(says.getByTestId('site-says-name')).toContainText('Global Research');
  await expect(says.getByTestId('site-says-about')).toContainText('globalresearch.ca/about');

  const original = panel.getByTestId('original-outlet');
  await expect(original).toContainText('Sott.net');
  await expect(original.getByTestId('outlet-country')).toContainText('United States');
  await expect(original.getByTestId('assessments-none')).toBeVisible();
});

test('a page of an outlet known only from the open data shows its sourced facts and what the site says', async ({ openFixture, openPanelFor }) => {
  const page = await openFixture(fixture('local-open-data'));
  const panel = await openPanelFor(page);
  const profile = panel.getByTestId('outlet-section').getByTestId('outlet-profile').first();
  await expect(profile.getByTestId('outlet-name')).toHaveText('Hull Daily Mail');
  await expect(profile.getByTestId('outlet-country')).toContainText('United Kingdom from Wikidata (2023)');
  await expect(profile.getByTestId('outlet-founded')).toContainText('1885');
  await expect(profile.getByTestId('outlet-owner')).toContainText('Reach plc');
  await expect(profile.getByTestId('outlet-type')).toContainText('Newspaper');
  await expect(profile.getByRole('link', { name: 'Wikidata' }).first()).toHaveAttribute('href', 'https://www.wikidata.org/wiki/Q5935900');
  const says = panel.getByTestId('site-says');
  await expect(says.getByTestId('site-says-same-as')).toContainText('Wikidata Q5935900');
  await expect(says.getByTestId('site-says-policies')).toContainText('Corrections policy');
  await expect(says.getByTestId('site-says-parent')).toContainText('Reach plc');
});

test('the sources the long-form article cites, by outlet, and a card over a cited link that leaves the link as it was', async ({ openFixture, openPanelFor }) => {
  const page = await openFixture(fixture('longform-feature'));
  const panel = await openPanelFor(page);
  const cited = panel.getByTestId('cited-sources');
  const outlets = cited.getByTestId('cited-outlet');
  await expect(outlets.first()).toBeVisible();
  const domains = await outlets.evaluateAll((els) => els.map((el) => el.getAttribute('data-domain')));
  expect(domains).toEqual(expect.arrayContaining(['reuters.com', 'who.int', 'ons.gov.uk', 'nrdc.org', 'worldweatherattribution.org']));
  expect(domains).not.toContain('meridianreview.org');
  const reuters = cited.locator('[data-domain="reuters.com"]');
  await expect(reuters.getByTestId('cited-name')).toHaveText('Reuters');
  await expect(reuters.getByTestId('cited-kind')).toContainText('Wire service');
  await expect(reuters.getByTestId('cited-rating').first()).toContainText("Wikipedia's perennial sources list");

  const link = page.locator('a[href^="https://www.reuters.com/"]').first();
  const before = await link.evaluate((a) => a.outerHTML);
  await link.hover();
  const card = await inBackstoryRoot(page, 'backstory-card');
  await expect(card).toHaveAttribute('data-kind', 'link');
  await expect(card.getByTestId('card-title')).toHaveText('Reuters');
  await expect(card.getByTestId('card-link-kind')).toContainText('Wire service');
  await expect(card.getByTestId('card-link-ratings')).toContainText("Wikipedia's perennial sources list");
  expect(await link.evaluate((a) => a.outerHTML)).toBe(before);
});

test('an unknown outlet is "not in the directory", calmly, and the lookup works', async ({ ext, openFixture, openPanelFor }) => {
  const requests: string[] = [];
  await ext.context.route('https://query.wikidata.org/**', (route) => {
    requests.push(route.request().url());
    return route.fulfill({ path: recorded('wikidata-wirenewsdaily.json'), contentType: 'application/sparql-results+json' });
  });
  await ext.context.route('https://en.wikipedia.org/api/rest_v1/page/summary/**', (route) =>
    route.fulfill({ path: recorded('wikipedia-wirenewsdaily.json'), contentType: 'application/json' }),
  );
  try {
    const page = await openFixture(fixture('wire-story'));
    const panel = await openPanelFor(page);
    const unknown = panel.getByTestId('outlet-unknown');
    await expect(unknown).toContainText('wirenewsdaily.com is not in Backstory');
    // Nothing is looked up until the reader asks.
    await page.waitForTimeout(500);
    expect(requests).toEqual([]);
    await unknown.getByTestId('outlet-lookup').click();
    const found = panel.getByTestId('outlet-looked-up');
    await expect(found).toBeVisible();
    await expect(found).toContainText('Wire News Daily');
    await expect(found).toContainText('United States');
    await expect(found).toContainText('2009');
    await expect(found).toContainText(/Wikidata/);
    expect(requests.length).toBe(1);
  } finally {
    await ext.context.unroute('https://query.wikidata.org/**');
    await ext.context.unroute('https://en.wikipedia.org/api/rest_v1/page/summary/**');
  }
});

test('the reader’s note on an outlet is kept and shown as theirs', async ({ openFixture, openPanelFor }) => {
  const page = await openFixture(fixture('seed-globalresearch'));
  const panel = await openPanelFor(page);
  await panel.getByTestId('outlet-note-add').click();
  await panel.getByTestId('outlet-note-text').fill('Our desk treats this as a secondary source only.');
  await panel.getByTestId('outlet-note-save').click();
  await expect(panel.getByTestId('outlet-note').first()).toContainText('Our desk treats this as a secondary source only.');
  await panel.reload();
  await expect(panel.getByTestId('outlet-note').first()).toContainText('Our desk treats this as a secondary source only.');
});

test('the toolbar badge hints at the outlet’s standing on article pages only', async ({ ext, openFixture }) => {
  const page = await openFixture(fixture('seed-globalresearch'));
  const tabId = await ext.serviceWorker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
  await expect
    .poll(() => ext.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id! }), tabId))
    .not.toBe('');
  const home = await openFixture(fixture('home-page'));
  const homeTab = await ext.serviceWorker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, home.url());
  await home.waitForTimeout(800);
  expect(await ext.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id! }), homeTab)).toBe('');
});

test('a reader’s imported list shows up as assessments by the list, and can be removed', async ({ ext, openFixture, openPanelFor }) => {
  const page = await openFixture(fixture('seed-globalresearch'));
  const panel = await openPanelFor(page);
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByTestId('reader-list-import').setInputFiles({
    name: 'Newsroom list.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('domain,reliability,bias,note\nhttps://www.globalresearch.ca/,avoid,,"conspiracy, per desk"\nnot a domain,x,,\n'),
  });
  await expect(options.getByTestId('reader-list-report')).toContainText('1');
  await expect(options.getByTestId('reader-list-skipped')).toBeVisible();
  const mine = panel.getByTestId('outlet-section').getByTestId('assessment-reader');
  await expect(mine).toContainText('Avoid');
  await expect(mine).toContainText('Newsroom list');

  // A malformed file is refused and changes nothing.
  await options.getByTestId('reader-list-import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{nope') });
  await expect(options.getByText(/Nothing was changed/)).toBeVisible();
  await expect(options.getByTestId('reader-list')).toHaveCount(1);

  await options.getByTestId('reader-list-remove').click();
  await expect(options.getByTestId('reader-list')).toHaveCount(0);
  await expect(mine).toHaveCount(0);
  await options.close();
});
