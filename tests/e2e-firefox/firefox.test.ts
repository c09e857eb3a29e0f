// Backstory in a real Firefox (Debian's firefox-esr, or $FIREFOX_PATH), driven through WebDriver
// BiDi: the built add-on (.output/firefox-mv2) on fixture pages served at their real addresses.
// The panel is opened as a tab by a test-only helper add-on, as its pop-out button would.
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, fixturesDir, fixtures } from '../fixtures/fixtures';
import { detectionCases, detectionCasesDir } from '../fixtures/detection/cases';
import { highlightsIn, launchFirefoxWithAddon, openPanelFor, openServed, until, type FirefoxWithAddon } from '../../scripts/lib/firefox';

const served = [
  ...fixtures.map((f) => ({ url: f.url, file: path.join(fixturesDir, f.file) })),
  ...detectionCases.map((c) => ({ url: c.url, file: path.join(detectionCasesDir, c.file) })),
];
const seed = fixture('seed-globalresearch');
const PASSAGE = 'Several European intelligence agencies also claimed that Al-Shimali was involved in the November 2015 Paris attacks.';

let firefox: FirefoxWithAddon;
let browser: Browser;

beforeAll(async () => {
  firefox = await launchFirefoxWithAddon();
  browser = firefox.browser;
});
afterAll(async () => {
  await firefox?.close();
});

const testId = (id: string) => `[data-testid="${id}"]`;
const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLElement).innerText).catch(() => '');

/** Records every element added to the page after its HTML was parsed (install before navigating). */
async function recordAddedElements(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const added: string[] = [];
    (window as unknown as { __added: string[] }).__added = added;
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) added.push((n as Element).localName);
    });
    document.addEventListener('DOMContentLoaded', () => observer.observe(document, { childList: true, subtree: true }));
  });
}
const addedElements = (page: Page) => page.evaluate(() => (window as unknown as { __added?: string[] }).__added ?? []);

/** Selects `text` (within one text node) with the mouse, as a reader would. */
async function select(page: Page, text: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(wanted);
      if (at < 0) continue;
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      const rects = [...range.getClientRects()];
      const first = rects[0];
      const last = rects[rects.length - 1];
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, text);
  if (!box) throw new Error(`"${text}" is not in one text node`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

/**
 * A point on Backstory's element near the end of the selection (the Note button), found by
 * hit-testing: the page sees only the host of the closed shadow root there.
 */
function noteButtonPoint(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0) return null;
    const rects = sel.getRangeAt(0).getClientRects();
    const last = rects[rects.length - 1];
    if (!last) return null;
    for (let dy = -60; dy <= 60; dy += 4) {
      for (let dx = -160; dx <= 160; dx += 8) {
        const x = last.right + dx;
        const y = last.bottom + dy;
        if (document.elementFromPoint(x, y)?.localName === 'backstory-root') return { x, y };
      }
    }
    return null;
  });
}

describe('Backstory in Firefox', () => {
  it('reads the seed article at its real address: highlights, and the panel shows the page and the outlet', async () => {
    const page = await openServed(browser, served);
    await page.goto(seed.url, { waitUntil: 'load' });
    const painted = await until(
      () => highlightsIn(page),
      (h) => (h['backstory-person']?.length ?? 0) > 0 && (h['backstory-claim']?.length ?? 0) > 0,
    );
    expect(painted['backstory-person']).toContain('Gulmurod Khalimov');
    expect(painted['backstory-place']).toContain('Aleppo');
    expect(painted['backstory-organization']).toContain('Pentagon');

    const panel = await openPanelFor(browser, page);
    await until(() => textOf(panel, testId('page-title')), (t) => t === seed.expect!.title);
    expect(await textOf(panel, testId('page-authors'))).toContain('Joe Quinn');
    expect(await textOf(panel, testId('page-site'))).toContain('Global Research');
    expect(await textOf(panel, testId('original-source'))).toContain('The original source of this article is Sott.net');
    const outlet = await until(() => textOf(panel, testId('outlet-section')), (t) => t.includes('Global Research') && t.includes('Sott.net'));
    expect(outlet).toMatch(/Canada|CA/);
    expect(firefox.addonProblems()).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('saves a note from the panel and places it again after a reload', async () => {
    const page = await openServed(browser, served);
    await page.goto(seed.url, { waitUntil: 'load' });
    await until(() => highlightsIn(page), (h) => (h['backstory-claim']?.length ?? 0) > 0);
    const panel = await openPanelFor(browser, page);
    await until(() => textOf(panel, testId('page-title')), (t) => t === seed.expect!.title);

    await select(page, PASSAGE);
    // The Note button sits in Backstory's closed shadow root, out of the page's (and BiDi's) reach:
    // find it as the reader does, by where it shows up beside the selection, and press it there.
    const at = await until(() => noteButtonPoint(page), (p) => p !== null);
    await page.mouse.click(at!.x, at!.y);
    await until(() => textOf(panel, testId('note-draft-quote')), (t) => t.includes('Several European intelligence agencies'));
    await panel.type(testId('note-editor'), 'Which agencies? Find the original report.');
    await panel.click(testId('note-save'));
    await until(() => textOf(panel, testId('notes-list')), (t) => t.includes('Which agencies?'));
    await until(() => highlightsIn(page), (h) => h['backstory-note']?.[0] === PASSAGE);
    // The page cannot look into Backstory's element (a note's card shows the reader's text there).
    expect(await page.evaluate(() => [...document.querySelectorAll('backstory-root')].map((h) => h.shadowRoot === null))).toEqual([true]);
    // With unlimitedStorage Firefox marks the add-on's storage persistent: notes are not evicted.
    expect(await panel.evaluate(() => navigator.storage.persisted())).toBe(true);

    await page.reload({ waitUntil: 'load' });
    const after = await until(() => highlightsIn(page), (h) => (h['backstory-note']?.length ?? 0) > 0);
    expect(after['backstory-note']).toEqual([PASSAGE]);
    expect(firefox.addonProblems()).toEqual([]);
    await panel.close();
    await page.close();
  });

  for (const name of ['product-page', 'shop-de-grinder']) {
    it(`leaves the product page ${name} alone`, async () => {
      const f = fixtures.find((x) => x.name === name) ?? detectionCases.find((x) => x.name === name)!;
      const page = await openServed(browser, served);
      await recordAddedElements(page);
      await page.goto(f.url, { waitUntil: 'load' });
      const panel = await openPanelFor(browser, page);
      await until(() => textOf(panel, testId('state-not-article')), (t) => t.includes("doesn't look like an article"));
      expect(await highlightsIn(page)).toEqual({});
      expect(await addedElements(page)).toEqual([]);
      expect(firefox.addonProblems()).toEqual([]);
      await panel.close();
      await page.close();
    });
  }
});
