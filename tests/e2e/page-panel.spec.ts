// What a reader sees in the side panel's Page section, on every kind of fixture page.
import { readFileSync } from 'node:fs';
import { fixture, fixturePath, fixtures } from '../fixtures/fixtures';
import { expect, test } from './extension-fixture';

const articles = fixtures.filter((f) => f.kind === 'article' && !f.arrivesLate);

test('the seed cross-post: title, author, outlet, date and original source', async ({ openFixture, openPanelFor }) => {
  const seed = fixture('seed-globalresearch');
  const page = await openFixture(seed);
  const panel = await openPanelFor(page);
  await expect(panel.getByTestId('page-title')).toHaveText(seed.expect!.title);
  await expect(panel.getByTestId('page-authors')).toContainText('Joe Quinn');
  await expect(panel.getByTestId('page-site')).toContainText('Global Research');
  await expect(panel.getByTestId('page-published')).toContainText(/September 10, 2017|10 September 2017/);
  await expect(panel.getByTestId('page-published').locator('time')).toHaveAttribute('datetime', /^2017-09-10/);
  await expect(panel.getByTestId('original-source')).toContainText('The original source of this article is Sott.net');
  await expect(panel.getByTestId('page-words')).toContainText(/\d{3,} words/);
  await expect(panel.getByTestId('page-lang')).toContainText('English');
});

for (const article of articles) {
  test(`article fixture ${article.name} is read as an article with its metadata`, async ({ openFixture, openPanelFor }) => {
    const page = await openFixture(article);
    const panel = await openPanelFor(page);
    const expected = article.expect!;
    await expect(panel.getByTestId('page-title')).toHaveText(expected.title);
    if (expected.authors.length) {
      for (const author of expected.authors) await expect(panel.getByTestId('page-authors')).toContainText(author);
    }
    if (expected.siteName) await expect(panel.getByTestId('page-site')).toContainText(expected.siteName);
    if (expected.originalSource) await expect(panel.getByTestId('original-source')).toContainText(expected.originalSource);
  });
}

test('an article whose body arrives after load is found once it arrives', async ({ openFixture, openPanelFor }) => {
  const late = fixtures.find((f) => f.arrivesLate)!;
  const page = await openFixture(late);
  const panel = await openPanelFor(page);
  // At load the page is an app shell with a generic <title>; the article's own title and a
  // full word count show that the snapshot was taken after the body arrived.
  await expect(panel.getByTestId('page-title')).toHaveText(late.expect!.title, { timeout: 15_000 });
  await expect(panel.getByTestId('page-words')).toContainText(/\d{3,} words/);
  await expect(panel.getByTestId('page-authors')).toContainText(late.expect!.authors[0]);
});

test('a single-page site that navigates away from and back to an article is followed', async ({ openFixture, openPanelFor }) => {
  const seed = fixture('seed-globalresearch');
  const page = await openFixture(seed);
  const panel = await openPanelFor(page);
  await expect(panel.getByTestId('page-title')).toHaveText(seed.expect!.title);
  // The site swaps its view for a listing page without a reload, as SPAs do.
  await page.evaluate(() => {
    (window as unknown as { __article: Node }).__article = document.body.cloneNode(true);
    history.pushState({}, '', '/latest');
    document.body.replaceChildren();
    const list = document.createElement('ul');
    for (let i = 0; i < 30; i++) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `/story-${i}`;
      a.textContent = `Headline number ${i}`;
      li.append(a);
      list.append(li);
    }
    document.body.append(list);
    document.title = 'Latest — Global Research';
  });
  await expect(panel.getByTestId('state-not-article')).toBeVisible({ timeout: 15_000 });
  await page.evaluate(() => {
    history.pushState({}, '', '/as-russia-liberates-syria-from-isis-america-saves-isis-from-russia-and-western-media-ignores-it-all/5608577');
    document.body.replaceWith((window as unknown as { __article: Node }).__article);
  });
  await expect(panel.getByTestId('page-title')).toHaveText(seed.expect!.title, { timeout: 15_000 });
});

test('a browser page says Backstory cannot read it', async ({ ext, openPanelFor }) => {
  const page = await ext.context.newPage();
  await page.goto('about:blank');
  const panel = await openPanelFor(page);
  await expect(panel.getByTestId('state-restricted')).toContainText("Backstory can't read this page");
  await page.close();
});

test("markup and script in a page's metadata are shown as text, never run or linked", async ({ openFixture, openPanelFor }) => {
  const hostile = fixture('hostile-article');
  const page = await openFixture(hostile);
  const panel = await openPanelFor(page);
  await expect(panel.getByTestId('page-title')).toHaveText(hostile.expect!.title);
  await expect(panel.getByTestId('page-site')).toContainText('<script>window.__pwned=2</script>');
  await expect(panel.getByTestId('original-source')).toContainText('Riverside Civic Wire');
  expect(await panel.locator('main img, main svg, main script, main b').count()).toBe(0);
  expect(await panel.locator('a[href^="javascript:" i]').count()).toBe(0);
  expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the side panel follows the active tab of its window', async ({ ext, openFixture }) => {
  const seed = fixture('seed-globalresearch');
  const home = fixture('home-page');
  const article = await openFixture(seed);
  const listing = await openFixture(home);
  // Without ?tab= the panel follows whichever tab is active in its window.
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await article.bringToFront();
  await expect(panel.getByTestId('page-title')).toHaveText(seed.expect!.title);
  await listing.bringToFront();
  await expect(panel.getByTestId('state-not-article')).toBeVisible();
  await article.bringToFront();
  await expect(panel.getByTestId('page-title')).toHaveText(seed.expect!.title);
  await panel.close();
});

test("the database lives in the extension's origin, never in the page's", async ({ ext, openFixture, openPanelFor }) => {
  const seed = fixture('seed-globalresearch');
  const page = await openFixture(seed);
  const panel = await openPanelFor(page);
  await expect(panel.getByTestId('page-title')).toHaveText(seed.expect!.title); // the visit was recorded
  const inPage = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  const inExtension = await ext.serviceWorker.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(inPage).not.toContain('backstory');
  expect(inExtension).toContain('backstory');
});

test('"Check again" finds an article that arrived after Backstory stopped watching', async ({ openFixture, openPanelFor }) => {
  const seed = fixture('seed-globalresearch');
  const page = await openFixture(fixture('product-page'));
  const panel = await openPanelFor(page);
  await expect(panel.getByTestId('state-not-article')).toBeVisible();
  // A busy page: more bursts of DOM changes than the content script re-checks for.
  for (let i = 0; i < 10; i++) {
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForTimeout(500);
  }
  // Now the page turns into an article; nobody is watching any more.
  const html = readFileSync(fixturePath(seed.name), 'utf8');
  await page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    document.documentElement.replaceChildren(...[...parsed.documentElement.childNodes].map((n) => document.adoptNode(n)));
  }, html);
  await page.waitForTimeout(1_000);
  await expect(panel.getByTestId('state-not-article')).toBeVisible();
  await panel.getByRole('button', { name: 'Check again' }).click();
  await expect(panel.getByTestId('page-title')).toHaveText(seed.expect!.title);
});
