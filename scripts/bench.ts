// `npm run bench`: what Backstory costs a page, measured in Chromium on every fixture.
//  - detect: the content script's detection, run on every page the reader opens
//  - detect+extract: detection plus the snapshot (metadata, text, links), articles only
//  - readability: Mozilla Readability's parse() on the same page, for comparison
//  - the size of the script injected into every page
//  - names and claims (scripts/bench-analysis.ts): analysis time, paint time, longest task
//  - the outlet directory (scripts/bench-outlets.ts): the service worker's cold start, the
//    first outlet lookup and a warm one
//  - the NER model (scripts/bench-ner.ts, in Node and on a Chromium page): load time, analysis
//    per 1,000 words with and without it, the 20,000-word article before/after
//  - sync (scripts/bench-sync.ts): 1,000 notes to an empty second profile; one debounced sync
// Prints a table of medians and writes bench-output/latest.json. Numbers, never assertions.
//   npm run bench -- --no-build   reuse .output/chrome-mv3(-bench)   --runs N   iterations per page
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchSync } from './bench-sync';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { fixtures, fixturesDir, type Fixture } from '../tests/fixtures/fixtures';
import { benchAnalysis, formatAnalysisTable } from './bench-analysis';
import { benchNer, benchNerChromium, formatNerBench, formatNerChromium } from './bench-ner';
import { benchNotes } from './bench-notes';
import { benchOutlets, formatOutletBench } from './bench-outlets';
import { benchAnchoring } from './lib/notes-bench';
import { chromiumPath, extensionDir, projectRoot, servePages } from './lib/browser';
import { benchClaims, formatClaimsBench } from './bench-claims';

const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1]) || 31;
const coldLoads = 5;

interface PageTimes {
  coldDetect: number[];
  coldDetectExtract: number[];
  detect: number[];
  detectExtract: number[];
  readability: number[];
  isArticle: boolean;
  words: number;
}

type BenchGlobals = {
  __bench: {
    detectArticle: (d: Document, u: string) => { isArticle: boolean };
    takeSnapshot: (d: Document, u: string, det: unknown) => { snapshot: { wordCount: number } };
  };
  __readability: new (d: Document) => { parse(): unknown };
};

async function openReady(context: BrowserContext, f: Fixture, scripts: string[]): Promise<Page> {
  const page = await context.newPage();
  await page.goto(f.url, { waitUntil: 'load' });
  if (f.arrivesLate) await page.waitForFunction(() => document.querySelectorAll('p').length > 5, null, { timeout: 10_000 });
  for (const content of scripts) await page.addScriptTag({ content });
  return page;
}

// The two functions below run inside the page (page.evaluate): no closures over Node values.
function measureCold() {
  const g = globalThis as unknown as BenchGlobals;
  const url = location.href;
  const t0 = performance.now();
  const detection = g.__bench.detectArticle(document, url);
  const t1 = performance.now();
  if (!detection.isArticle) return { detect: t1 - t0, detectExtract: null, isArticle: false, words: 0 };
  const { snapshot } = g.__bench.takeSnapshot(document, url, detection);
  const t2 = performance.now();
  return { detect: t1 - t0, detectExtract: t2 - t0, isArticle: true, words: snapshot.wordCount };
}

function measureWarm({ runs, batch }: { runs: number; batch: number }) {
  const g = globalThis as unknown as BenchGlobals;
  const url = location.href;
  const out = { detect: [] as number[], detectExtract: [] as number[], readability: [] as number[] };
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    let article = false;
    for (let k = 0; k < batch; k++) article = g.__bench.detectArticle(document, url).isArticle;
    out.detect.push((performance.now() - t) / batch);
    if (article) {
      t = performance.now();
      for (let k = 0; k < batch; k++) g.__bench.takeSnapshot(document, url, g.__bench.detectArticle(document, url));
      out.detectExtract.push((performance.now() - t) / batch);
    }
    // Readability changes the document it parses, so it gets a fresh clone each time.
    const clone = document.cloneNode(true) as Document;
    t = performance.now();
    new g.__readability(clone).parse();
    out.readability.push(performance.now() - t);
  }
  return out;
}

const median = (xs: number[]) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: projectRoot, loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
    alias: { '@': projectRoot },
  });
  return result.outputFiles[0].text;
}

