// The browser harness for the hostile pages: the built extension in Chromium with every hostile
// case served, and for each page opened, Backstory's errors collected wherever they surface
// (exceptions and console messages of its content scripts in the page, the service worker's
// errors and "Backstory:" warnings), the page's long tasks and elements added (page probes).
import { test as base, expect, type CDPSession, type Page } from '@playwright/test';
import { launchWithExtension, openPanelTab, servePages, tabIdFor, type ExtensionBrowser } from '../../../scripts/lib/browser';
import { installPageProbes, readPageProbes, type PageProbes } from '../../../scripts/lib/page-probes';
import { hostilePages, type HostileCase } from './cases';
import { takeWorkerErrors, watchWorkerErrors } from '../../../scripts/lib/worker-errors';

export interface OpenedCase {
  page: Page;
  /** A DevTools session on the page (Profiler, coverage, a clean world to read from). */
  cdp: CDPSession;
  /** Backstory's errors so far: in the page (content scripts) and in the service worker. */
  backstoryErrors(): Promise<string[]>;
  probes(): Promise<PageProbes>;
}

export interface HostileHelpers {
  /**
   * Opens a case's page at its address (probes and error watch installed first) and waits for
   * load; `beforeLoad` may add init scripts or DevTools listeners first.
   */
  openCase(c: HostileCase, beforeLoad?: (page: Page, cdp: CDPSession) => Promise<void>): Promise<OpenedCase>;
  /** Opens the side panel (as a tab) following `page`'s tab. */
  openPanelFor(page: Page): Promise<Page>;
}

export const test = base.extend<HostileHelpers, { ext: ExtensionBrowser }>({
  ext: [
    async ({}, use) => {
      const ext = await launchWithExtension();
      await servePages(ext.context, hostilePages());
      await watchWorkerErrors(ext);
      await use(ext);
      await ext.close();
    },
    { scope: 'worker' },
  ],
  openCase: async ({ ext }, use) => {
    const opened: Page[] = [];
    await use(async (c, beforeLoad) => {
      const page = await ext.context.newPage();
      opened.push(page);
      const { cdp, errors } = await watchPageErrors(page, ext.extensionId);
      await installPageProbes(page, ext.extensionId);
      await beforeLoad?.(page, cdp);
      await takeWorkerErrors(ext); // only this page's from now on
      await page.goto(c.url, { waitUntil: 'load' });
      return {
        page,
        cdp,
        backstoryErrors: async () => [...errors, ...(await takeWorkerErrors(ext)).map((e) => `service worker ${e}`)],
        probes: () => readPageProbes(page),
      };
    });
    await Promise.all(opened.map((p) => p.close().catch(() => undefined)));
  },
  openPanelFor: async ({ ext }, use) => {
    const opened: Page[] = [];
    await use(async (page) => {
      const panel = await openPanelTab(ext, await tabIdFor(ext.serviceWorker, page.url()));
      opened.push(panel);
      return panel;
    });
    await Promise.all(opened.map((p) => p.close().catch(() => undefined)));
  },
});

export { expect };

/** Exceptions and console errors from Backstory's scripts in `page`, and its own failure notes. */
async function watchPageErrors(page: Page, extensionId: string): Promise<{ cdp: CDPSession; errors: string[] }> {
  const errors: string[] = [];
  const ours = (s: string | undefined) => !!s && s.includes(`chrome-extension://${extensionId}/`);
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const frames = d.stackTrace?.callFrames ?? [];
    if (ours(d.url) || frames.some((f) => ours(f.url)) || ours(d.exception?.description)) {
      errors.push(`exception: ${(d.exception?.description ?? d.text).split('\n')[0]}`);
    }
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    const text = e.args.map((a) => String(a.value ?? a.description ?? '')).join(' ');
    const fromUs = (e.stackTrace?.callFrames ?? []).some((f) => ours(f.url));
    // "Backstory: detection failed on this page" is logged at debug level: it still counts.
    if ((fromUs && ['error', 'warning', 'assert'].includes(e.type)) || /^Backstory: /.test(text)) {
      errors.push(`console.${e.type}: ${text.slice(0, 300)}`);
    }
  });
  await cdp.send('Runtime.enable');
  return { cdp, errors };
}


/**
 * Runs `fn` in a fresh isolated world of the page's main frame: the page's scripts cannot have
 * touched its built-ins (Array, JSON, CSS), while the DOM and the highlight registry are the
 * page's. `fn` must be self-contained; its result must be JSON.
 */
