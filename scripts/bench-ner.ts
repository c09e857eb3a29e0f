// The NER model's cost, in Node (part of `npm run bench`; alone: `npx tsx scripts/bench-ner.ts`):
// the model's load time (cold: the first load in a fresh process, files read and parsed), and
// the analysis time per 1,000 words with the rules alone and with the model, on the article
// fixtures and on the 20,000-word article. CPU time (process.cpuUsage), medians; numbers, never
// assertions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeSnapshot, loadNerModel, type NerModel } from '../lib/analysis';
import { detectArticle } from '../lib/page/detect';
import { takeSnapshot } from '../lib/page/snapshot';
import type { ArticleSnapshot } from '../lib/page/types';
import { fixtures, fixturesDir } from '../tests/fixtures/fixtures';
import { documentFromHtml } from './analyze-file';
import { LONG_ARTICLE_URL, longArticleHtml } from './lib/long-article';
import { nodeModelAssets } from './lib/model-assets';

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
  benchNer().then((b) => console.log(formatNerBench(b)));
}
