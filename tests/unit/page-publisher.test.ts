// What a page says about its own publisher (lib/page/publisher.ts), on markup shaped like real
// news pages (written for these tests), and on saved real pages when the corpus is beside us.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readSiteSays } from '@/lib/page/publisher';
import { CORPUS_DIR, hasCorpus } from './corpus-dir';

const docOf = (html: string): Document => parseHTML(html).document as unknown as Document;
const page = (head: string, body = '<article><h1>A story</h1><p>Text.</p></article>') =>
  docOf(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

const URL_ = 'https://www.example-herald.com/news/2025/03/01/story.html';

describe('readSiteSays: JSON-LD publisher', () => {
  it('reads an inline NewsMediaOrganization with its policies, Wikipedia and Wikidata pages, founding date and owner', () => {
    const doc = page(
      ld({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'A story',
        publisher: {
          '@type': 'NewsMediaOrganization',
          name: 'The Example Herald',
          url: 'https://www.example-herald.com/',
          sameAs: [
            'https://en.wikipedia.org/wiki/The_Example_Herald',
            'https://www.wikidata.org/wiki/Q123456',
            'https://twitter.com/exampleherald',
          ],
          foundingDate: '1921-02-19',
          parentOrganization: { '@type': 'Organization', name: 'Example Media Group' },
          ownershipFundingInfo: 'https://www.example-herald.com/about/ownership',
          correctionsPolicy: '/corrections',
          ethicsPolicy: { '@type': 'CreativeWork', url: 'https://www.example-herald.com/ethics' },
          masthead: 'https://www.example-herald.com/staff',
        },
      }),
    );
    const says = readSiteSays(doc, URL_)!;
    expect(says.name).toBe('The Example Herald');
    expect(says.from.name).toBe('json-ld publisher');
    expect(says.url).toBe('https://www.example-herald.com/');
    expect(says.wikidataId).toBe('Q123456');
    expect(says.wikipedia).toEqual(['https://en.wikipedia.org/wiki/The_Example_Herald']);
    expect(says.sameAs).toEqual(['https://twitter.com/exampleherald']);
    expect(says.foundingDate).toBe('1921-02-19');
    expect(says.parentOrganizations).toEqual(['Example Media Group']);
    expect(says.policies).toEqual({
      ownershipFundingInfo: 'https://www.example-herald.com/about/ownership',
      correctionsPolicy: 'https://www.example-herald.com/corrections',
      ethicsPolicy: 'https://www.example-herald.com/ethics',
      masthead: 'https://www.example-herald.com/staff',
    });
  });

  it('follows a publisher given by @id to its node in a Yoast-style @graph', () => {
    const doc = page(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Article', '@id': `${URL_}#article`, headline: 'A story', publisher: { '@id': 'https://www.example-herald.com/#organization' } },
          { '@type': 'WebSite', '@id': 'https://www.example-herald.com/#website', name: 'Example Herald', publisher: { '@id': 'https://www.example-herald.com/#organization' } },
          {
            '@type': 'Organization',
            '@id': 'https://www.example-herald.com/#organization',
            name: 'Example Herald Ltd',
            url: 'https://www.example-herald.com/',
            sameAs: ['https://www.facebook.com/exampleherald', 'http://www.wikidata.org/entity/q98765'],
          },
        ],
      }),
    );
    const says = readSiteSays(doc, URL_)!;
    expect(says.name).toBe('Example Herald Ltd');
    expect(says.wikidataId).toBe('Q98765');
    expect(says.sameAs).toEqual(['https://www.facebook.com/exampleherald']);
  });

  it('takes sourceOrganization when there is no publisher, and publishingPrinciples from the article', () => {
    const doc = page(
      ld({
        '@type': 'ReportageNewsArticle',
        sourceOrganization: { '@type': 'NewsMediaOrganization', name: 'Example Wire Desk' },
        publishingPrinciples: 'https://www.example-herald.com/principles',
      }),
    );
    const says = readSiteSays(doc, URL_)!;
    expect(says).toMatchObject({ name: 'Example Wire Desk', from: { name: 'json-ld sourceOrganization' } });
    expect(says.policies.publishingPrinciples).toBe('https://www.example-herald.com/principles');
  });
});

