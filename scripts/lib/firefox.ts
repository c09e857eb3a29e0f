// Launching Firefox with the built add-on through WebDriver BiDi (puppeteer-core), and serving
// fixture pages at their real URLs. The Firefox twin of browser.ts, for the Firefox tests.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { projectRoot, type ServedPage } from './browser';

export const firefoxExtensionDir = path.join(projectRoot, '.output', 'firefox-mv2');
/** The add-on's id (wxt.config.ts) and the moz-extension:// host we give it. */
export const ADDON_ID = 'backstory@backstory.invalid';
export const ADDON_UUID = '6c3e1a52-8d2f-4b7e-9c51-0f3a2b7d4e10';
/** A test-only helper add-on that opens Backstory's panel page in a tab (BiDi may not navigate there). */
const panelOpenerDir = path.join(projectRoot, 'tests', 'e2e-firefox', 'panel-opener');

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox to drive: $FIREFOX_PATH, else Debian's firefox-esr or a system Firefox. */
export function firefoxPath(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('No Firefox found. Install it (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH.');
  return found;
}

export interface FirefoxWithAddon {
  browser: Browser;
  /** Lines Firefox printed (console messages of pages and of the add-on, script errors and warnings). */
  log: string[];
  /** Log lines that name the add-on's own scripts or its "Backstory:" messages. */
  addonProblems(): string[];
  close(): Promise<void>;
}

/** A fresh profile with the built add-on installed (run `npm run build:firefox` first). */
export async function launchFirefoxWithAddon(options: { headless?: boolean } = {}): Promise<FirefoxWithAddon> {
  if (!existsSync(path.join(firefoxExtensionDir, 'manifest.json'))) {
    throw new Error(`No built add-on at ${firefoxExtensionDir}: run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Console messages and script errors of pages and add-ons to the terminal, where we read them.
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
      // Nothing from the browser itself goes to the network during tests.
      'app.normandy.enabled': false,
      'services.settings.server': 'http://127.0.0.1:9/',
      'network.connectivity-service.enabled': false,
      'browser.region.network.url': '',
      'extensions.getAddons.cache.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  const log: string[] = [];
  const proc = browser.process();
  for (const stream of [proc?.stdout, proc?.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => log.push(...chunk.split('\n').filter((l) => l.trim())));
  }
  await browser.installExtension(firefoxExtensionDir);
  await browser.installExtension(panelOpenerDir);
  return {
    browser,
    log,
    addonProblems: () =>
      log.filter((l) => (l.includes(`moz-extension://${ADDON_UUID}/`) && /error|warning|timeout/i.test(l)) || /Backstory: .*(?:failed|refused)/.test(l)),
    async close() {
      await browser.close();
    },
  };
}

/**
 * Opens a tab whose requests for the given URLs are answered with local files, so a page's
 * address is its real one; every other web request gets a 404 (the tests never touch the network).
 */
export async function openServed(browser: Browser, pages: ServedPage[]): Promise<Page> {
  const byUrl = new Map(pages.map((p) => [withoutHash(p.url), p.file]));
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return void request.continue();
    const file = byUrl.get(withoutHash(url));
    if (!file) return void request.respond({ status: 404, contentType: 'text/plain', body: 'not served in tests' });
    return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
  });
  return page;
}

function withoutHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.toString();
}

/** Backstory's highlights in `page`: registry name → the text of each range, in order. */
export function highlightsIn(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('backstory-')) return;
      const ranges: Range[] = [];
      highlight.forEach((r) => void ranges.push(r as Range));
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      out[name] = ranges.map((r) => r.toString().replace(/\s+/g, ' ').trim());
    });
    return out;
  });
}

/**
 * Opens Backstory's panel page in a tab following the tab that shows `page`, the way its pop-out
 * button does, through the test helper add-on; resolves to the panel's Page.
 */
export async function openPanelFor(browser: Browser, page: Page): Promise<Page> {
  const before = new Set(await browser.pages());
  await page.evaluate(
    (url) => window.dispatchEvent(new CustomEvent('backstory-test-open-panel', { detail: url })),
    `moz-extension://${ADDON_UUID}/sidepanel.html`,
  );
  for (let i = 0; i < 100; i++) {
    // BiDi reports the new tab's address late (about:blank at first): ask the document itself.
    for (const candidate of await browser.pages()) {
      if (before.has(candidate)) continue;
      const url = await candidate.evaluate(() => document.URL).catch(() => '');
      if (url.startsWith(`moz-extension://${ADDON_UUID}/sidepanel.html`)) return candidate;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the panel tab did not open');
}

/** Polls `read` until `accept` holds (or throws with the last value after `timeoutMs`). */
export async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() > end) throw new Error(`gave up waiting; last value: ${JSON.stringify(last).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
    last = await read();
  }
  return last;
}
