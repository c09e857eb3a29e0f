// What the side panel's Page section shows about an article: title, authors, outlet, dates,
// canonical URL, language, and where a cross-post came from.
import { CORPUS_DIR, hasCorpus } from './corpus-dir';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixtures, fixturesDir, type Fixture } from '../fixtures/fixtures';
import { readMetadata } from '../../lib/page/metadata';
import { normalizeDate } from '../../lib/page/dates';

const docOf = (html: string): Document => parseHTML(html).document as unknown as Document;
const page = (head: string, body = ''): Document => docOf(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const URL_ = 'https://www.example-news.com/2024/05/02/some-story-about-things';

describe('the seed cross-post (Global Research)', () => {
  const seed = fixtures.find((f) => f.name === 'seed-globalresearch')!;
  const meta = readMetadata(docOf(readFileSync(join(fixturesDir, seed.file), 'utf8')), seed.url);

  it('reads title, author, outlet and date', () => {
    expect(meta.title).toBe('As Russia Liberates Syria From ISIS, America Saves ISIS From Russia, and Western Media Ignores It All');
    expect(meta.authors).toEqual(['Joe Quinn']);
    expect(meta.siteName).toBe('Global Research');
    expect(meta.publishedTime?.slice(0, 10)).toBe('2017-09-10');
  });

  it('names Sott.net as the original source, with its link', () => {
    expect(meta.originalSource?.name).toBe('Sott.net');
    expect(meta.originalSource?.url).toMatch(/^https:\/\/www\.sott\.net\//);
    expect(meta.sources.originalSource).toBe('text: original source line');
  });
});

/** A fixture's document; a late article is rendered first by running its own script. */
function loadFixture(f: Fixture): Document {
  const { document } = parseHTML(readFileSync(join(fixturesDir, f.file), 'utf8'));
  if (f.arrivesLate) {
    const script = [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').find((t) => t.includes('setTimeout'))!;
    new Function('window', 'document', script)({ setTimeout: (fn: () => void) => fn() }, document);
  }
  return document as unknown as Document;
}

describe('every article fixture matches its manifest', () => {
  for (const f of fixtures.filter((x) => x.kind === 'article' && x.expect)) {
    it(f.name, () => {
      const meta = readMetadata(loadFixture(f), f.url);
      const want = f.expect!;
      expect(meta.title).toBe(want.title);
      expect(meta.authors).toEqual(want.authors);
      // Optional manifest fields are checked when the manifest states them.
      if (want.siteName) expect(meta.siteName).toBe(want.siteName);
      if (want.published) expect(meta.publishedTime?.slice(0, 10)).toBe(want.published);
      if (want.modified) expect(meta.modifiedTime?.slice(0, 10)).toBe(want.modified);
      if (want.lang) expect(meta.lang).toBe(want.lang);
      if (want.originalSource) expect(meta.originalSource?.name).toBe(want.originalSource);
    });
  }
});

describe('title', () => {
  it('prefers the JSON-LD headline, found inside @graph', () => {
    const doc = page(
      `<title>Other | Site</title><meta property="og:title" content="OG headline">${ld({
        '@context': 'https://schema.org',
        '@graph': [{ '@type': 'WebSite', name: 'The Site' }, { '@type': ['NewsArticle'], headline: 'Graph headline' }],
      })}`,
    );
    const meta = readMetadata(doc, URL_);
    expect(meta.title).toBe('Graph headline');
    expect(meta.sources.title).toBe('json-ld');
  });

  it('keeps the headline the publisher declares as written, as Readability does', () => {
    const site = '<meta property="og:site_name" content="The Daily Planet">';
    expect(readMetadata(page(`${site}<meta property="og:title" content="Mayor resigns | The Daily Planet">`), URL_).title).toBe(
      'Mayor resigns | The Daily Planet',
    );
  });

  it('cuts a " | Site" or " - Site" segment that names the site from <title>, and nothing else', () => {
    const site = '<meta property="og:site_name" content="The Daily Planet">';
    const titled = (t: string) => readMetadata(page(`${site}<title>${t}</title>`), URL_).title;
    expect(titled('Mayor resigns | The Daily Planet')).toBe('Mayor resigns');
    expect(titled('Mayor resigns - Daily Planet')).toBe('Mayor resigns');
    expect(titled('Daily Planet | Mayor resigns')).toBe('Mayor resigns');
    expect(titled('Minecraft 1.8 - The Bountiful Update')).toBe('Minecraft 1.8 - The Bountiful Update');
    expect(titled('Zimbabwe coup: Mugabe stays')).toBe('Zimbabwe coup: Mugabe stays');
  });

  it('falls back to <title>, keeping the part that is the h1', () => {
    const doc = page('<title>Council passes the budget after long night – Springfield Gazette</title>', '<h1>Council passes the budget after long night</h1>');
    const meta = readMetadata(doc, URL_);
    expect(meta.title).toBe('Council passes the budget after long night');
    expect(meta.sources.title).toBe('document.title');
  });
});

describe('authors', () => {
  it('splits "By A and B" and "A, B and C" bylines', () => {
    const two = readMetadata(page('', '<h1>Headline here</h1><div class="byline">By Maria Lopez and Sam Okafor</div>'), URL_);
    expect(two.authors).toEqual(['Maria Lopez', 'Sam Okafor']);
    expect(two.sources.authors).toBe('byline');
    const three = readMetadata(page('<meta name="author" content="Stella Kim, Jennifer Jett and Ken Lee">'), URL_);
    expect(three.authors).toEqual(['Stella Kim', 'Jennifer Jett', 'Ken Lee']);
  });

  it('keeps a surname-first name whole and drops roles, dates and URLs', () => {
    expect(readMetadata(page('<meta name="author" content="Jong, Michiel de">'), URL_).authors).toEqual(['Jong, Michiel de']);
    const doc = page(
      '<meta property="article:author" content="https://www.facebook.com/someone">',
      '<h1>Headline here</h1><p class="byline">By Nathan Willis, Staff Writer March 25, 2015</p>',
    );
    expect(readMetadata(doc, URL_).authors).toEqual(['Nathan Willis']);
  });

  it('reads JSON-LD Person authors', () => {
    const doc = page(ld({ '@type': 'NewsArticle', headline: 'H', author: [{ '@type': 'Person', name: 'Ann Lee' }, { '@type': 'Person', name: 'Bo Chan' }] }));
    const meta = readMetadata(doc, URL_);
    expect(meta.authors).toEqual(['Ann Lee', 'Bo Chan']);
    expect(meta.sources.authors).toBe('json-ld');
  });

  it('keeps names written in any script: Arabic, Hebrew, Japanese, Greek, accented Latin', () => {
    const names = ['ليلى الحسيني', 'נועה ברגר', '山田 太郎', 'Νίκος Παππάς', 'Inês Carvalho'];
    for (const name of names) expect(readMetadata(page(`<meta name="author" content="${name}">`), URL_).authors).toEqual([name]);
    const byline = readMetadata(page('', '<h1>Headline here</h1><p class="byline">מאת <a rel="author" href="/w/1">נועה ברגר</a></p>'), URL_);
    expect(byline.authors).toEqual(['נועה ברגר']);
  });

  it('takes a person from the byline over a meta author that is only the outlet', () => {
    const doc = page(
      '<meta property="og:site_name" content="Metro Times"><meta name="author" content="Metro Times">',
      '<h1>Headline here</h1><span class="byline">By Priya Raman</span>',
    );
    expect(readMetadata(doc, URL_).authors).toEqual(['Priya Raman']);
  });
});

describe('site name, dates, canonical, language, section', () => {
  it('reads them from Open Graph and article tags, with sources', () => {
    const doc = docOf(`<html lang="en-GB"><head>
      <meta property="og:site_name" content="Northern Courier">
      <meta property="article:published_time" content="2024-02-21T07:00:12Z">
      <meta property="article:modified_time" content="2024-02-21T09:41:55+00:00">
      <meta property="article:section" content="Opinion">
      <link rel="canonical" href="/opinion/2024/feb/21/libraries">
    </head><body></body></html>`);
    const meta = readMetadata(doc, 'https://www.northerncourier.co.uk/opinion/2024/feb/21/libraries?utm_source=x');
    expect(meta).toMatchObject({
      siteName: 'Northern Courier',
      publishedTime: '2024-02-21T07:00:12Z',
      modifiedTime: '2024-02-21T09:41:55+00:00',
      section: 'Opinion',
      canonicalUrl: 'https://www.northerncourier.co.uk/opinion/2024/feb/21/libraries',
      lang: 'en-GB',
    });
    expect(meta.sources).toMatchObject({ siteName: 'og:site_name', canonicalUrl: 'link[rel=canonical]', lang: 'html[lang]' });
    expect(meta.originalSource).toBeUndefined();
  });

  it('falls back to the host for the site name and og:locale for the language', () => {
    const meta = readMetadata(page('<meta property="og:locale" content="pt_BR">'), 'https://m.folha.example.br/x');
    expect(meta.siteName).toBe('folha.example.br');
    expect(meta.sources.siteName).toBe('host');
    expect(meta.lang).toBe('pt-BR');
  });

  it('reads a visible date next to the byline when nothing declares one', () => {
    const doc = page('', '<h1>Headline here</h1><div class="meta"><span class="byline">By Joe Quinn</span> Global Research, September 10, 2017</div>');
    const meta = readMetadata(doc, URL_);
    expect(meta.publishedTime).toBe('2017-09-10');
    expect(meta.sources.publishedTime).toBe('text: date by the byline');
  });

  it('normalizes the date formats pages use', () => {
    expect(normalizeDate('2017-11-03 03:01:00.000000')).toBe('2017-11-03T03:01:00.000');
    expect(normalizeDate('2021-11-01T10:52:50+0100')).toBe('2021-11-01T10:52:50+01:00');
    expect(normalizeDate('2024-06-25')).toBe('2024-06-25');
    expect(normalizeDate('Sept. 10, 2017')).toBe('2017-09-10');
    expect(normalizeDate('10 September 2017')).toBe('2017-09-10');
    expect(normalizeDate('20170910')).toBe('2017-09-10');
    expect(normalizeDate('yesterday')).toBeUndefined();
  });
});

describe('original source of a cross-post', () => {
  it('reads "Originally published at X" with its link', () => {
    const doc = page('', '<article><p>Body text.</p><p><em>Originally published at <a href="https://theconversation.com/a-123">The Conversation</a> on May 3, 2024.</em></p></article>');
    expect(readMetadata(doc, URL_).originalSource).toEqual({ name: 'The Conversation', url: 'https://theconversation.com/a-123' });
  });

  it('reads "This article was first published by X" without a link', () => {
    const doc = page('', '<p>This article was first published by Inside Climate News.</p>');
    expect(readMetadata(doc, URL_).originalSource).toEqual({ name: 'Inside Climate News' });
  });

  it('reads "Republished from X" and, as a last resort, a closing "Source: X" line', () => {
    const republished = page('', '<p>Republished from <a href="https://www.propublica.org/article/x">ProPublica</a> under a Creative Commons license.</p>');
    expect(readMetadata(republished, URL_).originalSource).toEqual({ name: 'ProPublica', url: 'https://www.propublica.org/article/x' });
    const source = page('', `<article><p>${'Body text. '.repeat(20)}</p><p>Source: Reuters</p></article>`);
    expect(readMetadata(source, URL_).originalSource).toEqual({ name: 'Reuters' });
    const caption = page('', '<figure><img src="a.jpg"><figcaption>Source: Getty Images</figcaption></figure>');
    expect(readMetadata(caption, URL_).originalSource).toBeUndefined();
  });

  it('ignores "originally published" in the middle of a sentence of prose', () => {
    const doc = page('', '<p>The report, originally published by the Pentagon in 2003, was never followed up.</p>');
    expect(readMetadata(doc, URL_).originalSource).toBeUndefined();
  });

  it('uses JSON-LD isBasedOn', () => {
    const doc = page(ld({ '@type': 'NewsArticle', headline: 'H', isBasedOn: { '@type': 'NewsArticle', name: 'Reuters', url: 'https://www.reuters.com/x' } }));
    const meta = readMetadata(doc, URL_);
    expect(meta.originalSource).toEqual({ name: 'Reuters', url: 'https://www.reuters.com/x' });
    expect(meta.sources.originalSource).toBe('json-ld isBasedOn');
  });

  it('treats a canonical URL on another site as the original, but not www./m. variants', () => {
    const cross = readMetadata(page('<link rel="canonical" href="https://www.sott.net/article/361054">'), URL_);
    expect(cross.originalSource).toEqual({ name: 'sott.net', url: 'https://www.sott.net/article/361054' });
    const same = readMetadata(page('<link rel="canonical" href="https://m.example-news.com/2024/05/02/x">'), URL_);
    expect(same.originalSource).toBeUndefined();
  });

  it('never turns javascript: links into sources or names', () => {
    const doc = page(ld({ '@type': 'NewsArticle', isBasedOn: 'javascript:alert(1)' }) + '<link rel="canonical" href="javascript:alert(2)">');
    const meta = readMetadata(doc, URL_);
    expect(meta.originalSource).toBeUndefined();
    expect(meta.canonicalUrl).toBeUndefined();
  });
});

const CORPUS = CORPUS_DIR;
const corpusPage = (name: string): Document => docOf(readFileSync(join(CORPUS, name, 'source.html'), 'utf8'));

describe(`real pages from the Readability corpus${hasCorpus ? '' : ` (skipped: ${CORPUS} not found)`}`, () => {
  it.skipIf(!hasCorpus)('aclu: title, author, outlet, date from JSON-LD and Open Graph', () => {
    const meta = readMetadata(corpusPage('aclu'), 'https://example.com/aclu');
    expect(meta.title).toBe('Facebook Is Tracking Me Even Though I’m Not on Facebook');
    expect(meta.authors).toEqual(['Daniel Kahn Gillmor']);
    expect(meta.siteName).toBe('American Civil Liberties Union');
    expect(meta.publishedTime).toBe('2018-04-05T06:00:00');
  });

  it.skipIf(!hasCorpus)('wikipedia-2: the JSON-LD name, not its one-line gloss in headline', () => {
    const meta = readMetadata(corpusPage('wikipedia-2'), 'https://example.com/wikipedia-2');
    expect(meta.title).toBe('New Zealand');
    expect(meta.siteName).toBe('Wikimedia Foundation, Inc.');
  });

  it.skipIf(!hasCorpus)('iab-1: the byline, not the author bio box', () => {
    const meta = readMetadata(corpusPage('iab-1'), 'https://example.com/iab-1');
    expect(meta.authors).toEqual(['Scott Cunningham']);
    expect(meta.title).toBe('Getting LEAN with Digital Ad UX | IAB'); // og:title as declared
  });
});
