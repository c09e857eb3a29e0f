// npm run corpus:browser -- DIR [--limit N] [--json FILE]
// The built extension (its bench build, .output/chrome-mv3-bench) in Chromium over every saved page of a folder laid out like Readability's
// test pages (DIR/<name>/source.html). Each page is served at a made-up address
// (https://<name>.corpus.example/page), every other request is answered 404, and it is loaded
// twice: in a browser with Backstory and in one without. Per page it prints whether Backstory
// read it as an article, how many highlights it painted, Backstory's errors (page, content
// script, service worker), elements added other than Backstory's host, and long tasks (> 50 ms)
// with and without Backstory, with Backstory's own longest slice; then a summary. Numbers, not
// assertions; timings depend on the machine and what else runs on it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { benchExtensionDir, chromiumPath, launchWithExtension, tabIdFor, type ExtensionBrowser } from './lib/browser';
import { installPageProbes, readPageProbes, type PageProbes } from './lib/page-probes';
import { takeWorkerErrors, watchWorkerErrors } from './lib/worker-errors';

interface PageRow {
  page: string;
  article: boolean;
  highlights: Record<string, number>;
  errors: string[];
  addedByOthers: string[];
  longTasksWith: number[];
  longTasksWithout: number[];
  /** Backstory's longest single piece of main-thread work it measured (detect, snapshot, paint slice). */
  backstoryLongestMs: number;
  /** Its parts: detection, the snapshot's longest slice and its total (reading the article), the longest paint slice (ms). */
  backstoryParts: { detect: number; snapshot: number; snapshotTotal: number; paintSlice: number };
  /** Long-animation-frame script time attributed to the extension's scripts, per frame (ms), when Chromium reports it. */
  backstoryFrameScriptsMs: number[];
}

interface Timings {
  detectMs?: number;
  /** The whole snapshot, summed over its slices. */
  snapshotMs?: number;
  /** The snapshot's longest slice: what held the page's main thread at once (absent before slicing). */
  snapshotLongestSliceMs?: number;
  paint?: { longestSliceMs: number };
}

const LONG_TASK_MS = 50;
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = args.find((a, i) => !a.startsWith('--') && !['--limit', '--json'].includes(args[i - 1]));
const limit = Number(option('--limit') ?? Infinity);
const jsonFile = option('--json');

function pagesOf(folder: string): { name: string; file: string; url: string }[] {
  return readdirSync(folder)
    .sort()
    .filter((name) => existsSync(path.join(folder, name, 'source.html')))
    .slice(0, limit)
    .map((name) => ({ name, file: path.join(folder, name, 'source.html'), url: `https://${name.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}.corpus.example/page` }));
}

/** Serve each page at its address; everything else (scripts, images, fonts, ads) is a 404. */
async function serve(context: BrowserContext, pages: { url: string; file: string }[]): Promise<void> {
  const byUrl = new Map(pages.map((p) => [p.url, p.file]));
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => {
      const url = route.request().url().split('#')[0];
      const file = byUrl.get(url);
      if (!file) return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
    },
  );
}

/** Errors of Backstory's in the page: exceptions and console errors from its scripts, and its own "Backstory:" warnings. */
async function watchPageErrors(page: Page, extensionId: string): Promise<string[]> {
  const errors: string[] = [];
  const ours = (s: string | undefined) => !!s && s.includes(`chrome-extension://${extensionId}/`);
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (e) => {
    const d = e.exceptionDetails;
    const frames = d.stackTrace?.callFrames ?? [];
    if (ours(d.url) || frames.some((f) => ours(f.url)) || ours(d.exception?.description)) {
      errors.push(`exception: ${(d.exception?.description ?? d.text).split('\n')[0]}`);
    }
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    const text = e.args.map((a) => a.value ?? a.description ?? '').join(' ');
    const fromUs = (e.stackTrace?.callFrames ?? []).some((f) => ours(f.url));
    if ((fromUs && (e.type === 'error' || e.type === 'warning' || e.type === 'assert')) || /^Backstory: .*(?:fail|refused|error)/i.test(text)) {
      errors.push(`console.${e.type}: ${text.slice(0, 200)}`);
    }
  });
  await cdp.send('Runtime.enable');
  return errors;
}

/** The snapshot's share of Backstory's longest task: its longest slice (the page runs between slices). */
function snapshotTask(timings: Timings | undefined): number {
  return timings?.snapshotLongestSliceMs ?? timings?.snapshotMs ?? 0;
}

