// The command line's analysis of saved pages (scripts/analyze-file.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, fixturePath } from '../fixtures/fixtures';
import { analyzeHtml, savedPageUrl } from '../../scripts/analyze-file';

describe('savedPageUrl', () => {
  it("takes a saved page's own canonical address, else og:url, else the fallback", () => {
    expect(savedPageUrl('<link rel="canonical" href="https://news.example/a">', 'file:///x')).toBe('https://news.example/a');
    expect(savedPageUrl('<link rel="canonical" href="//news.example/a">', 'file:///x')).toBe('https://news.example/a');
    expect(savedPageUrl('<meta property="og:url" content="https://news.example/b">', 'file:///x')).toBe('https://news.example/b');
    expect(savedPageUrl('<link rel="canonical" href="/relative">', 'file:///x')).toBe('file:///x');
    expect(savedPageUrl('<p>nothing</p>', 'file:///x')).toBe('file:///x');
  });
});

describe('analyzeHtml', () => {
  it('reports the seed as an article with its metadata, text length and link verdicts', () => {
    const seed = fixture('seed-globalresearch');
    const result = analyzeHtml(readFileSync(fixturePath(seed.name), 'utf8'), seed.url, 'seed.html', { withText: true });
    expect(result).toMatchObject({ file: 'seed.html', url: seed.url, isArticle: true });
    expect(result.meta.authors).toEqual(['Joe Quinn']);
    expect(result.meta.originalSource?.name).toBe('Sott.net');
    expect(result.text_length).toBe(result.text!.length);
    expect(result.word_count).toBeGreaterThan(1000);
    expect(result.links.length).toBeGreaterThan(5);
    expect(result.links.every((l) => l.verdict === 'dead')).toBe(true);
  });

  it("adds the site's own word and the outlets the article cites", () => {
    const long = fixture('longform-feature');
    const result = analyzeHtml(readFileSync(fixturePath(long.name), 'utf8'), long.url, 'long.html');
    expect(result.site?.name).toBe('The Meridian Review');
    const cited = Object.fromEntries(result.citedOutlets.map((c) => [c.domain, c]));
    expect(Object.keys(cited)).toEqual(expect.arrayContaining(['reuters.com', 'who.int', 'ons.gov.uk', 'nrdc.org', 'worldweatherattribution.org']));
    expect(cited['reuters.com']).toMatchObject({ outlet: 'reuters', name: 'Reuters', kind: ['wire'] });
    expect(cited['reuters.com'].assessments[0]).toMatchObject({ by: "Wikipedia's perennial sources list", aspect: 'reliability' });
    expect(cited['who.int'].links).toHaveLength(2);
    // Its own pages are not cited sources.
    expect(cited['meridianreview.org']).toBeUndefined();
  });

  it('keeps metadata but no body for a page that is not an article', () => {
    const shop = fixture('product-page');
    const result = analyzeHtml(readFileSync(fixturePath(shop.name), 'utf8'), shop.url, 'shop.html', { withText: true });
    expect(result.isArticle).toBe(false);
    expect(result.text_length).toBe(0);
    expect(result.links).toEqual([]);
    expect(result.text).toBeUndefined();
    expect(result.meta.title).toBeTruthy();
  });
});
