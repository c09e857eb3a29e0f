import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type BackstoryDatabase } from '@/lib/db/database';
import { lookUpOutlet } from '@/entrypoints/background/outlets';
import { cachedLookup, LOOKUP_TTL_MS, NOT_FOUND_TTL_MS, storeLookup } from '@/lib/db/lookups';
import { lookupOutlet, outletTypeOf, wikidataQuery, WIKIDATA_SPARQL } from '@/lib/outlets/lookup';
import { profileProblems } from '@/lib/outlets/schema';
import guardianWikidata from './recorded/wikidata-theguardian.json';
import emptyWikidata from './recorded/wikidata-empty.json';
import guardianSummary from './recorded/wikipedia-summary-the-guardian.json';
import { fakeFetch, type Route } from './recorded/fake-fetch';

const NOW = Date.UTC(2025, 0, 15);
const DAY = 24 * 60 * 60 * 1000;

/** Wikidata knows theguardian.com and nothing else; Wikipedia has The Guardian's summary. */
const recorded: Route = (url) => {
  if (url.startsWith(`${WIKIDATA_SPARQL}?format=json&query=`)) {
    const query = decodeURIComponent(url.slice(url.indexOf('query=') + 6));
    return { body: query.includes('<https://www.theguardian.com/>') ? guardianWikidata : emptyWikidata };
  }
  if (url === 'https://en.wikipedia.org/api/rest_v1/page/summary/The_Guardian') return { body: guardianSummary };
  return undefined;
};

