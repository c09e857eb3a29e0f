import { describe, expect, it } from 'vitest';
import { normalizePageUrl } from '@/lib/page/normalize-url';

describe('normalizePageUrl', () => {
  it('drops fragments and tracking parameters but keeps content parameters', () => {
    expect(normalizePageUrl('https://www.example.com/story?id=42&utm_source=tw&fbclid=abc#comments')).toBe(
      'https://www.example.com/story?id=42',
    );
    expect(normalizePageUrl('https://example.com/a?gclid=1&utm_medium=x&mc_cid=2')).toBe('https://example.com/a');
  });

  it('sorts kept parameters so the same page has one key', () => {
    expect(normalizePageUrl('https://example.com/view?b=2&a=1')).toBe(normalizePageUrl('https://example.com/view?a=1&b=2'));
  });

  it('prefers a same-site canonical URL but ignores a cross-site one (a cross-post)', () => {
    expect(normalizePageUrl('https://m.example.com/x?ref=home', 'https://www.example.com/x')).toBe('https://www.example.com/x');
    expect(normalizePageUrl('https://www.globalresearch.ca/story/1', 'https://www.sott.net/article/1')).toBe(
      'https://www.globalresearch.ca/story/1',
    );
    expect(normalizePageUrl('https://example.com/x', '/y')).toBe('https://example.com/y');
  });

  it('refuses what is not a web page', () => {
    expect(normalizePageUrl('chrome://settings')).toBeNull();
    expect(normalizePageUrl('not a url')).toBeNull();
    expect(normalizePageUrl('javascript:alert(1)')).toBeNull();
  });

  it('treats index.html as the folder', () => {
    expect(normalizePageUrl('https://example.com/news/index.html')).toBe('https://example.com/news/');
  });

  it('drops ad click ids, newsletter and campaign tags of any case', () => {
    expect(
      normalizePageUrl(
        'https://news.example/a/b?srsltid=x&ttclid=1&mkt_tok=t&xtor=RSS-1&INTCMP=home&WT.mc_id=tw&ga_source=n&sfmc_id=9&utm=1&page=2',
      ),
    ).toBe('https://news.example/a/b?page=2');
  });

  it('keeps parameters that select content, with their values as written', () => {
    expect(normalizePageUrl('https://example.com/index.php?p=123&lang=fr&utm_campaign=x')).toBe('https://example.com/index.php?lang=fr&p=123');
    expect(normalizePageUrl('https://example.com/search?q=a+b%20c')).toBe('https://example.com/search?q=a+b+c');
  });

  it('gives the same key to the same page reached in different ways', () => {
    const keys = new Set(
      [
        'https://www.example.com/story/1#comments',
        'https://www.example.com:443/story/1?utm_source=x',
        'https://WWW.EXAMPLE.COM/story/1?fbclid=abc',
        ['https://m.example.com/story/1', 'https://www.example.com/story/1?utm_medium=rss'],
      ].map((u) => (Array.isArray(u) ? normalizePageUrl(u[0], u[1]) : normalizePageUrl(u))),
    );
    expect([...keys]).toEqual(['https://www.example.com/story/1']);
  });

  it('is idempotent (an imported note keeps its page)', () => {
    for (const u of ['https://example.com/x?b=2&a=1', 'https://example.com/news/index.html?utm_source=x#y', 'https://example.com/s?q=%C3%A9t%C3%A9']) {
      const once = normalizePageUrl(u)!;
      expect(normalizePageUrl(once)).toBe(once);
    }
  });
});
