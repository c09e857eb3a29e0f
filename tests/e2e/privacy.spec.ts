// What PRIVACY.md promises, checked in the browser: with default settings reading pages sends
// nothing anywhere; a lookup goes out only when the reader presses Look up, says who is asking
// (Api-User-Agent, as Wikimedia asks) and is answered here, never by the real network; and the
// page's own scripts cannot read a note's text even while its card is open over the page.
// A browser of its own: a fresh profile is what "default settings" means.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import { fixture, fixtures, fixturesDir } from '../fixtures/fixtures';
import { inBackstoryRoot } from '../../scripts/lib/backstory-root';
import { highlightsIn, launchWithExtension, openPanelTab, servePages, tabIdFor, type ExtensionBrowser } from '../../scripts/lib/browser';
import { expect, test } from '@playwright/test';
import { hover } from './highlight-points';
import { select } from './select-passage';

const seed = fixture('seed-globalresearch');
const NOTE = 'Private thought 7f3a: ask Lena before quoting this';
const PASSAGE = 'Several European intelligence agencies also claimed that Al-Shimali was involved in the November 2015 Paris attacks.';

let ext: ExtensionBrowser;
const served = new Set(fixtures.map((f) => f.url));

interface Seen {
  url: string;
  method: string;
  from: 'service worker' | 'extension page' | 'web page';
  navigation: boolean;
  headers: Record<string, string>;
}
const seen: Seen[] = [];

function record(request: Request): void {
  const url = request.url();
  if (!/^(https?|wss?):/i.test(url)) return; // the extension's own files and data: URLs stay in the browser
  let from: Seen['from'] = 'web page';
  if (request.serviceWorker()) from = 'service worker';
  else {
    try {
      if (request.frame().url().startsWith('chrome-extension://')) from = 'extension page';
    } catch {
      from = 'service worker'; // no frame: a worker's request
    }
  }
  seen.push({ url, method: request.method(), from, navigation: request.isNavigationRequest(), headers: request.headers() });
}

/** The HTML of each served page: what it names (its manifest, an image) is the page's to load. */
const markup = new Map(fixtures.map((f) => [new URL(f.url).origin, readFileSync(path.join(fixturesDir, f.file), 'utf8')]));

/** The web page's own loading: the page the reader opened, and what its HTML names. */
function pagesOwn(r: Seen): boolean {
  if (r.from !== 'web page') return false;
  if (r.navigation) return served.has(r.url);
  const url = new URL(r.url);
  const html = markup.get(url.origin);
  return !!html && url.pathname.length > 1 && (html.includes(`"${url.pathname}"`) || html.includes(`"${r.url}"`));
}

/** What left, apart from the browser loading the pages the reader opened. */
const sentByBackstory = () => seen.filter((r) => !pagesOwn(r));

test.beforeAll(async () => {
  ext = await launchWithExtension();
  ext.context.on('request', record);
  await servePages(ext.context, fixtures.map((f) => ({ url: f.url, file: path.join(fixturesDir, f.file) })));
});

test.afterAll(async () => {
  await ext?.close();
});

test.beforeEach(() => {
  seen.length = 0;
});

test('the recorder sees what the service worker, an extension page and a web page send', async () => {
  // Without this, "nothing was sent" could mean "nothing was seen".
  const page = await ext.context.newPage();
  await page.goto(fixture('home-page').url);
  const panel = await openPanelTab(ext, await tabIdFor(ext.serviceWorker, page.url()));
  await ext.serviceWorker.evaluate(() => fetch('https://probe.invalid/from-worker').catch(() => null));
  await panel.evaluate(() => fetch('https://probe.invalid/from-panel').catch(() => null));
  await page.evaluate(() => fetch('https://probe.invalid/from-page').catch(() => null));
  await expect
    .poll(() => sentByBackstory().map((r) => `${r.from} ${r.url}`).sort())
    .toEqual([
      'extension page https://probe.invalid/from-panel',
      'service worker https://probe.invalid/from-worker',
      'web page https://probe.invalid/from-page',
    ]);
  await Promise.all([page.close(), panel.close()]);
});

