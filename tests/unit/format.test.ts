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
