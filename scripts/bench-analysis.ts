// The analysis half of `npm run bench`: for each article fixture and a 20,000-word article,
// in the built extension: analysis time in the background, the page's main-thread time to
// paint, and the longest single task Backstory ran in the page (detection, snapshot, or one
// paint slice). Medians over a few loads. Numbers, never assertions.
import { writeFileSync, mkdirSync } from 'node:fs';
import type { Worker } from 'playwright-core';
import path from 'node:path';
import { fixtures, fixturesDir } from '../tests/fixtures/fixtures';
import { benchExtensionDir, launchWithExtension, projectRoot, servePages, tabIdFor } from './lib/browser';
import { LONG_ARTICLE_URL, longArticleHtml } from './lib/long-article';

interface PageTimings {
  detectMs?: number;
  snapshotMs?: number;
  paint?: { items: number; totalMs: number; longestSliceMs: number; slices: number };
}

export interface AnalysisBenchRow {
  page: string;
  words: number;
  analysisMs: number;
  entities: number;
  claims: number;
  highlights: number;
  snapshotMs: number;
  paintMs: number;
  paintSlices: number;
  longestTaskMs: number;
}

interface Painted {
  words: number;
  analysis: { tookMs: number; entities: unknown[]; claims: unknown[] };
  timings: PageTimings;
}

/** Polls the background until the tab's analysis is done and its page reported painting. */
async function waitForPaint(worker: Worker, tabId: number, timeoutMs = 60_000): Promise<Painted> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const got = await worker.evaluate((id) => {
      type State = { snapshot?: { wordCount: number }; analysis?: { status: string; analysis?: Painted['analysis'] } };
      const b = (globalThis as unknown as { backstory: { articles: { tabs: { get(id: number): State | undefined } }; pageTimings: Map<number, PageTimings> } }).backstory;
      const state = b.articles.tabs.get(id);
      const timings = b.pageTimings.get(id);
      if (state?.analysis?.status !== 'done' || !timings) return null;
      b.pageTimings.delete(id);
      return { words: state.snapshot!.wordCount, analysis: state.analysis.analysis!, timings };
    }, tabId);
    if (got) return got;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`tab ${tabId} was not analyzed and painted within ${timeoutMs / 1000} s`);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function benchAnalysis(loads = 3): Promise<AnalysisBenchRow[]> {
  const long = longArticleHtml();
  const longFile = path.join(projectRoot, 'bench-output', 'long-article.html');
  mkdirSync(path.dirname(longFile), { recursive: true });
  writeFileSync(longFile, long.html);
  const pages = [
    ...fixtures.filter((f) => f.kind === 'article' && !f.arrivesLate).map((f) => ({ name: f.name, url: f.url, file: path.join(fixturesDir, f.file) })),
    { name: `long article (${long.words} words)`, url: LONG_ARTICLE_URL, file: longFile },
  ];
  const ext = await launchWithExtension({ extensionPath: benchExtensionDir });
  await servePages(ext.context, pages);
  const rows: AnalysisBenchRow[] = [];
  try {
    for (const p of pages) {
      const samples: Omit<AnalysisBenchRow, 'page'>[] = [];
      for (let i = 0; i < loads; i++) {
        const page = await ext.context.newPage();
        await page.goto(p.url, { waitUntil: 'load' });
        const tabId = await tabIdFor(ext.serviceWorker, p.url);
        const got = await waitForPaint(ext.serviceWorker, tabId);
        const t = got.timings;
        samples.push({
          words: got.words,
          analysisMs: got.analysis.tookMs,
          entities: got.analysis.entities.length,
          claims: got.analysis.claims.length,
          highlights: t.paint?.items ?? 0,
          snapshotMs: t.snapshotMs ?? NaN,
          paintMs: t.paint?.totalMs ?? NaN,
          paintSlices: t.paint?.slices ?? 0,
          longestTaskMs: Math.max(t.detectMs ?? 0, t.snapshotMs ?? 0, t.paint?.longestSliceMs ?? 0),
        });
        await page.close();
      }
      rows.push({
        page: p.name,
        words: samples[0].words,
        entities: samples[0].entities,
        claims: samples[0].claims,
        highlights: samples[0].highlights,
        analysisMs: median(samples.map((s) => s.analysisMs)),
        snapshotMs: median(samples.map((s) => s.snapshotMs)),
        paintMs: median(samples.map((s) => s.paintMs)),
        paintSlices: median(samples.map((s) => s.paintSlices)),
        longestTaskMs: median(samples.map((s) => s.longestTaskMs)),
      });
    }
  } finally {
    await ext.close();
  }
  return rows;
}

export function formatAnalysisTable(rows: AnalysisBenchRow[]): string {
  const header = ['page', 'words', 'entities', 'claims', 'highlights', 'analysis (bg)', 'snapshot', 'paint total', 'slices', 'longest task'];
  const f = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(1));
  const table = [
    header,
    ...rows.map((r) => [r.page, String(r.words), String(r.entities), String(r.claims), String(r.highlights), f(r.analysisMs), f(r.snapshotMs), f(r.paintMs), String(r.paintSlices), f(r.longestTaskMs)]),
  ];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  return table
    .map((row, i) => {
      const line = row.map((c, j) => (j ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join('  ');
      return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}