test('with default settings, reading every fixture and opening its panel sends nothing', async () => {
  test.setTimeout(180_000);
  // The worker's own record of its fetches starts now (the recorder's check made one).
  await ext.serviceWorker.evaluate(() => performance.clearResourceTimings());
  for (const f of fixtures) {
    const page = await ext.context.newPage();
    await page.goto(f.url, { waitUntil: 'load' });
    const panel = await openPanelTab(ext, await tabIdFor(ext.serviceWorker, page.url()));
    if (f.kind === 'article') {
      await expect(panel.getByTestId('page-title'), f.name).toBeVisible({ timeout: 15_000 });
      await expect(panel.getByTestId('analysis'), f.name).toBeVisible({ timeout: 15_000 });
      await expect(panel.getByTestId('outlet-section'), f.name).toBeVisible();
    } else {
      await expect(panel.getByTestId('state-not-article'), f.name).toBeVisible({ timeout: 15_000 });
    }
    // A card open over a name, as a reader would hover one: its Look up waits for a press.
    const h = await highlightsIn(page);
    const name = h['backstory-person']?.[0] ?? h['backstory-organization']?.[0];
    if (name) {
      await hover(page, h['backstory-person']?.[0] ? 'backstory-person' : 'backstory-organization', name);
      await page.waitForTimeout(300);
    }
    await Promise.all([page.close(), panel.close()]);
  }
  // Late work (analysis, outlet files, the database) has had time to run.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(sentByBackstory()).toEqual([]);
  // The pages' own loading was seen, so the recorder was on.
  expect(seen.filter(pagesOwn).length).toBeGreaterThanOrEqual(fixtures.length);
  // The worker's own account of what it fetched says the same (Resource Timing).
  const fetched = await ext.serviceWorker.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /^(https?|wss?):/i.test(n)),
  );
  expect(fetched).toEqual([]);
});

test('a name’s lookup goes out only when the reader presses Look up, and says who is asking', async () => {
  const asked: { url: string; headers: Record<string, string>; fromWorker: boolean }[] = [];
  await ext.context.route('https://en.wikipedia.org/**', (route) => {
    asked.push({ url: route.request().url(), headers: route.request().headers(), fromWorker: !!route.request().serviceWorker() });
    return route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        type: 'standard',
        title: 'Gulmurod Khalimov',
        description: 'Tajik military officer',
        extract: 'Gulmurod Khalimov was a Tajik colonel who commanded the OMON police special forces of Tajikistan.',
        content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/Gulmurod_Khalimov' } },
      }),
    });
  });
  try {
    const page = await ext.context.newPage();
    await page.goto(seed.url, { waitUntil: 'load' });
    await expect.poll(async () => (await highlightsIn(page))['backstory-person']?.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    await hover(page, 'backstory-person', 'Khalimov');
    const card = await inBackstoryRoot(page, 'backstory-card');
    await expect(card.getByTestId('card-lookup')).toBeVisible();
    await page.waitForTimeout(500);
    expect(asked).toEqual([]);
    expect(sentByBackstory()).toEqual([]);

    await card.getByTestId('card-lookup').click();
    await expect(card.getByTestId('card-summary')).toContainText('Tajik colonel');
    expect(asked).toHaveLength(1);
    expect(asked[0].url).toMatch(/^https:\/\/en\.wikipedia\.org\/api\/rest_v1\/page\/summary\/Gulmurod_Khalimov/);
    // Sent by the extension (its service worker), not by the page, and it names Backstory.
    expect(asked[0].fromWorker).toBe(true);
    expect(asked[0].headers['api-user-agent']).toMatch(/^Backstory\/\d/);
    // Nothing else went out with it.
    expect(sentByBackstory().map((r) => r.url)).toEqual([asked[0].url]);
    await page.close();
  } finally {
    await ext.context.unroute('https://en.wikipedia.org/**');
  }
});

