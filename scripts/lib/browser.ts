// Launching Chromium with the built extension, and serving our fixture pages at their real
// URLs. Shared by the browser tests, the demo and the benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');
export const extensionDir = path.join(projectRoot, '.output', 'chrome-mv3');
/** The bench build (`wxt build --mode bench`): the shipped code plus the handle the bench reads. */
export const benchExtensionDir = path.join(projectRoot, '.output', 'chrome-mv3-bench');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium or a system Chrome. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chrome/Chromium binary.',
    );
  }
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/** A fresh Chromium profile with `extensionPath` loaded, or no extension at all (null). */
export async function launchProfile(extensionPath: string | null, options: { headless?: boolean } = {}): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (extensionPath && !existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No extension at ${extensionPath}${extensionPath === extensionDir ? ': run `npm run build` first.' : ''}`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'backstory-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(extensionPath ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh profile with the built extension loaded (run `npm run build` first). */
export async function launchWithExtension(options: { headless?: boolean; extensionPath?: string } = {}): Promise<ExtensionBrowser> {
  const { context, close } = await launchProfile(options.extensionPath ?? extensionDir, options);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  await countContentRequests(serviceWorker);
  return { context, extensionId, serviceWorker, close };
}

export interface ServedPage {
  url: string;
  /** Absolute path of the file to answer with (its bytes are sent as they are). */
  file: string;
  /** Content-Type to send; HTML in UTF-8 unless given (e.g. 'text/html; charset=Shift_JIS', 'text/css'). */
  contentType?: string;
  /** Further response headers, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
}

/**
 * Answers requests for the given URLs with local files, so a page's address is its real one
 * (https://www.globalresearch.ca/...), never localhost. Everything else is refused: the tests
 * never touch the network.
 */
export async function servePages(context: BrowserContext, pages: ServedPage[], options: { passThrough?: string[] } = {}): Promise<void> {
  const byUrl = new Map(pages.map((p) => [withoutHash(p.url), p]));
  // Origins the tests run servers on (the sync tests' CouchDB): requests there go through.
  const through = new Set(options.passThrough ?? []);
  // Only web requests: the extension's own chrome-extension:// pages must load untouched.
  const isWeb = (url: URL) => url.protocol === 'http:' || url.protocol === 'https:';
  await context.route(isWeb, async (route) => {
    if (through.has(new URL(route.request().url()).origin)) return route.continue();
    const page = byUrl.get(withoutHash(route.request().url()));
    if (!page) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served in tests' });
    return route.fulfill({
      status: 200,
      contentType: page.contentType ?? 'text/html; charset=utf-8',
      headers: page.headers,
      body: readFileSync(page.file),
    });
  });
}

function withoutHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.toString();
}

/** The browser's id for the tab showing `url` (asked of the extension's service worker). */
export async function tabIdFor(serviceWorker: Worker, url: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (wanted: string) => {
    const tabs = await chrome.tabs.query({});
    // Without the `tabs` permission a tab's address is visible only on pages Backstory may read
    // (http/https); a browser page (about:blank) is the newest tab that shows none.
    const found = tabs.find((t) => t.url === wanted);
    if (found || /^https?:/.test(wanted)) return found?.id ?? null;
    return tabs.filter((t) => t.url === undefined).sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0]?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Opens the side panel as a normal tab following `tabId`, the way the pop-out does. */
export async function openPanelTab(browser: ExtensionBrowser, tabId: number, size = { width: 420, height: 900 }): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.setViewportSize(size);
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

/**
 * Starts recording every element added to `page` after its HTML was parsed, whoever adds it
 * (the page's scripts or an extension). Call before navigating; read with addedElements().
 */
export async function recordAddedElements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const added: string[] = [];
    (window as unknown as { __addedElements: string[] }).__addedElements = added;
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) added.push((n as Element).outerHTML.slice(0, 80));
    });
    // The page's own markup is not "added": start watching once the parser is done.
    document.addEventListener('DOMContentLoaded', () => observer.observe(document, { childList: true, subtree: true }));
  });
}

export function addedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __addedElements?: string[] }).__addedElements ?? []);
}

/**
 * Starts recording every change to `page` after its HTML was parsed: elements added or
 * removed, attributes and text changed. Call before navigating; read with pageChanges().
 */
export async function recordPageChanges(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const changes: string[] = [];
    (window as unknown as { __pageChanges: string[] }).__pageChanges = changes;
    const describe = (n: Node) => (n.nodeType === 1 ? `<${(n as Element).localName}>` : n.nodeName);
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'childList') {
          for (const n of r.addedNodes) changes.push(`added ${describe(n)} to ${describe(r.target)}`);
          for (const n of r.removedNodes) changes.push(`removed ${describe(n)} from ${describe(r.target)}`);
        } else if (r.type === 'attributes') changes.push(`attribute ${r.attributeName} of ${describe(r.target)}`);
        else changes.push(`text of ${describe(r.target.parentNode ?? r.target)}`);
      }
    });
    // The parser's work is the page itself: start watching once it is done.
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true }),
    );
  });
}

export function pageChanges(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __pageChanges?: string[] }).__pageChanges ?? []);
}

/** Backstory's highlights in `page`: registry name → the text of each range, in order. */
export function highlightsIn(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      const ranges = [...(highlight as Highlight)] as Range[];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      out[name] = ranges.map((r) => r.toString().replace(/\s+/g, ' ').trim());
    }
    return out;
  });
}

/**
 * Has the service worker count the messages content scripts send it, per tab: a listener of the
 * harness's own, beside Backstory's (it answers nothing). Lost if the worker is restarted.
 */
async function countContentRequests(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __requestsByTab?: Map<number, number> };
    if (g.__requestsByTab) return;
    const counts = (g.__requestsByTab = new Map<number, number>());
    chrome.runtime.onMessage.addListener((_message, sender) => {
      const id = sender.tab?.id;
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
      return undefined;
    });
  });
}

/** How many messages the background received from the content script in `tabId`. */
export function reportsFromTab(ext: ExtensionBrowser, tabId: number): Promise<number> {
  return ext.serviceWorker.evaluate(
    (id) => (globalThis as unknown as { __requestsByTab: Map<number, number> }).__requestsByTab.get(id) ?? 0,
    tabId,
  );
}

/** The rows of one table of Backstory's database, read in the service worker (or the table cleared). */
export function databaseTable(ext: ExtensionBrowser, table: string, action: 'read' | 'clear' = 'read'): Promise<unknown[]> {
  return ext.serviceWorker.evaluate(
    ({ table, action }) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(table, action === 'clear' ? 'readwrite' : 'readonly');
          const store = tx.objectStore(table);
          const request = action === 'clear' ? store.clear() : store.getAll();
          request.onsuccess = () => {
            db.close();
            resolve(action === 'clear' ? [] : (request.result as unknown[]));
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { table, action },
  );
}
