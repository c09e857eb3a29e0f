import { describe, expect, it } from 'vitest';
import { directoryFromProfiles as buildDirectory, findDuplicates, normalizeName } from '@/lib/outlets/directory';
import { resolveOriginalSource, resolveOutlet } from '@/lib/outlets/match';
import { profile, SAMPLE } from './recorded/sample-profiles';

const directory = buildDirectory(SAMPLE);
const at = (url: string) => {
  const match = resolveOutlet(url, directory);
  return match && { id: match.profile.id, by: match.matchedBy };
};

describe('resolveOutlet: the registrable domain', () => {
  it('matches the main domain, with or without www., as a URL or a bare domain', () => {
    expect(at('https://cnn.com/')).toEqual({ id: 'cnn', by: 'domain' });
    expect(at('https://www.cnn.com/2024/05/01/politics/story.html?x=1#top')).toEqual({ id: 'cnn', by: 'domain' });
    expect(at('http://WWW.CNN.COM./')).toEqual({ id: 'cnn', by: 'domain' });
    expect(at('cnn.com')).toEqual({ id: 'cnn', by: 'domain' });
    expect(at('www.cnn.com/world')).toEqual({ id: 'cnn', by: 'domain' });
    expect(at('cnn.com:8080/x')).toEqual({ id: 'cnn', by: 'domain' });
  });

  it('uses the public suffix list for multi-part suffixes', () => {
    expect(at('https://www.bbc.co.uk/news/world-123')).toEqual({ id: 'bbc', by: 'domain' });
    expect(at('https://co.uk/')).toBeNull();
  });

  it('does not match look-alike or unrelated hosts', () => {
    expect(at('https://notcnn.com/')).toBeNull();
    expect(at('https://cnn.com.example.net/')).toBeNull();
    expect(at('https://cnn.co/')).toBeNull();
  });

  it('returns null for what is not a public web address', () => {
    for (const input of ['', 'not a url', 'http://localhost:3000/', 'http://127.0.0.1/x', 'file:///tmp/a.html', 'ftp://cnn.com/', 'javascript:alert(1)', 'mailto:desk@cnn.com', '#']) {
      expect(at(input), input).toBeNull();
    }
  });
});

describe('resolveOutlet: subdomains', () => {
  it('matches hosts under the domain: editions, numbered, mobile and AMP mirrors', () => {
    for (const host of ['edition.cnn.com', 'www1.cnn.com', 'amp.cnn.com', 'm.cnn.com', 'mobile.cnn.com', 'a.b.cnn.com']) {
      expect(at(`https://${host}/article`), host).toEqual({ id: 'cnn', by: 'subdomain' });
    }
  });

  it('treats hosts on a shared platform suffix as different sites', () => {
    expect(at('https://someblog.blogspot.com/2024/01/post.html')).toEqual({ id: 'someblog', by: 'domain' });
    expect(at('https://otherblog.blogspot.com/')).toBeNull();
  });
});

describe('resolveOutlet: alias domains', () => {
  it('matches every domain of one outlet to that outlet', () => {
    expect(at('https://www.globalresearch.ca/as-russia-liberates-syria/5608522')).toEqual({ id: 'globalresearch', by: 'domain' });
    expect(at('https://globalresearch.org/x')).toEqual({ id: 'globalresearch', by: 'alias' });
    expect(at('https://www.mondialisation.ca/y')).toEqual({ id: 'globalresearch', by: 'alias' });
    expect(at('https://www.bbc.com/news')).toEqual({ id: 'bbc', by: 'alias' });
  });
});

describe('resolveOutlet: path-scoped entries', () => {
  it('gives a path on a shared domain to the entry scoped to it', () => {
    expect(at('https://www.forbes.com/sites/janedoe/2024/01/01/a-story/')).toEqual({ id: 'jane-doe-forbes', by: 'path' });
    expect(at('https://www.forbes.com/sites/janedoe')).toEqual({ id: 'jane-doe-forbes', by: 'path' });
    expect(at('https://www.forbes.com/Sites/JaneDoe/x')).toEqual({ id: 'jane-doe-forbes', by: 'path' });
  });

  it('lets the longest prefix win', () => {
    expect(at('https://www.forbes.com/sites/janedoe/special/report')).toEqual({ id: 'jane-doe-special', by: 'path' });
  });

  it('falls back to the domain-wide entry outside the prefix, and respects path segment boundaries', () => {
    expect(at('https://www.forbes.com/business/')).toEqual({ id: 'forbes', by: 'domain' });
    expect(at('https://www.forbes.com/sites/janedoefan/x')).toEqual({ id: 'forbes', by: 'domain' });
  });

  it('does not match a path-scoped entry alone when the path is elsewhere', () => {
    const only = buildDirectory([profile('p', ['P'], [{ domain: 'platform.com', pathPrefix: '/p' }])]);
    expect(resolveOutlet('https://platform.com/q', only)).toBeNull();
    expect(resolveOutlet('https://platform.com/p/1', only)?.matchedBy).toBe('path');
  });
});