async function settle(ext: ExtensionBrowser, tabId: number): Promise<{ article: boolean; timings?: Timings }> {
  // The content script looks once the page is idle (at most 1.5 s after load).
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    const state = await ext.serviceWorker.evaluate((id) => {
      type S = { status: string; analysis?: { status: string } };
      // entrypoints/background/bench-hooks.ts: BenchHandle.
      const b = (globalThis as unknown as { backstory: { articles: { tabs: { get(id: number): S | undefined } }; requestsByTab: Map<number, number>; pageTimings: Map<number, Timings> } }).backstory;
      const s = b.articles.tabs.get(id);
      return { reports: b.requestsByTab.get(id) ?? 0, status: s?.status, analysis: s?.analysis?.status, timings: b.pageTimings.get(id) };
    }, tabId);
    if (state.reports === 0 || state.status === 'not-article') return { article: false };
    if (state.status === 'article' && state.analysis && state.analysis !== 'pending' && (state.timings || state.analysis !== 'done')) {
      return { article: true, timings: state.timings };
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return { article: true };
}

async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, h] of CSS.highlights) if (name.startsWith('backstory-')) out[name.slice(10)] = h.size;
    return out;
  });
}

/** Elements in `withUs` beyond those the page added by itself in `without` (Backstory's host aside). */
function addedBeyond(withUs: PageProbes['added'], without: PageProbes['added']): string[] {
  const left = new Map<string, number>();
  for (const e of without) left.set(e, (left.get(e) ?? 0) + 1);
  const extra: string[] = [];
  for (const e of withUs) {
    if (e === 'backstory-root') continue;
    const n = left.get(e) ?? 0;
    if (n > 0) left.set(e, n - 1);
    else extra.push(e);
  }
  return extra;
}

/** Each element name as many times as the load that added it most often did. */
function mostOfEach(a: PageProbes['added'], b: PageProbes['added']): PageProbes['added'] {
  const count = (list: PageProbes['added']) => list.reduce((m, e) => m.set(e, (m.get(e) ?? 0) + 1), new Map<string, number>());
  const ca = count(a);
  const cb = count(b);
  return [...new Set([...a, ...b])].flatMap((e) => Array<string>(Math.max(ca.get(e) ?? 0, cb.get(e) ?? 0)).fill(e));
}

