// The pages `npm run bench:page` loads: a tiny page, every fixture at its real URL, and a few
// large real pages from the shared Readability test corpus, each served at a made-up address
// that looks like where such a page lives (the corpus keeps no URLs).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fixtures, fixturesDir } from '../../../tests/fixtures/fixtures';
import { projectRoot } from '../browser';

export interface BenchPage {
  name: string;
  url: string;
  file: string;
  kind: 'article' | 'non-article';
  /** The article body is rendered by script about 1.2 s after load. */
  arrivesLate?: boolean;
  source: 'tiny' | 'fixture' | 'corpus';
}

/** Where the shared corpus is: $BACKSTORY_CORPORA, else ../shared/corpora beside the checkout. */
export function corpusDir(): string {
  const base = process.env.BACKSTORY_CORPORA ?? path.resolve(projectRoot, '..', 'shared', 'corpora');
  return path.join(base, 'readability-test-pages');
}

// Large real pages: the 1 MB Wikipedia article, heavy news pages, and the corpus' one real
// product page (Firefox Developer Edition's landing page, not readerable).
const CORPUS_PAGES: { dir: string; url: string; kind: BenchPage['kind'] }[] = [
  { dir: 'wikipedia-2', url: 'https://en.wikipedia.org/wiki/Bench_page_large_article', kind: 'article' },
  { dir: 'guardian-1', url: 'https://www.theguardian.com/world/2015/bench/large-news-article', kind: 'article' },
  { dir: 'yahoo-2', url: 'https://news.yahoo.com/bench-space-ship-malfunctions-breaks-up-over-siberia-123456789.html', kind: 'article' },
  { dir: 'nytimes-5', url: 'https://www.nytimes.com/2019/01/01/world/bench-heavy-news-page.html', kind: 'article' },
  { dir: 'mozilla-2', url: 'https://www.mozilla.org/en-US/firefox/developer/', kind: 'non-article' },
];

export function benchPages(): BenchPage[] {
  const pages: BenchPage[] = [
    {
      name: 'tiny-page',
      url: 'https://hours.example-shop.com/opening-hours',
      file: path.join(projectRoot, 'tests', 'bench', 'tiny-page.html'),
      kind: 'non-article',
      source: 'tiny',
    },
  ];
  for (const f of fixtures) {
    pages.push({ name: f.name, url: f.url, file: path.join(fixturesDir, f.file), kind: f.kind, arrivesLate: f.arrivesLate, source: 'fixture' });
  }
  const dir = corpusDir();
  for (const c of CORPUS_PAGES) {
    const file = path.join(dir, c.dir, 'source.html');
    if (existsSync(file)) pages.push({ name: c.dir, url: c.url, file, kind: c.kind, source: 'corpus' });
  }
  return pages;
}
