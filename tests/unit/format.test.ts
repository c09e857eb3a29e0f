import { describe, expect, it } from 'vitest';
import { formatDate, formatLanguage, formatList, shortUrl } from '@/components/format';

describe('panel formatting', () => {
  it('shows a bare date as that calendar day in any time zone', () => {
    expect(formatDate('2017-09-10', 'en-GB')).toBe('10 September 2017');
    expect(formatDate('2017-09-10', 'en-US')).toBe('September 10, 2017');
  });
  it('keeps what it cannot parse as written', () => {
    expect(formatDate('last Tuesday', 'en-GB')).toBe('last Tuesday');
    expect(formatDate(undefined)).toBeUndefined();
  });
  it('names languages', () => {
    expect(formatLanguage('en-US', 'en')).toBe('American English');
    expect(formatLanguage('fr', 'en')).toBe('French');
  });
  it('lists authors and shortens URLs for display', () => {
    expect(formatList(['A'], 'en')).toBe('A');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
    expect(shortUrl('https://www.globalresearch.ca/story/5608577')).toBe('globalresearch.ca/story/5608577');
  });
});

describe('describeSource', () => {
  it('names where a fact came from in plain words', async () => {
    const { describeSource } = await import('@/components/format');
    expect(describeSource('meta[property=article:published_time]')).toBe('article:published_time tag');
    expect(describeSource('og:site_name')).toBe('og:site_name tag');
    expect(describeSource('json-ld')).toBe('structured data');
    expect(describeSource('json-ld isBasedOn')).toBe('structured data (isBasedOn)');
    expect(describeSource('text: original source line')).toBe('the original source line');
    expect(describeSource('link[rel=canonical]')).toBe('canonical link');
    expect(describeSource('byline')).toBe('byline');
  });
});
