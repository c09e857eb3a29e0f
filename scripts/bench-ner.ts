// The NER model's cost, in Node (part of `npm run bench`; alone: `npx tsx scripts/bench-ner.ts`):
// the model's load time (cold: the first load in a fresh process, files read and parsed), and
// the analysis time per 1,000 words with the rules alone and with the model, on the article
// fixtures and on the 20,000-word article. CPU time (process.cpuUsage), medians; numbers, never
// assertions.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeSnapshot, loadNerModel, type NerModel } from '../lib/analysis';
import { detectArticle } from '../lib/page/detect';
import { takeSnapshot } from '../lib/page/snapshot';
import type { ArticleSnapshot } from '../lib/page/types';
import { fixtures, fixturesDir } from '../tests/fixtures/fixtures';
import { documentFromHtml } from './analyze-file';
import { LONG_ARTICLE_URL, longArticleHtml } from './lib/long-article';
import { modelsDir, nodeModelAssets } from './lib/model-assets';
import { chromiumPath } from './lib/browser';
import { projectRoot } from './lib/project-root';
import { NER_GAZETTEER_FILE, NER_MODEL_FILE } from '../lib/analysis/ner/model';

export interface NerBenchRow {
  page: string;
  words: number;
  rulesMs: number;
  modelMs: number;
}

export interface NerBench {
  loadColdMs: number;
  rows: NerBenchRow[];
  /** Over all rows: ms per 1,000 words. */
  rulesPer1000: number;
  modelPer1000: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function snapshotOf(html: string, url: string): ArticleSnapshot {
  const doc = documentFromHtml(html, url);
  return takeSnapshot(doc, url, detectArticle(doc, url)).snapshot;
}

/** CPU time of `fn` in ms: on a shared machine wall time mostly measures the other processes. */
function cpuMs(fn: () => unknown): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

function timeAnalysis(snapshot: ArticleSnapshot, ner: NerModel | undefined, runs: number): number {
  analyzeSnapshot(snapshot, { ner }); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(cpuMs(() => analyzeSnapshot(snapshot, { ner })));
  return median(times);
}

export async function benchNer(runs = 5): Promise<NerBench> {
  const t = process.cpuUsage();
  const ner = await loadNerModel(nodeModelAssets);
  const d = process.cpuUsage(t);
  const loadColdMs = (d.user + d.system) / 1000;
  const pages = fixtures
    .filter((f) => f.kind === 'article' && !f.arrivesLate)
    .map((f) => ({ name: f.name, snapshot: snapshotOf(readFileSync(path.join(fixturesDir, f.file), 'utf8'), f.url) }));
  pages.push({ name: 'long article', snapshot: snapshotOf(longArticleHtml().html, LONG_ARTICLE_URL) });
  const rows = pages.map((p) => ({
    page: p.name === 'long article' ? `long article (${p.snapshot.wordCount} words)` : p.name,
    words: p.snapshot.wordCount,
    rulesMs: timeAnalysis(p.snapshot, undefined, runs),
    modelMs: timeAnalysis(p.snapshot, ner, runs),
  }));
  const words = rows.reduce((n, r) => n + r.words, 0);
  const per1000 = (k: 'rulesMs' | 'modelMs') => (1000 * rows.reduce((n, r) => n + r[k], 0)) / words;
  return { loadColdMs, rows, rulesPer1000: per1000('rulesMs'), modelPer1000: per1000('modelMs') };
}

export interface NerChromiumBench {
  /** Parsing the model files (already fetched) on a fresh page, ms. */
  parseColdMs: number;
  words: number;
  rulesMs: number;
  modelMs: number;
}

type PageGlobals = {
  __ner: {
    analyzeText: (text: string, options?: { blocks?: unknown; ner?: unknown }) => unknown;
    parseNerModel: (buffer: ArrayBuffer, gazetteer: string) => unknown;
  };
};

/**
 * The same on a page in Chromium (the V8 the service worker runs; warm medians of wall time):
 * the 20,000-word article's text with the rules alone and with the model.
 */
export async function benchNerChromium(runs = 5): Promise<NerChromiumBench> {
  const bundle = (
    await build({
      stdin: { contents: `import { analyzeText } from './lib/analysis'; import { parseNerModel } from './lib/analysis/ner/model'; globalThis.__ner = { analyzeText, parseNerModel };`, resolveDir: projectRoot, loader: 'ts' },
      bundle: true,
      format: 'iife',
      minify: true,
      write: false,
      target: 'chrome120',
    })
  ).outputFiles[0].text;
  const long = snapshotOf(longArticleHtml().html, LONG_ARTICLE_URL);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>ner bench</title>');
    // tsx keeps function names with a __name helper, which the page does not have.
    await page.addScriptTag({ content: `${bundle};globalThis.__name = (f) => f;` });
    const weights = readFileSync(path.join(modelsDir, NER_MODEL_FILE)).toString('base64');
    const gazetteer = readFileSync(path.join(modelsDir, NER_GAZETTEER_FILE), 'utf8');
    return await page.evaluate(
      ({ weights, gazetteer, text, blocks, runs, words }) => {
        const g = globalThis as unknown as PageGlobals;
        const bytes = Uint8Array.from(atob(weights), (c) => c.charCodeAt(0));
        let t = performance.now();
        const ner = g.__ner.parseNerModel(bytes.buffer, gazetteer);
        const parseColdMs = performance.now() - t;
        const time = (model: unknown) => {
          g.__ner.analyzeText(text, { blocks, ner: model });
          const xs: number[] = [];
          for (let i = 0; i < runs; i++) {
            t = performance.now();
            g.__ner.analyzeText(text, { blocks, ner: model });
            xs.push(performance.now() - t);
          }
          return xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        };
        return { parseColdMs, words, rulesMs: time(undefined), modelMs: time(ner) };
      },
      { weights, gazetteer, text: long.text, blocks: long.blocks, runs, words: long.wordCount },
    );
  } finally {
    await browser.close();
  }
}

