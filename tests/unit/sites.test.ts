import { describe, expect, it } from 'vitest';
import { parseSite, sameSite, siteKeyOf, siteOf, siteOfHost, stripMirrorLabel } from '@/lib/sites';

describe('siteOf: the one notion of a site', () => {
  it('knows every public suffix, not a hand-picked few', () => {
    // The hosts that a hand-written suffix list got wrong: each outlet is its own site.
    expect(siteOf('https://www.kompas.co.id/read/2024/x')).toBe('kompas.co.id');
    expect(siteOf('elpais.com.uy')).toBe('elpais.com.uy');
    expect(siteOf('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('edition.cnn.com')).toBe('cnn.com');
    expect(siteOf('https://www.abc.net.au/news/1')).toBe('abc.net.au');
    expect(siteOf('nation.africa')).toBe('nation.africa');
  });

  it('keys each publication on a publishing platform by its own subdomain', () => {
    expect(siteOf('https://x.substack.com/p/post')).toBe('x.substack.com');
    expect(siteOf('https://someblog.blogspot.com/2024/01/post.html')).toBe('someblog.blogspot.com');
    expect(siteOf('https://someblog.blogspot.co.uk/')).toBe('someblog.blogspot.co.uk');
    expect(siteOf('https://writer.wordpress.com/2024/post')).toBe('writer.wordpress.com');
    expect(siteOf('https://alice.github.io/post')).toBe('alice.github.io');
    expect(siteOf('https://team.medium.com/story-123')).toBe('team.medium.com');
    expect(siteOf('https://artist.tumblr.com/post/1')).toBe('artist.tumblr.com');
    expect(siteOf('https://news.ghost.io/')).toBe('news.ghost.io');
    // The platform's own pages are the platform's site, with or without www.
    expect(siteOf('https://substack.com/home')).toBe('substack.com');
    expect(siteOf('https://www.tumblr.com/explore')).toBe('tumblr.com');
    expect(siteOf('https://medium.com/@someone/story')).toBe('medium.com');
    // A mirror label in front of a publication is the same publication.
    expect(siteOf('https://www.x.substack.com/p/post')).toBe('x.substack.com');
  });

  it('has no site for what is not a public web address', () => {
    expect(siteOf('http://127.0.0.1:8080/x')).toBeNull();
    expect(siteOf('http://localhost/story')).toBeNull();
    expect(siteOf('file:///home/me/page.html')).toBeNull();
    expect(siteOf('mailto:desk@cnn.com')).toBeNull();
    expect(siteOf('https://intranet.invalidtld/x')).toBeNull();
    expect(siteOfHost('')).toBeNull();
  });

  it('keys per-site choices by site, or by hostname where there is no site', () => {
    expect(siteKeyOf('https://x.substack.com/p/1')).toBe('x.substack.com');
    expect(siteKeyOf('https://y.substack.com/p/1')).toBe('y.substack.com');
    expect(siteKeyOf('http://localhost:3000/a')).toBe('localhost');
    expect(siteKeyOf('not a url')).toBe('');
  });

  it('reads the parts outlet matching needs', () => {
    expect(parseSite('https://AMP.TheGuardian.com/World/2024')).toEqual({
      host: 'amp.theguardian.com',
      bareHost: 'theguardian.com',
      domain: 'theguardian.com',
      path: '/world/2024',
    });
    expect(parseSite('cnn.com:8080')?.domain).toBe('cnn.com');
    expect(parseSite('javascript:alert(1)')).toBeNull();
  });
});

describe('sameSite', () => {
  it("joins an outlet's subdomains and keeps platform tenants and suffix neighbours apart", () => {
    expect(sameSite('edition.cnn.com', 'www.cnn.com')).toBe(true);
    expect(sameSite('www.bbc.co.uk', 'news.bbc.co.uk')).toBe(true);
    expect(sameSite('www.kompas.co.id', 'www.detik.co.id')).toBe(false);
    expect(sameSite('elpais.com.uy', 'www.montevideo.com.uy')).toBe(false);
    expect(sameSite('a.substack.com', 'b.substack.com')).toBe(false);
    expect(sameSite('alice.github.io', 'bob.github.io')).toBe(false);
    expect(sameSite('www.globalresearch.ca', 'www.sott.net')).toBe(false);
  });

  it('compares hosts exactly where there is no public site', () => {
    expect(sameSite('localhost', 'LOCALHOST.')).toBe(true);
    expect(sameSite('10.0.0.1', '10.0.0.2')).toBe(false);
  });
});

describe('stripMirrorLabel', () => {
  it('strips www, numbered www, mobile and AMP prefixes only', () => {
    expect(stripMirrorLabel('www.example.com')).toBe('example.com');
    expect(stripMirrorLabel('www1.example.com')).toBe('example.com');
    expect(stripMirrorLabel('m.example.com')).toBe('example.com');
    expect(stripMirrorLabel('amp.example.com')).toBe('example.com');
    expect(stripMirrorLabel('edition.cnn.com')).toBe('edition.cnn.com');
  });
});