describe('resolveOutlet: exclusions and more specific hosts', () => {
  it('keeps a platform entry off the blogs its users publish', () => {
    expect(at('https://medium.com/about')).toEqual({ id: 'medium', by: 'domain' });
    expect(at('https://www.medium.com/')).toEqual({ id: 'medium', by: 'domain' });
    expect(at('https://medium.com/@someone/my-post-123')).toBeNull();
    expect(at('https://someone.medium.com/my-post-123')).toBeNull();
  });

  it('gives a host that is a different outlet to that outlet', () => {
    expect(at('https://blog.medium.com/news')).toEqual({ id: 'medium-staff-blog', by: 'domain' });
    expect(at('https://opinion.example.com/a')).toEqual({ id: 'example-opinion', by: 'domain' });
    expect(at('https://www.opinion.example.com/a')).toEqual({ id: 'example-opinion', by: 'domain' });
    expect(at('https://news.example.com/a')).toEqual({ id: 'example-daily', by: 'subdomain' });
  });

  it('excludes a host named in excludes, and everything under it', () => {
    expect(at('https://shop.example.com/cart')).toBeNull();
    expect(at('https://eu.shop.example.com/cart')).toBeNull();
  });
});

describe('resolveOriginalSource', () => {
  it('resolves the seed cross-post by the name in its byline, in any of its forms', () => {
    for (const name of ['Sott.net', 'SOTT', 'Signs of the Times', 'signs of the times', 'SOTT.NET', ' Sott.net ']) {
      expect(resolveOriginalSource({ name, url: '#' }, directory)?.id, name).toBe('sott');
    }
  });

  it('prefers the link when it resolves, and falls back to the name when it does not', () => {
    expect(resolveOriginalSource({ name: 'SOTT', url: 'https://edition.cnn.com/x' }, directory)?.id).toBe('cnn');
    expect(resolveOriginalSource({ url: 'https://www.sott.net/article/123' }, directory)?.id).toBe('sott');
    expect(resolveOriginalSource({ name: 'Sott.net', url: 'https://unknown.example.org/x' }, directory)?.id).toBe('sott');
  });

  it('reads a domain given as a name, and the organization behind a single outlet', () => {
    expect(resolveOriginalSource({ name: 'globalresearch.org' }, directory)?.id).toBe('globalresearch');
    expect(resolveOriginalSource({ name: 'Centre for Research on Globalization' }, directory)?.id).toBe('globalresearch');
  });

  it('does not guess: an organization that runs several outlets and unknown names give null', () => {
    expect(resolveOriginalSource({ name: 'Shared Media Ltd' }, directory)).toBeNull();
    expect(resolveOriginalSource({ name: 'A Blog Nobody Knows' }, directory)).toBeNull();
    expect(resolveOriginalSource({}, directory)).toBeNull();
  });

  it('prefers the outlet readers know by a name over one that has it as another name', () => {
    expect(resolveOriginalSource({ name: 'The Guardian' }, directory)?.id).toBe('guardian');
    expect(resolveOriginalSource({ name: 'Guardian' }, directory)?.id).toBe('guardian');
  });
});

describe('directory index', () => {
  it('normalizes names for matching', () => {
    expect(normalizeName('The New York Times')).toBe(normalizeName('new york times'));
    expect(normalizeName('Le Monde')).toBe('lemonde');
    expect(normalizeName('Süddeutsche Zeitung')).toBe('suddeutschezeitung');
    expect(normalizeName('AT&T')).toBe('atandt');
  });

  it('reports a domain claimed twice, across or within entries, and repeated ids', () => {
    expect(findDuplicates(SAMPLE)).toEqual({ domains: [], ids: [] });
    const dup = findDuplicates([
      ...SAMPLE,
      profile('cnn-copy', ['CNN again'], ['cnn.com']),
      profile('cnn', ['CNN'], ['www.edition-copy.com', 'edition-copy.com']),
      profile('forbes-2', ['Forbes 2'], [{ domain: 'forbes.com', pathPrefix: '/sites/janedoe' }]),
    ]);
    expect(dup.ids).toEqual(['cnn']);
    expect(dup.domains).toEqual([
      { key: 'cnn.com', ids: ['cnn', 'cnn-copy'] },
      { key: 'forbes.com/sites/janedoe', ids: ['jane-doe-forbes', 'forbes-2'] },
      { key: 'edition-copy.com', ids: ['cnn', 'cnn'] },
    ]);
  });
});
