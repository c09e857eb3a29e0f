// A Playwright fixture: one Chromium with the built extension per worker, every test fixture
// page served at its real URL.
import { test as base, expect, type Page } from '@playwright/test';
import { fixtures, type Fixture } from '../fixtures/fixtures';
import { launchWithExtension, openPanelTab, servePages, tabIdFor, type ExtensionBrowser } from '../../scripts/lib/browser';
import path from 'node:path';
import { fixturesDir } from '../fixtures/fixtures';
import { detectionCases, detectionCasesDir } from '../fixtures/detection/cases';

export interface Helpers {
  /** Opens a fixture page at its real URL and waits for it to load. */
  openFixture(fixture: Fixture): Promise<Page>;
  /** Opens the side panel (as a tab) following the tab that shows `page`. */
  openPanelFor(page: Page): Promise<Page>;
}

export const test = base.extend<Helpers, { ext: ExtensionBrowser }>({
  ext: [
    async ({}, use) => {
      const ext = await launchWithExtension();
      await servePages(ext.context, [
        ...fixtures.map((f) => ({ url: f.url, file: path.join(fixturesDir, f.file) })),
        ...detectionCases.map((c) => ({ url: c.url, file: path.join(detectionCasesDir, c.file) })),
      ]);
      await use(ext);
      await ext.close();
    },
    { scope: 'worker' },
  ],
  openFixture: async ({ ext }, use) => {
    const opened: Page[] = [];
    await use(async (fixture) => {
      const page = await ext.context.newPage();
      opened.push(page);
      await page.goto(fixture.url, { waitUntil: 'load' });
      return page;
    });
    await Promise.all(opened.map((p) => p.close().catch(() => undefined)));
  },
  openPanelFor: async ({ ext }, use) => {
    const opened: Page[] = [];
    await use(async (page) => {
      const tabId = await tabIdFor(ext.serviceWorker, page.url());
      const panel = await openPanelTab(ext, tabId);
      opened.push(panel);
      return panel;
    });
    await Promise.all(opened.map((p) => p.close().catch(() => undefined)));
  },
});

export { expect };