export async function evaluateClean<T>(opened: OpenedCase, fn: string): Promise<T> {
  const { cdp } = opened;
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'hostile-test-reader' });
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `(${fn})()`,
    contextId: executionContextId,
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(`evaluateClean: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

/**
 * Evaluates `expression` in the page's own world through DevTools, which returns the value
 * without running any of the page's (possibly replaced) built-ins, unlike page.evaluate.
 */
export async function evaluateInPage<T>(opened: OpenedCase, expression: string): Promise<T> {
  const { result, exceptionDetails } = await opened.cdp.send('Runtime.evaluate', { expression, returnByValue: true });
  if (exceptionDetails) throw new Error(`evaluateInPage: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

/** Backstory's highlights (registry name → the text of each range, in page order), read from a clean world. */
export function cleanHighlights(opened: OpenedCase): Promise<Record<string, string[]>> {
  return evaluateClean(
    opened,
    `() => {
      const out = {};
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('backstory-')) continue;
        const ranges = [...highlight];
        ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
        out[name] = ranges.map((r) => r.toString().replace(/\\s+/g, ' ').trim());
      }
      return out;
    }`,
  );
}

/** Waits until Backstory has painted at least one highlight; returns them all. */
export async function paintedHighlights(opened: OpenedCase): Promise<Record<string, string[]>> {
  await expect
    .poll(async () => Object.values(await cleanHighlights(opened)).reduce((n, list) => n + list.length, 0), { timeout: 20_000 })
    .toBeGreaterThan(0);
  return cleanHighlights(opened);
}

/** Waits until `page` is read (panel shows its title) or Backstory says it stepped back. */
export async function panelOutcome(panel: Page, c: HostileCase): Promise<void> {
  if (c.outcome === 'article') {
    if (c.title) await expect(panel.getByTestId('page-title')).toHaveText(c.title, { timeout: 20_000 });
    else await expect(panel.getByTestId('page-title')).toBeVisible({ timeout: 20_000 });
    for (const author of c.authors ?? []) await expect(panel.getByTestId('page-authors')).toContainText(author);
    if (c.language) await expect(panel.getByTestId('page-lang')).toContainText(c.language);
  } else {
    await expect(panel.getByTestId('state-not-article')).toBeVisible({ timeout: 20_000 });
  }
}

/** Moves the mouse onto the first range of highlight `name` whose text includes `text` (read from a clean world). */
export async function hoverHighlight(opened: OpenedCase, name: string, text: string): Promise<void> {
  const point = await evaluateClean<{ x: number; y: number } | null>(
    opened,
    `() => {
      const highlight = CSS.highlights.get(${JSON.stringify(name)});
      const range = highlight && [...highlight].find((r) => r.toString().replace(/\\s+/g, ' ').includes(${JSON.stringify(text)}));
      if (!range) return null;
      range.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    }`,
  );
  if (!point) throw new Error(`no ${name} highlight over ${text}`);
  await opened.page.mouse.move(point.x - 5, point.y);
  await opened.page.mouse.move(point.x, point.y, { steps: 3 });
}

/** Selects `text` (inside one text node) with a drag of the mouse, as a reader would; the text is found from a clean world. */
export async function selectText(opened: OpenedCase, text: string): Promise<void> {
  const box = await evaluateClean<{ x1: number; y1: number; x2: number; y2: number } | null>(
    opened,
    `() => {
      const wanted = ${JSON.stringify(text)};
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.data.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + wanted.length);
        n.parentElement.scrollIntoView({ block: 'center' });
        const rects = [...range.getClientRects()];
        const first = rects[0];
        const last = rects[rects.length - 1];
        // A drag starts where the text starts: at the right in right-to-left text.
        const rtl = getComputedStyle(n.parentElement).direction === 'rtl';
        return {
          x1: rtl ? first.right - 1 : first.left + 1,
          y1: first.top + first.height / 2,
          x2: rtl ? last.left + 1 : last.right - 1,
          y2: last.top + last.height / 2,
        };
      }
      return null;
    }`,
  );
  if (!box) throw new Error(`"${text}" is not in one text node of the page`);
  const { mouse } = opened.page;
  await mouse.move(box.x1, box.y1);
  await mouse.down();
  await mouse.move(box.x2, box.y2, { steps: 8 });
  await mouse.up();
}

/** Elements added to the page after its HTML was parsed, by anyone, other than Backstory's one host element. */
export async function addedBesidesBackstory(opened: OpenedCase): Promise<string[]> {
  // Read through DevTools: the page may have broken what page.evaluate relies on.
  const added = await evaluateInPage<string[]>(opened, 'window.__probes ? window.__probes.added : []');
  return added.filter((name) => name !== 'backstory-root');
}