function contentScriptSize(): { bytes: number; gzip: number; file: string } {
  const file = path.join(extensionDir, 'content-scripts', 'content.js');
  const bytes = statSync(file).size;
  return { bytes, gzip: gzipSync(readFileSync(file)).length, file: path.relative(projectRoot, file) };
}

async function main(): Promise<void> {
  if (!argv.includes('--no-build')) {
    // The shipped build (its script sizes) and the bench build (the same code, plus the handle
    // through which the background reports what pages spent).
    for (const args of [['wxt', 'build'], ['wxt', 'build', '--mode', 'bench']]) {
      const built = spawnSync('npx', args, { cwd: projectRoot, encoding: 'utf8' });
      if (built.status !== 0) throw new Error(`${args.join(' ')} failed:\n${built.stdout}${built.stderr}`);
    }
  }
  const size = contentScriptSize();
  const ours = await bundle(`
    import { detectArticle } from './lib/page/detect';
    import { takeSnapshot } from './lib/page/snapshot';
    globalThis.__bench = { detectArticle, takeSnapshot };`);
  const theirs = await bundle(`
    import { Readability } from '@mozilla/readability';
    globalThis.__readability = Readability;`);

  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await servePages(context, fixtures.map((f) => ({ url: f.url, file: path.join(fixturesDir, f.file) })));
  const results: Record<string, PageTimes> = {};
  for (const f of fixtures) {
    const times: PageTimes = { coldDetect: [], coldDetectExtract: [], detect: [], detectExtract: [], readability: [], isArticle: false, words: 0 };
    // Cold: a fresh page each time, first call — what the content script pays on a real visit.
    for (let load = 0; load < coldLoads; load++) {
      const page = await openReady(context, f, [ours, theirs]);
      const cold = await page.evaluate(measureCold);
      times.coldDetect.push(cold.detect);
      if (cold.detectExtract !== null) times.coldDetectExtract.push(cold.detectExtract);
      times.isArticle = cold.isArticle;
      times.words = cold.words;
      if (load < coldLoads - 1) await page.close();
      else {
        // Warm: batches of repeated calls on the last page (timer resolution is 0.1 ms here).
        const warm = await page.evaluate(measureWarm, { runs, batch: 10 });
        times.detect = warm.detect;
        times.detectExtract = warm.detectExtract;
        times.readability = warm.readability;
        await page.close();
      }
    }
    results[f.name] = times;
  }
  await browser.close();

  const rows = fixtures.map((f) => {
    const r = results[f.name];
    return {
      fixture: f.name,
      kind: f.kind,
      detectedAsArticle: r.isArticle,
      words: r.words,
      coldDetectMs: median(r.coldDetect),
      detectMs: median(r.detect),
      coldDetectExtractMs: r.isArticle ? median(r.coldDetectExtract) : null,
      detectExtractMs: r.isArticle ? median(r.detectExtract) : null,
      readabilityParseMs: median(r.readability),
    };
  });
  const fmt = (x: number | null) => (x === null || Number.isNaN(x) ? '—' : x.toFixed(2));
  const header = ['fixture', 'kind', 'article?', 'words', 'detect cold', 'detect warm', 'detect+extract cold', 'detect+extract warm', 'readability parse'];
  const table = [
    header,
    ...rows.map((r) => [
      r.fixture,
      r.kind,
      r.detectedAsArticle ? 'yes' : 'no',
      String(r.words || '—'),
      fmt(r.coldDetectMs),
      fmt(r.detectMs),
      fmt(r.coldDetectExtractMs),
      fmt(r.detectExtractMs),
      fmt(r.readabilityParseMs),
    ]),
  ];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  process.stdout.write(
    `Backstory bench — Chromium ${await chromiumVersion()}; milliseconds, medians.\n` +
      `cold: first call on a freshly loaded page (${coldLoads} loads), what a visit pays; warm: ${runs} batches of 10 calls.\n\n`,
  );
  for (const [i, row] of table.entries()) {
    process.stdout.write(`${row.map((c, j) => (j >= 3 ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join('  ')}\n`);
    if (i === 0) process.stdout.write(`${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  }
  const nonArticles = rows.filter((r) => r.kind === 'non-article');
  const summary = {
    contentScriptBytes: size.bytes,
    contentScriptGzipBytes: size.gzip,
    detectNonArticleMedianMs: median(nonArticles.map((r) => r.detectMs)),
    detectNonArticleWorstMs: Math.max(...nonArticles.map((r) => r.detectMs)),
    detectNonArticleColdMedianMs: median(nonArticles.map((r) => r.coldDetectMs)),
    detectNonArticleColdWorstMs: Math.max(...nonArticles.map((r) => r.coldDetectMs)),
  };
  process.stdout.write(
    `\nInjected into every page: ${size.file} ${(size.bytes / 1024).toFixed(1)} KB minified, ${(size.gzip / 1024).toFixed(1)} KB gzipped\n` +
      `Detection on non-articles: warm median ${fmt(summary.detectNonArticleMedianMs)} ms (worst page ${fmt(summary.detectNonArticleWorstMs)}); ` +
      `cold median ${fmt(summary.detectNonArticleColdMedianMs)} ms (worst page ${fmt(summary.detectNonArticleColdWorstMs)})\n`,
  );

  // Names and claims: the analysis in the background and what painting costs the page.
  const analysis = await benchAnalysis();
  process.stdout.write(
    `\nNames and claims (built extension; ms, medians of 3 loads). analysis: in the background; snapshot,\n` +
      `paint total: main-thread time in the page; longest task: the longest Backstory held the page's main thread at once.\n\n` +
      `${formatAnalysisTable(analysis)}\n`,
  );
  const claims = await benchClaims();
  process.stdout.write(formatClaimsBench(claims));

  const ner = { node: await benchNer(), chromium: await benchNerChromium() };
  process.stdout.write(`\n${formatNerBench(ner.node)}\n\n${formatNerChromium(ner.chromium)}\n`);

  // Notes: the panel with 10,000 notes, and re-anchoring 200 notes on one page.
  const notes = await benchNotes();
  const node = benchAnchoring();
  const medianOf = (xs: number[]) => fmt(median(xs));
  process.stdout.write(
    `\nNotes (built extension; ms, medians of ${notes.allPagesFirstRenderMs.length} runs)\n` +
      `  ${notes.notes.toLocaleString('en-US')} notes: Notes section "All pages" first render ${medianOf(notes.allPagesFirstRenderMs)}; search ${medianOf(notes.searchMs)}\n` +
      `  200 notes on the seed page: re-anchor ${medianOf(notes.reanchor.map((r) => r.anchorMs))} in the page ` +
      `(+ paint ${medianOf(notes.reanchor.map((r) => r.paintMs))}, longest slice ${medianOf(notes.reanchor.map((r) => r.longestSliceMs))}); ` +
      `\n  in Node, the same 200 notes on an edited copy of the text: ${fmt(node.medianMs)} ` +
      `(position ${node.methods.position}, quote ${node.methods.quote}, fuzzy ${node.methods.fuzzy}, orphans ${node.methods.orphan}); unchanged text ${fmt(node.unchangedMs)}\n`,
  );

  // The outlet directory: what the service worker pays to start, and to look the first outlet up.
  const outlets = await benchOutlets();
  process.stdout.write(`\nOutlets (built extension; ms, medians of ${outlets.coldStartMs.length} runs)\n${formatOutletBench(outlets)}\n`);

  // Sync: 1,000 notes to an empty second profile, and one debounced sync after a single edit.
  const sync = await benchSync();
  process.stdout.write(
    `\nSync (built extension, two profiles, test CouchDB on 127.0.0.1; ms)\n` +
      `  ${sync.notes.toLocaleString('en-US')} notes to an empty second profile ("Turn on sync" until all are there): ${sync.secondProfileMs}\n` +
      `  (the first profile sending them: ${sync.firstUploadMs})\n` +
      `  one debounced sync after a single edit, in the service worker: median ${medianOf(sync.debouncedSyncMs)} of ${sync.debouncedSyncMs.length}\n`,
  );

  mkdirSync(path.join(projectRoot, 'bench-output'), { recursive: true });
  const out = path.join(projectRoot, 'bench-output', 'latest.json');
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), runs, summary, pages: rows, analysis, claims, ner, notes, notesNode: node, outlets, sync }, null, 2)}\n`);
  process.stdout.write(`Wrote ${path.relative(projectRoot, out)}\n`);
}

async function chromiumVersion(): Promise<string> {
  const r = spawnSync(chromiumPath(), ['--version'], { encoding: 'utf8' });
  return (r.stdout || '').trim().replace(/^Chromium\s*/, '') || 'unknown';
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
