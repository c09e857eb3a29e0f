// The Outlet section: who runs the site, with every fact's source; the original outlet of a
// cross-post; a calm "not in the directory" for unknown sites with a lookup that is answered
// here by recorded responses, never the network.
import path from 'node:path';
import { fixture } from '../fixtures/fixtures';
import { expect, test } from './extension-fixture';

const recorded = (name: string) => path.join(import.meta.dirname, 'recorded', name);

test('the seed at its real URL: Global Research, its organization, country, founding year and assessments, and Sott.net as the original', async ({ openFixture, openPanelFor }) => {
  const page = await openFixture(fixture('seed-globalresearch'));
  const panel = await openPanelFor(page);
  const profile = panel.getByTestId('outlet-section').getByTestId('outlet-profile').first();
  await expect(profile.getByTestId('outlet-name')).toHaveText('Global Research');
  await expect(profile.getByTestId('outlet-organization')).toContainText('Centre for Research on Globalization');
  await expect(profile.getByTestId('outlet-country')).toContainText('Canada');
  await expect(profile.getByTestId('outlet-founded')).toContainText('2001');
  const assessments = profile.getByTestId('outlet-assessments');
  await expect(assessments).toContainText(/perennial sources/i);
  await expect(assessments).toContainText(/deprecated/i);
  // Every fact names its source.
  await expect(profile.getByTestId('outlet-organization')).toContainText(/from /i);

  const original = panel.getByTestId('original-outlet');
  await expect(original).toContainText('Sott.net');
  await expect(original.getByTestId('outlet-country')).toContainText('United States');
  await expect(original.getByTestId('assessment').first()).toBeVisible();
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