describe('readSiteSays: without JSON-LD', () => {
  it("falls back to og:site_name and finds the site's About page by its link text", () => {
    const doc = page(
      '<meta property="og:site_name" content="  Example   Herald ">',
      `<nav><a href="/">Home</a><a href="https://other.example.org/about">About</a></nav>
       <article><p>Text.</p></article>
       <footer><a href="/contact">Contact</a><a href="/company/who">About us</a></footer>`,
    );
    const says = readSiteSays(doc, URL_)!;
    expect(says.name).toBe('Example Herald');
    expect(says.from.name).toBe('og:site_name');
    // The off-site "About" is not this site's.
    expect(says.about).toEqual({ url: 'https://www.example-herald.com/company/who', text: 'About us' });
    expect(says.from.about).toBe('link text');
  });

  it('finds an About page by its address in other languages, and a microdata publisher', () => {
    const doc = page(
      '',
      `<div itemprop="copyrightHolder provider sourceOrganization" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Libération"></div>
       <footer><a href="/qui-sommes-nous/">L'équipe</a></footer>`,
    );
    const says = readSiteSays(doc, 'https://www.liberation.fr/politique/x')!;
    expect(says.name).toBe('Libération');
    expect(says.from.name).toBe('microdata');
    expect(says.about).toEqual({ url: 'https://www.liberation.fr/qui-sommes-nous/', text: 'About' });
    expect(says.from.about).toBe('link address');
  });

  it('takes "About <the site>" but not "About this content" or another site\'s About', () => {
    const doc = page(
      '<meta property="og:site_name" content="Ars Technica">',
      '<article><a href="/about-this-story">About this content</a></article><footer><a href="/staff/">About Ars</a></footer>',
    );
    expect(readSiteSays(doc, 'https://arstechnica.com/science/x')?.about).toEqual({ url: 'https://arstechnica.com/staff/', text: 'About Ars' });
    const bbc = page('', '<a href="https://www.bbc.com/aboutthebbc/">About the BBC</a>');
    expect(readSiteSays(bbc, 'https://www.bbc.com/news/x')?.about?.text).toBe('About the BBC');
  });

  it('is null when the page says nothing about its publisher', () => {
    expect(readSiteSays(page('<title>x</title>', '<p>Hello</p><a href="/news">News</a>'), URL_)).toBeNull();
  });
});

describe('readSiteSays: hostile or broken markup', () => {
  it('keeps only web links, caps text, and survives invalid JSON-LD', () => {
    const doc = page(
      `<script type="application/ld+json">{ not json</script>` +
        ld({
          '@type': 'NewsArticle',
          publisher: {
            '@type': 'Organization',
            name: `${'A'.repeat(500)}<img src=x onerror=alert(1)>`,
            url: 'javascript:alert(1)',
            sameAs: 'data:text/html,<b>x</b>',
            correctionsPolicy: 'javascript:alert(2)',
            foundingDate: 'long ago',
          },
        }),
      '<a href="javascript:alert(3)">About</a>',
    );
    const says = readSiteSays(doc, URL_)!;
    expect(says.name!.length).toBeLessThanOrEqual(200);
    expect(says.url).toBeUndefined();
    expect(says.sameAs).toEqual([]);
    expect(says.policies).toEqual({});
    expect(says.foundingDate).toBeUndefined();
    expect(says.about).toBeUndefined();
  });
});

describe(`readSiteSays on saved real pages${hasCorpus ? '' : ` (skipped: ${CORPUS_DIR} not found)`}`, () => {
  const corpusPage = (name: string) => docOf(readFileSync(join(CORPUS_DIR, name, 'source.html'), 'utf8'));

  it.skipIf(!hasCorpus)('folha: the publisher, its founding date and its published policies', () => {
    const says = readSiteSays(corpusPage('folha'), 'https://www1.folha.uol.com.br/esporte/2018/12/tite.shtml')!;
    expect(says.name).toBe('Folha de S.Paulo');
    expect(says.foundingDate).toBe('1921-02-19');
    expect(says.policies.masthead).toBe('https://www1.folha.uol.com.br/institucional/expediente.shtml');
    expect(says.policies.correctionsPolicy).toBe('https://www1.folha.uol.com.br/erramos/');
    expect(Object.keys(says.policies).length).toBeGreaterThanOrEqual(8);
  });

  it.skipIf(!hasCorpus)('liberation: the publisher named in microdata', () => {
    const says = readSiteSays(corpusPage('liberation-1'), 'https://www.liberation.fr/planete/2016/04/19/x')!;
    expect(says.name).toBeTruthy();
  });
});