export function formatNerChromium(b: NerChromiumBench): string {
  const per = (ms: number) => ((1000 * ms) / b.words).toFixed(1);
  return (
    `Names with the NER model, in Chromium (a page; wall ms, warm medians)\n` +
    `  model parse (cold, files already fetched): ${b.parseColdMs.toFixed(1)} ms\n` +
    `  long article (${b.words} words): ${b.rulesMs.toFixed(1)} ms rules only, ${b.modelMs.toFixed(1)} ms with the model ` +
    `(${per(b.rulesMs)} → ${per(b.modelMs)} ms per 1,000 words; the model adds ${per(b.modelMs - b.rulesMs)})`
  );
}

export function formatNerBench(b: NerBench): string {
  const lines = [
    `Names with the NER model, in Node (CPU ms, medians; analysis = the whole analyzeSnapshot)`,
    `  model load (cold, files read and parsed): ${b.loadColdMs.toFixed(1)} ms`,
    `  ${'page'.padEnd(28)} ${'words'.padStart(6)}  ${'rules only'.padStart(10)}  ${'with model'.padStart(10)}  ${'model cost / 1,000 words'.padStart(24)}`,
    ...b.rows.map(
      (r) =>
        `  ${r.page.padEnd(28)} ${String(r.words).padStart(6)}  ${r.rulesMs.toFixed(1).padStart(10)}  ${r.modelMs.toFixed(1).padStart(10)}  ${((1000 * (r.modelMs - r.rulesMs)) / r.words).toFixed(1).padStart(24)}`,
    ),
    `  all pages: ${b.rulesPer1000.toFixed(1)} ms per 1,000 words with the rules alone, ${b.modelPer1000.toFixed(1)} with the model (+${(b.modelPer1000 - b.rulesPer1000).toFixed(1)} for the model)`,
  ];
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchNer()
    .then(async (b) => console.log(`${formatNerBench(b)}\n\n${formatNerChromium(await benchNerChromium())}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
