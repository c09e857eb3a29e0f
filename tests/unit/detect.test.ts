// Which pages Backstory treats as articles: it must act on news and opinion pieces and stay
// out of the way everywhere else (home pages, search, shops, web apps, forums, video).
import { CORPUS_DIR, hasCorpus } from './corpus-dir';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixtures, fixturesDir } from '../fixtures/fixtures';
import { detectArticle, hasArticleSizedText, MIN_ARTICLE_TEXT } from '../../lib/page/detect';

const docOf = (html: string): Document => parseHTML(html).document as unknown as Document;
const signals = (d: { reasons: { signal: string }[] }): string[] => d.reasons.map((r) => r.signal);

// Enough prose for any reader-mode heuristic: five paragraphs of ~300 characters in one body.
const PROSE = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the council met on Tuesday evening and, after a long debate about the budget, roads and the future of the library branches, voted to approve the plan that the finance committee had drafted over the summer, with two members against and one absent for the whole of the session.</p>`,
).join('');

describe('fixtures', () => {
  for (const f of fixtures) {
    const expected = f.kind === 'article' && !f.arrivesLate;
    it(`${f.name} is ${expected ? '' : 'not '}an article${f.arrivesLate ? ' before its body arrives' : ''}`, () => {
      const d = detectArticle(docOf(readFileSync(join(fixturesDir, f.file), 'utf8')), f.url);
      expect(d.isArticle, JSON.stringify(d.reasons)).toBe(expected);
      expect(d.score).toBe(d.reasons.reduce((s, r) => s + r.weight, 0));
    });
  }

  it('the late article is an article once its body has been rendered', () => {
    const late = fixtures.find((f) => f.arrivesLate)!;
    const { document } = parseHTML(readFileSync(join(fixturesDir, late.file), 'utf8'));
    const script = [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').find((t) => t.includes('setTimeout'))!;
    // Run the page's own renderer with a clock that fires at once.
    new Function('window', 'document', script)({ setTimeout: (fn: () => void) => fn() }, document);
    const d = detectArticle(document as unknown as Document, late.url);
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(true);
  });
});

describe('signals', () => {
  it('finds a NewsArticle inside a JSON-LD @graph', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', headline: 'H' }] };
    const d = detectArticle(
      docOf(`<html><head><script type="application/ld+json">${JSON.stringify(graph)}</script></head><body><h1>H</h1>${PROSE}</body></html>`),
      'https://example.com/a',
    );
    expect(d.isArticle).toBe(true);
    expect(d.reasons).toContainEqual({ signal: 'json-ld-article', weight: 3, detail: 'NewsArticle' });
  });

  it('does not call an app shell with full article metadata but no text an article', () => {
    const d = detectArticle(
      docOf(`<html><head><meta property="og:type" content="article">
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-01"}</script></head>
        <body><div id="app"><p>Loading…</p></div></body></html>`),
      'https://news.example.com/2024/01/01/a-long-story-slug-here',
    );
    expect(d.isArticle).toBe(false);
    expect(signals(d)).toContain('no-body');
  });

  it('leaves a login form alone even when the page has marketing prose', () => {
    const d = detectArticle(
      docOf(`<html><body><h1>Welcome back</h1><form><input type="email"><input type="password"><button>Log in</button></form>
        <aside>${PROSE.slice(0, 700)}</aside></body></html>`),
      'https://app.example.com/login',
    );
    expect(d.isArticle).toBe(false);
    expect(signals(d)).toContain('login-form');
  });

  it('leaves a product page alone', () => {
    const product = { '@context': 'https://schema.org', '@type': 'Product', name: 'Kettle', offers: { '@type': 'Offer', price: '20' } };
    const d = detectArticle(
      docOf(`<html><head><script type="application/ld+json">${JSON.stringify(product)}</script></head>
        <body><h1>Kettle</h1><button class="add-to-cart">Add to cart</button>${PROSE}</body></html>`),
      'https://shop.example.com/p/kettle-1234567',
    );
    expect(d.isArticle).toBe(false);
    expect(signals(d)).toContain('product');
  });

  it('leaves a search results page alone', () => {
    const results = Array.from(
      { length: 10 },
      (_, i) => `<li class="result"><h3><a href="/story-${i}">Result ${i}</a></h3><p>Snippet ${i} of a story that matched the query, long enough to look like a paragraph of prose to a naive counter.</p></li>`,
    ).join('');
    const d = detectArticle(
      docOf(`<html><body><form role="search"><input type="search" name="q" value="budget"></form><ol>${results}</ol></body></html>`),
      'https://news.example.com/search?q=budget',
    );
    expect(d.isArticle).toBe(false);
    expect(signals(d)).toEqual(expect.arrayContaining(['search-url', 'search-query-box', 'listing']));
  });

  it('treats a page of teaser cards as a listing, not an article', () => {
    const cards = Array.from(
      { length: 12 },
      (_, i) => `<div class="card"><h3><a href="/news/story-${i}">Headline ${i}</a></h3><p>A teaser for story ${i}, written to be long enough that it counts as a long paragraph in the density measure, which it should not fool.</p></div>`,
    ).join('');
    const d = detectArticle(docOf(`<html><body><main>${cards}</main></body></html>`), 'https://example.com/news');
    expect(d.isArticle).toBe(false);
    expect(signals(d)).toContain('listing');
  });

  it('leaves a video page alone', () => {
    const d = detectArticle(
      docOf(`<html><head><meta property="og:type" content="video.other"></head><body><video src="v.mp4"></video>${PROSE.split('</p>').slice(0, 2).join('</p>')}</p></body></html>`),
      'https://video.example.com/watch?v=abc',
    );
    expect(d.isArticle).toBe(false);
    expect(signals(d)).toContain('video-page');
  });

  it('does not lean on the URL: a plain article is one at a neutral address as at an article-like one', () => {
    const html = `<html><body><article><h1>Headline</h1><p class="byline">By Ann Lee</p>${PROSE}</article></body></html>`;
    expect(detectArticle(docOf(html), 'https://example.com/x').isArticle).toBe(true);
    expect(detectArticle(docOf(html), 'https://example.com/2024/05/02/council-approves-budget-after-long-debate').isArticle).toBe(true);
  });
});

const CORPUS = CORPUS_DIR;

describe(`real pages from the Readability corpus${hasCorpus ? '' : ` (skipped: ${CORPUS} not found)`}`, () => {
  const cases: [string, boolean][] = [
    ['mozilla-2', false], // a product landing page
    ['mathjax', false], // a test page of formulas
    ['nytimes-1', true],
    ['wikipedia-2', true],
    // LWN's weekly edition: three full articles, each under its own linked headline with a byline
    // and a date. Readability calls it readerable; it is a list of posts, like a blog's home page.
    ['lwn-1', false],
    ['nytimes-5', false], // the Spanish edition's home page (JSON-LD CollectionPage); readerable says true
    ['ietf-1', true], // an RFC draft: text in <pre>, no <p>
  ];
  for (const [name, article] of cases) {
    it.skipIf(!hasCorpus)(`${name} is ${article ? '' : 'not '}an article`, () => {
      const html = readFileSync(join(CORPUS, name, 'source.html'), 'utf8');
      expect(detectArticle(docOf(html), `https://example.com/${name}`).isArticle).toBe(article);
    });
  }
});

