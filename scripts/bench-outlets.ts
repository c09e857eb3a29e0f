// The outlet half of `npm run bench`: what the outlet directory costs the service worker.
//  - the size of background.js (what the worker parses and runs at every start);
//  - the service worker's cold start: the built extension's worker is stopped (DevTools
//    protocol), then an extension page sends it a message; the round trip includes starting
//    the worker and running background.js. A warm round trip is printed beside it;
//  - the first outlet lookup and a warm lookup, in a freshly loaded page of the built extension
//    running the same lib/outlets code the background runs, from a standing start (the directory
//    not yet read, its files read from the package): what the first article after a worker start
//    pays.
// Numbers, never assertions.   tsx scripts/bench-outlets.ts   runs this part alone.
// To measure an earlier build the same way: BENCH_OUTLETS_EXTENSION=<its chrome-mv3 folder> and
// BENCH_OUTLETS_WORKER=<its bundled outlet-bench-worker.js>.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { CDPSession } from 'playwright-core';
import { extensionDir, launchWithExtension, projectRoot } from './lib/browser';

export interface OutletBench {
  backgroundBytes: number;
  coldStartMs: number[];
  warmMessageMs: number[];
  /** From creating the worker until its script has run (bundle evaluation). */
  workerStartMs: number[];
  /** The first resolveOutlet call (loading and indexing the directory included). */
  firstLookupMs: number[];
  /** One lookup once the directory is indexed (mean of many). */
  warmLookupMs: number[];
  lookups: number;
}

const LOOKUP_URLS = [
  'https://www.globalresearch.ca/as-russia-liberates-syria-from-isis/5608522',
  'https://www.nytimes.com/2024/05/01/world/story.html',
  'https://edition.cnn.com/2025/01/01/politics/x',
  'https://www.bbc.co.uk/news/world-123',
  'https://www.lemonde.fr/international/article/2024/01/01/x.html',
  'https://unknown-site.example.org/post',
  'https://www.forbes.com/sites/someone/2024/01/01/x/',
  'https://www.dailynk.com/english/x',
];

const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function waitForStopped(cdp: CDPSession): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 2_000);
    const onUpdate = (event: { versions: { runningStatus: string }[] }) => {
      if (event.versions.every((v) => v.runningStatus === 'stopped')) {
        clearTimeout(timer);
        cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
        resolve();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
}

async function serviceWorkerStarts(runs: number): Promise<{ cold: number[]; warm: number[] }> {
  const ext = await launchWithExtension({ extensionPath: benchExtension });
  const cold: number[] = [];
  const warm: number[] = [];
  try {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    // A message no handler answers: the round trip is starting the worker (when stopped),
    // running background.js and dispatching the event.
    const ping = () =>
      page.evaluate(async () => {
        const t0 = performance.now();
        await chrome.runtime.sendMessage({ type: 'bench/ping' }).catch(() => undefined);
        return performance.now() - t0;
      });
    for (let i = 0; i < runs; i++) {
      const stopped = waitForStopped(cdp);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await new Promise((resolve) => setTimeout(resolve, 100));
      cold.push(await ping());
      warm.push(await ping());
    }
  } finally {
    await ext.close();
  }
  return { cold, warm };
}

const benchExtension = process.env.BENCH_OUTLETS_EXTENSION ?? extensionDir;

async function lookupWorkerBundle(): Promise<string> {
  if (process.env.BENCH_OUTLETS_WORKER) return readFileSync(process.env.BENCH_OUTLETS_WORKER, 'utf8');
  const result = await build({
    entryPoints: [path.join(projectRoot, 'scripts', 'lib', 'outlet-bench-worker.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
    alias: { '@': projectRoot },
  });
  return result.outputFiles[0].text;
}

/**
 * The lookup code, run in a freshly loaded extension page of the built extension (so the data
 * files come from the package as the background reads them): the bundle's evaluation, the first
 * lookup and warm lookups. The bundle's worker interface is driven directly in the page.
 */
async function lookupsInExtensionPage(runs: number): Promise<{ start: number[]; first: number[]; warm: number[] }> {
  const code = await lookupWorkerBundle();
  const ext = await launchWithExtension({ extensionPath: benchExtension });
  const start: number[] = [];
  const first: number[] = [];
  const warm: number[] = [];
  try {
    const page = await ext.context.newPage();
    for (let i = 0; i < runs; i++) {
      await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
      // Strings, not functions: tsx would wrap inner functions in a helper the page lacks.
      await page.evaluate(`globalThis.__answers = []; globalThis.postMessage = (m) => globalThis.__answers.push(m); globalThis.__t0 = performance.now();`);
      await page.evaluate(`${code};\nglobalThis.__t1 = performance.now();`);
      const r = (await page.evaluate(`(async () => {
        const ask = (data) => new Promise((resolve) => {
          const n = globalThis.__answers.length;
          globalThis.onmessage({ data });
          const check = () => (globalThis.__answers.length > n ? resolve(globalThis.__answers[n]) : setTimeout(check, 0));
          check();
        });
        const first = await ask({ type: 'first', url: ${JSON.stringify(LOOKUP_URLS[0])}, base: location.origin });
        const warm = await ask({ type: 'warm', urls: ${JSON.stringify(LOOKUP_URLS)} });
        return { startMs: globalThis.__t1 - globalThis.__t0, firstMs: first.ms, warmMs: warm.ms };
      })()`)) as { startMs: number; firstMs: number; warmMs: number };
      start.push(r.startMs);
      first.push(r.firstMs);
      warm.push(r.warmMs);
    }
  } finally {
    await ext.close();
  }
  return { start, first, warm };
}

export async function benchOutlets(runs = 7): Promise<OutletBench> {
  const backgroundBytes = statSync(path.join(benchExtension, 'background.js')).size;
  const starts = await serviceWorkerStarts(runs);
  const lookups = await lookupsInExtensionPage(runs);
  return {
    backgroundBytes,
    coldStartMs: starts.cold,
    warmMessageMs: starts.warm,
    workerStartMs: lookups.start,
    firstLookupMs: lookups.first,
    warmLookupMs: lookups.warm,
    lookups: LOOKUP_URLS.length,
  };
}

export function formatOutletBench(b: OutletBench): string {
  const f = (xs: number[]) => median(xs).toFixed(2);
  return [
    `background.js: ${(b.backgroundBytes / 1024).toFixed(1)} KB`,
    `service worker: cold start ${f(b.coldStartMs)} ms (message round trip after the worker was stopped; warm round trip ${f(b.warmMessageMs)} ms)`,
    `outlet lookup in a fresh extension page: script start ${f(b.workerStartMs)} ms, first lookup ${f(b.firstLookupMs)} ms, ` +
      `warm lookup ${b.warmLookupMs.length ? median(b.warmLookupMs).toFixed(4) : "—"} ms (mean over ${b.lookups} URLs × 200)`,
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  benchOutlets(Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7)
    .then((b) => process.stdout.write(`Outlets (built extension; ms, medians of ${b.coldStartMs.length} runs)\n${formatOutletBench(b)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    });
}
