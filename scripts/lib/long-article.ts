// A 20,000-word article for the bench: the article fixtures' paragraphs (with their links)
// repeated in a plain news-article page, so analysis and painting meet a realistic mix of
// names, numbers, quotes and dead or external links at a size far beyond most articles.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { fixtures, fixturesDir } from '../../tests/fixtures/fixtures';

export const LONG_ARTICLE_URL = 'https://news.bench.example/2026/11/a-very-long-investigation';

function articleParagraphs(): string[] {
  const out: string[] = [];
  for (const f of fixtures.filter((x) => x.kind === 'article' && !x.arrivesLate)) {
    const { document } = parseHTML(readFileSync(path.join(fixturesDir, f.file), 'utf8'));
    for (const p of document.querySelectorAll('article p, .entry-content p, .article-body p, main p')) {
      const words = (p.textContent ?? '').trim().split(/\s+/).length;
      if (words >= 20) out.push(p.outerHTML);
    }
  }
  return [...new Set(out)];
}

export function longArticleHtml(targetWords = 20_000): { html: string; words: number } {
  const paragraphs = articleParagraphs();
  const body: string[] = [];
  let words = 0;
  for (let i = 0; words < targetWords; i++) {
    const p = paragraphs[i % paragraphs.length];
    if (i % 12 === 0) body.push(`<h2>Part ${i / 12 + 1}</h2>`);
    body.push(p);
    words += p.replace(/<[^>]+>/g, ' ').trim().split(/\s+/).length;
  }
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A very long investigation | Bench News</title>
<meta property="og:type" content="article"><meta property="og:title" content="A very long investigation">
<meta property="og:site_name" content="Bench News"><meta name="author" content="Pat Bench">
<meta property="article:published_time" content="2026-11-20T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A very long investigation","author":{"@type":"Person","name":"Pat Bench"},"datePublished":"2026-11-20T09:00:00Z"}</script>
</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>A very long investigation</h1><p class="byline">By Pat Bench</p>
${body.join('\n')}
</article></main><footer>© Bench News</footer></body></html>`;
  return { html, words };
}
