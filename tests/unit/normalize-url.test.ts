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
});
