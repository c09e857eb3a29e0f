import { describe, expect, it } from 'vitest';
import { judgeLink } from '../../lib/page/link-sites';

const PAGE = 'https://www.globalresearch.ca/as-russia-liberates-syria/5608577';

describe('judgeLink', () => {
  it('calls links that go nowhere dead, saying why', () => {
    expect(judgeLink('', PAGE)).toMatchObject({ verdict: 'dead', why: 'empty link' });
    expect(judgeLink('   ', PAGE).verdict).toBe('dead');
    expect(judgeLink('#', PAGE)).toEqual({ verdict: 'dead', why: 'fragment only (#)' });
    expect(judgeLink('#footnote-3', PAGE)).toEqual({ verdict: 'dead', why: 'fragment only (#footnote-3)' });
    expect(judgeLink('javascript:void(0)', PAGE)).toEqual({ verdict: 'dead', why: 'javascript: URL' });
    // Browsers strip tabs and newlines inside URLs, so this still runs script.
    expect(judgeLink(' JavaScript\n:alert(1)', PAGE).why).toBe('javascript: URL');
  });

  it('calls mail and phone links dead as sources: not a web page', () => {
    expect(judgeLink('mailto:editor@example.org', PAGE)).toMatchObject({ verdict: 'dead', why: 'not a web page (mailto:)' });
    expect(judgeLink('tel:+15550100', PAGE)).toMatchObject({ verdict: 'dead', why: 'not a web page (tel:)' });
    expect(judgeLink('data:text/html,hi', PAGE).verdict).toBe('dead');
  });

  it('calls a link to the page itself dead, ignoring fragment, trailing slash and scheme', () => {
    expect(judgeLink(PAGE, PAGE)).toMatchObject({ verdict: 'dead', why: 'same page' });
    expect(judgeLink(PAGE + '/', PAGE).why).toBe('same page');
    expect(judgeLink(PAGE + '#comments', PAGE)).toMatchObject({ verdict: 'dead', why: 'same page (#comments)' });
    expect(judgeLink(PAGE.replace('https:', 'http:'), PAGE).why).toBe('same page');
    expect(judgeLink('5608577', PAGE)).toMatchObject({ verdict: 'dead', url: PAGE });
    // A different query is a different page.
    expect(judgeLink(PAGE + '?print=1', PAGE).verdict).toBe('same-site');
  });

  it("calls the outlet's own pages same-site, naming home, tag and author pages", () => {
    expect(judgeLink('https://www.globalresearch.ca/', PAGE)).toEqual({
      verdict: 'same-site',
      url: 'https://www.globalresearch.ca/',
      why: 'same site (home page)',
    });
    expect(judgeLink('/theme/terrorism', PAGE).why).toBe('same site (tag or category page)');
    expect(judgeLink('/region/middle-east', PAGE).why).toBe('same site (tag or category page)');
    expect(judgeLink('https://globalresearch.ca/author/joe-quinn', PAGE).why).toBe('same site (author page)');
    expect(judgeLink('https://m.globalresearch.ca/other-story/123', PAGE)).toMatchObject({ verdict: 'same-site', why: 'same site' });
    expect(judgeLink('https://store.globalresearch.ca/store/book/', PAGE).verdict).toBe('same-site');
  });

  it('calls other sites external, with the absolute URL', () => {
    expect(judgeLink('https://www.sott.net/article/361054', PAGE)).toEqual({
      verdict: 'external',
      url: 'https://www.sott.net/article/361054',
      why: 'other site (sott.net)',
    });
    expect(judgeLink('//cdn.example.org/report.pdf', PAGE)).toMatchObject({
      verdict: 'external',
      url: 'https://cdn.example.org/report.pdf',
    });
    // Same second-level suffix, different owner.
    expect(judgeLink('https://www.guardian.co.uk/x', 'https://www.bbc.co.uk/news/1').verdict).toBe('external');
    expect(judgeLink('https://news.bbc.co.uk/x', 'https://www.bbc.co.uk/news/1').verdict).toBe('same-site');
    expect(judgeLink('https://alice.github.io/post', 'https://bob.github.io/post').verdict).toBe('external');
  });

  it('resolves relative links against <base href> when there is one', () => {
    const j = judgeLink('report.html', PAGE, 'https://archive.example.net/2017/');
    expect(j).toMatchObject({ verdict: 'external', url: 'https://archive.example.net/2017/report.html' });
    expect(judgeLink('report.html', PAGE, '/mirror/').url).toBe('https://www.globalresearch.ca/mirror/report.html');
  });

  it('keeps relative links same-site when the page URL is unknown', () => {
    expect(judgeLink('/tag/x', '')).toEqual({ verdict: 'same-site', why: 'relative link' });
    expect(judgeLink('https://example.org/', '').verdict).toBe('external');
  });
});