describe('lookupOutlet', () => {
  it('builds a looked-up profile from Wikidata and the Wikipedia summary, in two requests', async () => {
    const fetch = fakeFetch(recorded);
    const result = await lookupOutlet('https://www.theguardian.com/world/2025/jan/15/story', fetch, { now: NOW });
    expect(fetch.calls).toHaveLength(2);
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    const wikidata = { label: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q11148' };
    expect(result.domain).toBe('theguardian.com');
    expect(result.profile).toMatchObject({
      id: 'wikidata-q11148',
      names: ['The Guardian'],
      domains: ['theguardian.com'],
      country: [{ value: 'GB', source: wikidata }],
      founded: [{ value: 1821, source: wikidata }],
      owner: [{ value: 'Guardian Media Group', source: wikidata }],
      outletType: [{ value: 'newspaper', source: wikidata }],
      kind: [{ value: 'newspaper', source: wikidata }],
      assessments: [],
      origin: 'lookup',
      fetchedAt: NOW,
    });
    expect(result.profile.summary).toEqual({
      value: expect.stringMatching(/^The Guardian is a British daily newspaper/),
      source: { label: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/The_Guardian' },
    });
    expect(result.summary).toBe(result.profile.summary?.value);
    expect(profileProblems(result.profile)).toEqual([]);
  });

  it('asks Wikidata for the official website as exact addresses, with and without www.', () => {
    const query = wikidataQuery('example.org');
    for (const site of ['<https://example.org/>', '<https://www.example.org>', '<http://example.org>', '<http://www.example.org/>']) {
      expect(query).toContain(site);
    }
    expect(query).toMatch(/wdt:P856/);
    for (const p of ['P17', 'P297', 'P571', 'P127', 'P31']) expect(query).toContain(`wdt:${p}`);
  });

  it('says when Wikidata has no item for the domain, after one request', async () => {
    const fetch = fakeFetch(recorded);
    expect(await lookupOutlet('example-gazette.org', fetch)).toEqual({ status: 'not-found', domain: 'example-gazette.org' });
    expect(fetch.calls).toHaveLength(1);
  });

  it('keeps the Wikidata facts when Wikipedia fails', async () => {
    const fetch = fakeFetch((url) => (url.startsWith(WIKIDATA_SPARQL) ? recorded(url) : 'network-error'));
    const result = await lookupOutlet('theguardian.com', fetch);
    expect(result.status).toBe('found');
    if (result.status === 'found') {
      expect(result.profile.summary).toBeUndefined();
      expect(result.profile.founded?.[0].value).toBe(1821);
    }
  });

  it('picks the item that describes a news outlet when several share the website', async () => {
    const row = (qid: string, label: string, instance?: string) => ({
      item: { type: 'uri', value: `http://www.wikidata.org/entity/${qid}` },
      itemLabel: { type: 'literal', value: label },
      ...(instance ? { instanceLabel: { type: 'literal', value: instance } } : {}),
    });
    const body = { results: { bindings: [row('Q900', 'Q900'), row('Q500', 'Example Holdings', 'business'), row('Q700', 'The Example', 'news website')] } };
    const result = await lookupOutlet('example.net', fakeFetch(() => ({ body })));
    expect(result.status === 'found' && result.profile).toMatchObject({
      id: 'wikidata-q700',
      names: ['The Example'],
      outletType: [{ value: 'digital' }],
    });
  });

  it('maps what Wikidata calls an outlet onto outlet types, leaving unknown kinds untyped', () => {
    expect(outletTypeOf('news agency')).toBe('wire');
    expect(outletTypeOf('television channel')).toBe('broadcaster');
    expect(outletTypeOf('online newspaper')).toBe('digital');
    expect(outletTypeOf('weekly magazine')).toBe('magazine');
    expect(outletTypeOf('think tank')).toBe('think-tank');
    expect(outletTypeOf('fact-checking website')).toBe('fact-checker');
    expect(outletTypeOf('business')).toBeUndefined();
  });

  it('returns a typed failure with a message for timeouts and errors, never a throw', async () => {
    expect(await lookupOutlet('theguardian.com', fakeFetch(() => 'hang'), { timeoutMs: 30 })).toEqual({
      status: 'failed',
      domain: 'theguardian.com',
      reason: 'timeout',
      message: 'Wikidata did not answer; try again later.',
    });
    expect(await lookupOutlet('theguardian.com', fakeFetch(() => 'network-error'))).toMatchObject({ status: 'failed', reason: 'network' });
    expect(await lookupOutlet('theguardian.com', fakeFetch(() => ({ status: 429, body: 'slow down' })))).toMatchObject({
      status: 'failed',
      reason: 'http',
      message: 'Wikidata is busy or unavailable (HTTP 429); try again later.',
    });
    expect(await lookupOutlet('theguardian.com', fakeFetch(() => ({ body: { unexpected: true } })))).toMatchObject({
      status: 'failed',
      reason: 'bad-response',
    });
  });

  it('asks nothing for what is not a web domain', async () => {
    const fetch = fakeFetch(recorded);
    expect(await lookupOutlet('http://localhost:8080/', fetch)).toMatchObject({ status: 'failed', reason: 'invalid-domain' });
    expect(fetch.calls).toEqual([]);
  });
});

describe('lookup cache', () => {
  let db: BackstoryDatabase;
  afterEach(async () => {
    await db?.delete();
  });

  it('keeps a found profile fresh for 30 days, then flags it stale', async () => {
    db = openDatabase(`test-${Math.random()}`);
    const result = await lookupOutlet('theguardian.com', fakeFetch(recorded), { now: NOW });
    const row = await storeLookup(db, result, NOW);
    expect(row).toMatchObject({ domain: 'theguardian.com', fetchedAt: NOW, summary: expect.stringMatching(/^The Guardian/) });
    expect(await cachedLookup(db, 'https://www.theguardian.com/uk', NOW + 29 * DAY)).toMatchObject({
      stale: false,
      refreshAt: NOW + LOOKUP_TTL_MS,
      row: { profile: { id: 'wikidata-q11148' } },
    });
    expect((await cachedLookup(db, 'theguardian.com', NOW + LOOKUP_TTL_MS))?.stale).toBe(true);
    expect(await cachedLookup(db, 'example.org', NOW)).toBeUndefined();
  });

  it('remembers "nothing found" for a shorter time, and never stores a failure', async () => {
    db = openDatabase(`test-${Math.random()}`);
    await storeLookup(db, await lookupOutlet('example-gazette.org', fakeFetch(recorded)), NOW);
    const cached = await cachedLookup(db, 'example-gazette.org', NOW + NOT_FOUND_TTL_MS - 1);
    expect(cached).toMatchObject({ stale: false, row: { profile: null } });
    expect((await cachedLookup(db, 'example-gazette.org', NOW + NOT_FOUND_TTL_MS))?.stale).toBe(true);

    expect(await storeLookup(db, await lookupOutlet('theguardian.com', fakeFetch(() => 'network-error')), NOW)).toBeUndefined();
    expect(await db.lookups.count()).toBe(1);
  });

  it('answers from the cache while fresh, and shows the stale answer when a refresh fails', async () => {
    db = openDatabase(`test-${Math.random()}`);
    const first = fakeFetch(recorded);
    expect(await lookUpOutlet(db, first, 'theguardian.com', { now: NOW })).toMatchObject({
      status: 'found',
      stale: false,
      profile: { names: ['The Guardian'] },
    });
    expect(first.calls.length).toBeGreaterThan(0);
    const again = fakeFetch(recorded);
    expect(await lookUpOutlet(db, again, 'www.theguardian.com', { now: NOW + DAY })).toMatchObject({ status: 'found', stale: false });
    expect(again.calls).toEqual([]);

    const down = fakeFetch(() => ({ status: 503, body: '' }));
    expect(await lookUpOutlet(db, down, 'theguardian.com', { now: NOW + LOOKUP_TTL_MS + DAY })).toMatchObject({
      status: 'found',
      stale: true,
      fetchedAt: NOW,
      refreshError: 'Wikidata is busy or unavailable (HTTP 503); try again later.',
    });
    expect(await lookUpOutlet(db, down, 'unknown-outlet.org', { now: NOW })).toEqual({
      status: 'failed',
      error: 'Wikidata is busy or unavailable (HTTP 503); try again later.',
    });
  });

  it('looks up again when the reader asks to refresh', async () => {
    db = openDatabase(`test-${Math.random()}`);
    await lookUpOutlet(db, fakeFetch(recorded), 'theguardian.com', { now: NOW });
    const refresh = fakeFetch(recorded);
    expect(await lookUpOutlet(db, refresh, 'theguardian.com', { now: NOW + DAY, refresh: true })).toMatchObject({
      status: 'found',
      fetchedAt: NOW + DAY,
    });
    expect(refresh.calls).toHaveLength(2);
  });
});