describe('too little text to be an article', () => {
  const page = (text: string) => docOf(`<html><head><meta property="og:type" content="article"></head><body><main><p>${text}</p></main></body></html>`);

  it('answers a small page at once, whatever its metadata says', () => {
    const d = detectArticle(page('Monday to Friday, 9:00 to 17:00.'), 'https://news.example.com/2024/01/01/a-long-story-slug-here');
    expect(d).toEqual({ isArticle: false, score: -5, reasons: [{ signal: 'no-body', weight: -5, detail: `under ${MIN_ARTICLE_TEXT} characters of text` }] });
  });

  it('counts every text node of the body, up to the least an article needs', () => {
    expect(hasArticleSizedText(page('x'.repeat(MIN_ARTICLE_TEXT - 1)))).toBe(false);
    expect(hasArticleSizedText(page('x'.repeat(MIN_ARTICLE_TEXT)))).toBe(true);
    expect(hasArticleSizedText(page(`${'x'.repeat(200)}<b>${'y'.repeat(200)}</b>`))).toBe(true);
    expect(hasArticleSizedText(docOf('<html><body></body></html>'))).toBe(false);
    // Broken markup can leave the text outside <body> (a DOM library does not repair it).
    const stray = docOf('<html><head></head><body></body></html>');
    stray.documentElement.appendChild(stray.createElement('p')).textContent = 'x'.repeat(MIN_ARTICLE_TEXT);
    expect(hasArticleSizedText(stray)).toBe(true);
  });

  it('never turns away a page that would be an article', () => {
    for (const f of fixtures.filter((x) => x.kind === 'article' && !x.arrivesLate)) {
      expect(hasArticleSizedText(docOf(readFileSync(join(fixturesDir, f.file), 'utf8'))), f.name).toBe(true);
    }
    // The least prose that reaches the threshold: three long paragraphs with article metadata.
    const three = PROSE.split('</p>').slice(0, 3).join('</p>') + '</p>';
    expect(detectArticle(docOf(`<html><head><meta property="og:type" content="article"></head><body><article>${three}</article></body></html>`), 'https://news.example.com/2024/01/01/story').isArticle).toBe(true);
  });
});
