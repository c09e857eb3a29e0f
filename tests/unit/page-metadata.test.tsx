import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { PageMetadata } from '@/components/PageMetadata';
import type { ArticleSnapshot } from '@/lib/page/types';

const DAY = 24 * 60 * 60 * 1000;
const base: ArticleSnapshot = {
  url: 'https://www.globalresearch.ca/story/5608577',
  detection: { isArticle: true, score: 9, reasons: [{ signal: 'og-type-article', weight: 2 }] },
  meta: {
    title: 'As Russia Liberates Syria From ISIS',
    authors: ['Joe Quinn'],
    siteName: 'Global Research',
    publishedTime: '2017-09-10',
    modifiedTime: '2017-09-10',
    lang: 'en',
    canonicalUrl: 'https://www.globalresearch.ca/story/5608577',
    originalSource: { name: 'Sott.net', url: 'https://www.sott.net/article/361054' },
    sources: { title: 'og:title', authors: 'byline', originalSource: 'text: original source line' },
  },
  text: 'Back in September 2015, ISIS had been rampaging across Syria.',
  blocks: [],
  links: [],
  wordCount: 1154,
  takenAt: 0,
};
const html = (snapshot: ArticleSnapshot, visits: Parameters<typeof PageMetadata>[0]['visits'] = null) =>
  render(<PageMetadata snapshot={snapshot} visits={visits} now={100 * DAY} />);

describe('PageMetadata', () => {
  it('shows the facts a reader asked for, each with where it came from', () => {
    const out = html(base);
    expect(out).toContain('As Russia Liberates Syria From ISIS');
    expect(out).toContain('By Joe Quinn');
    expect(out).toContain('from byline');
    expect(out).toContain('Global Research');
    expect(out).toContain('1,154 words');
    expect(out).toMatch(/The original source of this article is .*Sott\.net/);
    expect(out).toContain('href="https://www.sott.net/article/361054"');
    expect(out).toContain('from the original source line');
  });

  it('does not repeat an update date equal to the publication date', () => {
    expect(html(base)).not.toContain('Updated');
    expect(html({ ...base, meta: { ...base.meta, modifiedTime: '2017-09-12' } })).toContain('Updated');
  });

  it('never turns a non-web URL from the page into a link', () => {
    const out = html({
      ...base,
      meta: { ...base.meta, canonicalUrl: 'javascript:alert(1)', originalSource: { name: 'Wire', url: 'javascript:alert(2)' } },
    });
    expect(out).not.toContain('href="javascript');
    expect(out).toContain('Wire');
  });

  it('escapes markup that a page put in its metadata', () => {
    const out = html({ ...base, meta: { ...base.meta, title: '<img src=x onerror=alert(1)>' } });
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)>');
  });

  it('says when the reader first opened the article, but not on the first visit', () => {
    expect(html(base, { firstSeen: 100 * DAY - 1000, lastSeen: 100 * DAY, visits: 1 })).not.toContain('You first opened');
    const again = html(base, { firstSeen: 90 * DAY, lastSeen: 99 * DAY, visits: 3 });
    expect(again).toContain('You first opened this article on');
    expect(again).toContain('3 visits');
  });

  it('works with the least a page can give', () => {
    const out = html({ ...base, meta: { authors: [], sources: {} } });
    expect(out).toContain('Untitled article');
    expect(out).not.toContain('By ');
    expect(out).not.toContain('original source');
  });
});