test('an unknown outlet is looked up only when the reader asks, with Api-User-Agent', async () => {
  const asked: { url: string; headers: Record<string, string> }[] = [];
  const answer = (file: string, contentType: string) => (route: import('@playwright/test').Route) => {
    asked.push({ url: route.request().url(), headers: route.request().headers() });
    return route.fulfill({ path: path.join(import.meta.dirname, 'recorded', file), contentType });
  };
  await ext.context.route('https://query.wikidata.org/**', answer('wikidata-wirenewsdaily.json', 'application/sparql-results+json'));
  await ext.context.route('https://en.wikipedia.org/**', answer('wikipedia-wirenewsdaily.json', 'application/json'));
  try {
    const page = await ext.context.newPage();
    await page.goto(fixture('wire-story').url, { waitUntil: 'load' });
    const panel = await openPanelTab(ext, await tabIdFor(ext.serviceWorker, page.url()));
    const unknown = panel.getByTestId('outlet-unknown');
    await expect(unknown).toContainText('wirenewsdaily.com is not in Backstory');
    await page.waitForTimeout(500);
    expect(asked).toEqual([]);
    await unknown.getByTestId('outlet-lookup').click();
    await expect(panel.getByTestId('outlet-looked-up')).toContainText('Wire News Daily');
    expect(asked.length).toBeGreaterThan(0);
    for (const request of asked) expect(request.headers['api-user-agent']).toMatch(/^Backstory\/\d/);
    // Only the site's domain is asked about, never the page's address.
    for (const request of asked) expect(decodeURIComponent(request.url)).not.toContain('/article/');
    await Promise.all([page.close(), panel.close()]);
  } finally {
    await ext.context.unroute('https://query.wikidata.org/**');
    await ext.context.unroute('https://en.wikipedia.org/**');
  }
});

/**
 * Before the page's own scripts: a page that wants to read Backstory's UI hooks attachShadow to
 * keep every shadow root made (open or closed) and watches every node added to the document.
 */
async function spyAsThePage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __roots: ShadowRoot[]; __added: string[] };
    w.__roots = [];
    w.__added = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      w.__roots.push(root);
      return root;
    };
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) w.__added.push(n.textContent ?? '');
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

/** Everything the page's scripts can reach of the document, as text. */
function whatThePageCanRead(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __roots: ShadowRoot[]; __added: string[] };
    const texts: string[] = [document.documentElement.outerHTML, document.body.innerText];
    // Every text node, also inside any open shadow root the page can reach.
    const visit = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeType === Node.TEXT_NODE) texts.push(n.textContent ?? '');
        else if ((n as Element).shadowRoot) visit((n as Element).shadowRoot!);
      }
    };
    visit(document);
    for (const root of w.__roots) texts.push(root.innerHTML);
    texts.push(...w.__added);
    const host = document.querySelector('backstory-root');
    return {
      hostFound: !!host,
      hostShadowRoot: host ? host.shadowRoot : 'no host',
      elementsUnderHost: host ? host.querySelectorAll('*').length : -1,
      hostText: host?.textContent ?? '',
      rootsCaught: w.__roots.length,
      text: texts.join('\n'),
      selection: getSelection()?.toString() ?? '',
    };
  });
}

test('the page’s scripts cannot read a note’s text, even with its card open', async () => {
  // The reader writes a note in the panel (an extension page, not the web page).
  const writing = await ext.context.newPage();
  await writing.goto(seed.url, { waitUntil: 'load' });
  await expect.poll(async () => (await highlightsIn(writing))['backstory-claim']?.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
  const panel = await openPanelTab(ext, await tabIdFor(ext.serviceWorker, writing.url()));
  await select(writing, PASSAGE);
  await (await inBackstoryRoot(writing, 'backstory-note-button')).click();
  await panel.getByTestId('note-editor').fill(NOTE);
  await panel.getByTestId('note-save').click();
  await expect(panel.getByTestId('note-item')).toContainText(NOTE);
  await writing.close();

  // Later the page is opened again by a page that spies on everything it can.
  const page = await ext.context.newPage();
  await spyAsThePage(page);
  await page.goto(seed.url, { waitUntil: 'load' });
  await expect.poll(async () => (await highlightsIn(page))['backstory-note'] ?? [], { timeout: 15_000 }).toEqual([PASSAGE]);
  await hover(page, 'backstory-note', PASSAGE);
  await page.waitForTimeout(500);

  const seenByPage = await whatThePageCanRead(page);
  expect(seenByPage.hostFound).toBe(true);
  expect(seenByPage.hostShadowRoot).toBeNull(); // closed
  expect(seenByPage.elementsUnderHost).toBe(0);
  expect(seenByPage.rootsCaught).toBe(0); // Backstory's attachShadow is its own world's, not the page's
  expect(seenByPage.text).not.toContain('Private thought 7f3a');
  expect(seenByPage.text).not.toContain('ask Lena');

  // And yet the card is there, showing the note to the reader (so the checks above looked at it).
  const card = await inBackstoryRoot(page, 'backstory-card');
  await expect(card.getByTestId('card-note-body')).toContainText(NOTE);
  await Promise.all([page.close(), panel.close()]);
});
