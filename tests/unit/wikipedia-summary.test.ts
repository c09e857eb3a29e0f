import { describe, expect, it } from 'vitest';
import { fetchWikipediaSummary, summaryUrl } from '@/lib/lookup/wikipedia-summary';
import guardian from './recorded/wikipedia-summary-the-guardian.json';
import mercury from './recorded/wikipedia-summary-mercury.json';
import notFound from './recorded/wikipedia-not-found.json';
import { fakeFetch } from './recorded/fake-fetch';

const SUMMARY = 'https://en.wikipedia.org/api/rest_v1/page/summary/';

describe('fetchWikipediaSummary', () => {
  it('gives the first paragraph, the page URL and the short description', async () => {
    const fetch = fakeFetch((url) => (url === `${SUMMARY}The_Guardian` ? { body: guardian } : undefined));
    const result = await fetchWikipediaSummary('The Guardian', fetch);
    expect(result).toEqual({
      title: 'The Guardian',
      extract: expect.stringMatching(/^The Guardian is a British daily newspaper\..*Scott Trust Limited\.$/),
      url: 'https://en.wikipedia.org/wiki/The_Guardian',
      description: 'British national daily newspaper',
    });
    expect('extract' in result && result.extract).not.toMatch(/Katharine Viner/); // second paragraph left out
    expect(fetch.calls).toHaveLength(1);
    // Wikimedia asks every client to say who it is; browsers may not set User-Agent.
    expect(fetch.headers[0]['api-user-agent']).toMatch(/^Backstory\/\S+ \(/);
  });

  it('says when a name is a disambiguation page instead of summarising the list', async () => {
    const fetch = fakeFetch(() => ({ body: mercury }));
    expect(await fetchWikipediaSummary('Mercury', fetch)).toEqual({
      title: 'Mercury',
      extract: '"Mercury" can mean several different things; Wikipedia lists them on its disambiguation page.',
      url: 'https://en.wikipedia.org/wiki/Mercury',
      ambiguous: true,
    });
  });

  it('reports a missing article as not found', async () => {
    const fetch = fakeFetch(() => ({ status: 404, body: notFound }));
    expect(await fetchWikipediaSummary('Example Gazette of Nowhere', fetch)).toEqual({ notFound: true });
  });

  it('asks nothing for an empty name', async () => {
    const fetch = fakeFetch(() => ({ body: guardian }));
    expect(await fetchWikipediaSummary('   ', fetch)).toEqual({ notFound: true });
    expect(fetch.calls).toEqual([]);
  });

  it('encodes titles safely', async () => {
    expect(summaryUrl('AT&T')).toBe(`${SUMMARY}AT%26T`);
    expect(summaryUrl(' Sott.net ')).toBe(`${SUMMARY}Sott.net`);
    expect(summaryUrl('AC/DC')).toBe(`${SUMMARY}AC%2FDC`);
    expect(summaryUrl('Le Monde diplomatique')).toBe(`${SUMMARY}Le_Monde_diplomatique`);
  });

  it('turns timeouts, network and server errors into a message, never a throw', async () => {
    expect(await fetchWikipediaSummary('X', fakeFetch(() => 'hang'), { timeoutMs: 30 })).toEqual({
      error: 'Wikipedia did not answer; try again later.',
    });
    expect(await fetchWikipediaSummary('X', fakeFetch(() => 'network-error'))).toEqual({
      error: 'Could not reach Wikipedia; check the connection and try again.',
    });
    expect(await fetchWikipediaSummary('X', fakeFetch(() => ({ status: 503, body: 'busy' })))).toEqual({
      error: 'Wikipedia is busy or unavailable (HTTP 503); try again later.',
    });
    expect(await fetchWikipediaSummary('X', fakeFetch(() => ({ body: '<html>not json' })))).toEqual({
      error: 'Wikipedia sent an answer Backstory could not read; try again later.',
    });
  });

  it('stops when the caller cancels', async () => {
    const controller = new AbortController();
    const pending = fetchWikipediaSummary('X', fakeFetch(() => 'hang'), { signal: controller.signal });
    controller.abort();
    expect(await pending).toHaveProperty('error');
  });
});
