// `npm run demo`: builds the extension, opens the bundled sample article at its real address
// in Chromium with Backstory loaded, prints what Backstory found, and saves screenshots.
//   npm run demo -- --headed     keep a visible browser open afterwards (needs a display)
//   npm run demo -- --no-build   reuse .output/chrome-mv3
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { TabState } from '../lib/messages/protocol';
import type { Answer } from '../lib/messages/requests';
import { fixture, fixtures, fixturesDir } from '../tests/fixtures/fixtures';
import {
  addedElements,
  launchWithExtension,
  openPanelTab,
  projectRoot,
  recordAddedElements,
  reportsFromTab,
  servePages,
  tabIdFor,
  type ExtensionBrowser,
} from './lib/browser';
import { inBackstoryRoot } from './lib/backstory-root';
import { printSummary } from './lib/summary';
import { errorMessage } from '../lib/errors';

const args = new Set(process.argv.slice(2));
const headed = args.has('--headed');
const outDir = path.join(projectRoot, 'demo-output');

function build(): void {
  process.stdout.write('Building the extension (wxt build)…\n');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: projectRoot, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error('the build failed (output above)');
  }
  const size = result.stdout.match(/Σ Total size:\s*([^\n]+)/);
  process.stdout.write(`Built .output/chrome-mv3${size ? ` (${size[1].trim()})` : ''}\n\n`);
}

async function main(): Promise<void> {
  if (!args.has('--no-build')) build();
  mkdirSync(outDir, { recursive: true });
  const seed = fixture('seed-globalresearch');
  const ext = await launchWithExtension({ headless: !headed });
  try {
    await servePages(ext.context, fixtures.map((f) => ({ url: f.url, file: path.join(fixturesDir, f.file) })));
    const page = await ext.context.newPage();
    await page.goto(seed.url, { waitUntil: 'load' });
    const tabId = await tabIdFor(ext.serviceWorker, page.url());
    const panel = await openPanelTab(ext, tabId);
    await panel.getByTestId('page-title').waitFor({ timeout: 15_000 });
    await panel.getByTestId('claims-list').waitFor({ timeout: 30_000 });

    // The panel's own request, as the panel sends it (lib/messages/requests.ts).
    const answer = (await panel.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'panel/get-tab-state', tabId: id }),
      tabId,
    )) as Answer<TabState>;
    if (!answer.ok) throw new Error(`the background did not answer: ${answer.error}`);
    const state = answer.value;
    if (state.status !== 'article') throw new Error(`expected the sample to be read as an article, got ${state.status}`);
    printSummary(seed.url, state);

    await showNonArticlesLeftAlone(ext);

    await page.bringToFront();
    await openCardOn(page, 'backstory-person', 'Gulmurod Khalimov');
    const pageShot = path.join(outDir, 'page.png');
    const panelShot = path.join(outDir, 'sidepanel.png');
    await page.screenshot({ path: pageShot });
    await panel.screenshot({ path: panelShot, fullPage: true });
    const overview = path.join(outDir, 'overview.png');
    await composeOverview(ext.context, pageShot, panelShot, overview);
    process.stdout.write(`\nScreenshots:\n  ${path.relative(projectRoot, pageShot)}\n  ${path.relative(projectRoot, panelShot)}\n  ${path.relative(projectRoot, overview)}  (page and panel side by side)\n`);

    if (headed) {
      process.stdout.write('\nThe browser stays open; press Ctrl+C to quit.\n');
      await new Promise(() => undefined);
    }
  } finally {
    if (!headed) await ext.close();
  }
}

/** Hovers a highlight so the screenshot shows its card, as a reader would see it. */
async function openCardOn(page: Page, highlight: string, text: string): Promise<void> {
  const point = await page.evaluate(
    ({ highlight, text }) => {
      const ranges = [...((CSS.highlights.get(highlight) as unknown as Iterable<Range>) ?? [])];
      const range = ranges.find((r) => r.toString().replace(/\s+/g, ' ').trim() === text);
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    { highlight, text },
  );
  if (!point) return;
  await page.mouse.move(point.x - 4, point.y);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await (await inBackstoryRoot(page, 'backstory-card', 5_000)).waitFor({ timeout: 5_000 });
}

/** The other half of the job: on pages that are not articles, Backstory does nothing. */
async function showNonArticlesLeftAlone(ext: ExtensionBrowser): Promise<void> {
  process.stdout.write('\nPages that are not articles (Backstory should stay silent):\n');
  for (const f of fixtures.filter((x) => x.kind === 'non-article')) {
    const page = await ext.context.newPage();
    await recordAddedElements(page);
    await page.goto(f.url, { waitUntil: 'load' });
    await page.waitForTimeout(1_000); // the content script runs when the page is idle
    const reports = await reportsFromTab(ext, await tabIdFor(ext.serviceWorker, page.url()));
    const added = (await addedElements(page)).length;
    const ok = reports === 0 && added === 0;
    const verdict = ok ? 'left alone: nothing sent, nothing added' : `UNEXPECTED: ${reports} message(s) sent, ${added} element(s) added`;
    process.stdout.write(`  ${f.name.padEnd(16)} ${verdict}\n`);
    if (!ok) process.exitCode = 1;
    await page.close();
  }
}

/** Page and panel side by side, the way a reader sees them (headless Chromium has no side panel). */
async function composeOverview(context: BrowserContext, pageShot: string, panelShot: string, out: string) {
  const toData = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 1280 + 420, height: 900 });
  await sheet.setContent(
    `<body style="margin:0;display:flex;align-items:flex-start;background:#888">` +
      `<img src="${toData(pageShot)}" style="flex:none;width:1280px;height:900px;object-fit:cover;object-position:left top">` +
      `<img src="${toData(panelShot)}" style="flex:none;width:419px;height:900px;object-fit:cover;object-position:left top;border-left:1px solid #999"></body>`,
  );
  await sheet.screenshot({ path: out });
  await sheet.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`\nThe demo failed: ${errorMessage(error)}\n`);
  process.exitCode = 1;
});