async function main(): Promise<void> {
  if (!dir || !existsSync(dir)) {
    console.error('usage: npm run corpus:browser -- DIR [--limit N] [--json FILE]');
    process.exit(2);
  }
  const pages = pagesOf(dir);
  // The bench build: the shipped code plus the read-only handle (globalThis.backstory) this
  // script reads the tab's state and Backstory's own timings through.
  const ext = await launchWithExtension({ extensionPath: benchExtensionDir });
  const plainDir = mkdtempSync(path.join(tmpdir(), 'backstory-plain-'));
  const plain = await chromium.launchPersistentContext(plainDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  await serve(ext.context, pages);
  await serve(plain, pages);
  await watchWorkerErrors(ext);

  const rows: PageRow[] = [];
  const started = performance.now();
  for (const p of pages) {
    const page = await ext.context.newPage();
    const errors = await watchPageErrors(page, ext.extensionId);
    await installPageProbes(page, ext.extensionId);
    await page.goto(p.url, { waitUntil: 'load', timeout: 30_000 }).catch((e) => errors.push(`navigation: ${String(e).split('\n')[0]}`));
    const loadedAt = performance.now();
    const tabId = await tabIdFor(ext.serviceWorker, p.url).catch(() => -1);
    const { article, timings } = tabId >= 0 ? await settle(ext, tabId) : { article: false, timings: undefined };
    await new Promise((resolve) => setTimeout(resolve, 300));
    const probes = await readPageProbes(page);
    const watchedMs = performance.now() - loadedAt;
    const highlights = await highlightCounts(page).catch(() => ({}));
    errors.push(...(await takeWorkerErrors(ext)).map((e) => `service worker ${e}`));
    await page.close();

    // The same page without Backstory, watched at least as long after load: a page whose own
    // scripts keep adding elements (a module loader, an ad slot) must get the same time to do so,
    // or what it added late would be blamed on Backstory.
    const loadWithout = async () => {
      const without = await plain.newPage();
      await installPageProbes(without, null);
      await without.goto(p.url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, Math.max(2_500, watchedMs)));
      const read = await readPageProbes(without);
      await without.close();
      return read;
    };
    const plainProbes = await loadWithout();
    // Some pages add elements by chance (an ad loader on a timer, a tracker after a random
    // delay): before blaming Backstory for an element, give the page a second load without it
    // and count what either load added on its own.
    let added = addedBeyond(probes.added, plainProbes.added);
    if (added.length) added = addedBeyond(probes.added, mostOfEach(plainProbes.added, (await loadWithout()).added));

    const row: PageRow = {
      page: p.name,
      article,
      highlights,
      errors,
      addedByOthers: added,
      longTasksWith: probes.longTasks,
      longTasksWithout: plainProbes.longTasks,
      backstoryLongestMs: Math.max(0, timings?.detectMs ?? 0, snapshotTask(timings), timings?.paint?.longestSliceMs ?? 0),
      backstoryParts: { detect: timings?.detectMs ?? 0, snapshot: snapshotTask(timings), snapshotTotal: timings?.snapshotMs ?? 0, paintSlice: timings?.paint?.longestSliceMs ?? 0 },
      backstoryFrameScriptsMs: probes.extensionFrameScripts,
    };
    rows.push(row);
    const fmt = (xs: number[]) => (xs.length ? `${xs.length} (max ${Math.round(Math.max(...xs))} ms)` : '0');
    const hl = Object.entries(highlights).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(
      `${p.name.padEnd(34)} ${article ? 'article    ' : 'not article'}  highlights: ${hl || '-'}  long tasks with ${fmt(row.longTasksWith)} / without ${fmt(row.longTasksWithout)}` +
        `  Backstory longest ${row.backstoryLongestMs.toFixed(1)} ms` +
        (timings ? ` (detect ${row.backstoryParts.detect.toFixed(1)}, snapshot slice ${row.backstoryParts.snapshot.toFixed(1)} of ${row.backstoryParts.snapshotTotal.toFixed(1)}, paint slice ${row.backstoryParts.paintSlice.toFixed(1)})` : '') +
        (row.backstoryFrameScriptsMs.length ? `  extension script in frames: ${row.backstoryFrameScriptsMs.map((x) => Math.round(x)).join('/')} ms` : '') +
        (errors.length ? `\n    errors: ${errors.join(' | ')}` : '') +
        (row.addedByOthers.length ? `\n    added elements: ${row.addedByOthers.join(', ')}` : ''),
    );
  }

  await ext.close();
  await plain.close();
  rmSync(plainDir, { recursive: true, force: true });

  const over = (xs: number[]) => xs.filter((x) => x > LONG_TASK_MS).length;
  const backstoryOver = rows.filter((r) => r.backstoryLongestMs > LONG_TASK_MS || r.backstoryFrameScriptsMs.some((x) => x > LONG_TASK_MS));
  const moreWith = rows.filter((r) => over(r.longTasksWith) > over(r.longTasksWithout));
  console.log(
    [
      '',
      `summary: ${rows.length} pages in ${((performance.now() - started) / 1000).toFixed(0)} s`,
      `  read as articles:                         ${rows.filter((r) => r.article).length}`,
      `  pages with Backstory errors:              ${rows.filter((r) => r.errors.length).length} (${rows.reduce((n, r) => n + r.errors.length, 0)} errors)`,
      `  pages with elements added besides its host: ${rows.filter((r) => r.addedByOthers.length).length}`,
      `  pages where Backstory ran a task > ${LONG_TASK_MS} ms:  ${backstoryOver.length}${backstoryOver.length ? ` (${backstoryOver.map((r) => r.page).join(', ')})` : ''}`,
      `  Backstory's longest task on any page:     ${Math.max(0, ...rows.map((r) => Math.max(r.backstoryLongestMs, ...r.backstoryFrameScriptsMs))).toFixed(1)} ms`,
      `  pages with more long tasks with Backstory than without: ${moreWith.length}${moreWith.length ? ` (${moreWith.map((r) => r.page).join(', ')})` : ''}`,
      '  (timings are from a shared machine; Backstory\'s longest task counts its own measured work: detection, snapshot, each paint slice,',
      '   and extension script time inside long animation frames where Chromium attributes it)',
    ].join('\n'),
  );
  if (jsonFile) writeFileSync(jsonFile, JSON.stringify(rows, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
