// The background's outlet work, driven through its I/O in Node with the shipped directory read
// from public/outlets/: only the files a page needs are read, the cited outlets reach the panel
// and the page's link cards, and a Wikidata id the page names makes the lookup exact.
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleTabs } from '@/entrypoints/background/article-tabs';
import { TabStates } from '@/entrypoints/background/tab-states';
import type { TabState } from '@/lib/messages/protocol';
import { OUTLET_FILES } from '@/lib/outlets/data-format';
import { upgradeProfile } from '@/lib/outlets/upgrade';
import type { OutletProfile } from '@/lib/outlets/types';
import { readOutletFile } from '@/scripts/lib/outlet-files';
import { articleSnapshot, fakeWorld, settle, type FakeWorld } from './background-fakes';

const TAB = 3;
const worlds: FakeWorld[] = [];
afterEach(async () => {
  for (const w of worlds.splice(0)) await w.io.db.delete();
});

function world(): { world: FakeWorld; asked: string[]; articles: ArticleTabs } {
  const w = fakeWorld();
  worlds.push(w);
  const asked: string[] = [];
  w.io.outletFiles = (file) => {
    asked.push(file);
    return readOutletFile(file);
  };
  return { world: w, asked, articles: new ArticleTabs(w.io, new TabStates()) };
}

const link = (start: number, url: string) => ({ start, end: start + 5, text: 'a link', href: url, url, verdict: 'other-host' as const, why: '' });

describe('outlets in the background', () => {
  it('reads nothing of the directory until an article needs it, then only its shard', async () => {
    const { world: w, asked, articles } = world();
    expect(asked).toEqual([]);
    const snapshot = articleSnapshot(1, { url: 'https://www.reuters.com/world/x', meta: { authors: [], sources: {} } });
    await articles.report(TAB, { status: 'article', snapshot });
    const state = articles.tabs.get(TAB) as Extract<TabState, { status: 'article' }>;
    expect(state.outlet.match?.profile.names[0]).toBe('Reuters');
    expect(state.outlet.match?.profile.assessments[0]).toMatchObject({ by: "Wikipedia's perennial sources list", aspect: 'reliability' });
    expect(asked).toContain(OUTLET_FILES.header);
    expect(asked.filter((f) => f.startsWith('directory/'))).toHaveLength(1);
    expect(asked.filter((f) => f.startsWith('ratings-'))).toHaveLength(2);
    expect(asked).not.toContain(OUTLET_FILES.names);
    await settle(w);
  });

  it('lists the outlets the article cites, and gives the page cards for those links', async () => {
    const { world: w, articles } = world();
    const snapshot = articleSnapshot(2, {
      url: 'https://news.example.com/story',
      links: [link(0, 'https://www.reuters.com/a'), link(10, 'https://www.who.int/b'), link(20, 'https://news.example.com/other')],
    });
    await articles.report(TAB, { status: 'article', snapshot });
    await settle(w);
    const state = articles.tabs.get(TAB) as Extract<TabState, { status: 'article' }>;
    expect(state.outlet.cited?.map((c) => c.domain)).toEqual(['reuters.com', 'who.int']);
    expect(state.outlet.cited?.[0].match?.profile.assessments.every((a) => a.note === undefined)).toBe(true);
    const paint = w.told.filter((t) => t.request.type === 'content/paint').at(-1)!.request as { order: { cited?: { name: string; urls: string[] }[] } };
    expect(paint.order.cited?.[0]).toMatchObject({ name: 'Reuters', urls: ['https://www.reuters.com/a'] });
  });

  it('asks Wikidata for the item the page names as its publisher, and says whether Wikidata agrees', async () => {
    const { world: w, articles } = world();
    const asked: string[] = [];
    w.io.fetch = async (url) => {
      asked.push(url);
      const body = {
        results: {
          bindings: [
            {
              item: { value: 'http://www.wikidata.org/entity/Q424242' },
              itemLabel: { value: 'The Example Post' },
              site: { value: 'https://www.example-post.com/' },
              instanceLabel: { value: 'newspaper' },
            },
          ],
        },
      };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const site = { name: 'The Example Post', wikidataId: 'Q424242', wikipedia: [], sameAs: [], parentOrganizations: [], policies: {}, from: { name: 'json-ld publisher', sameAs: 'json-ld publisher' } };
    const snapshot = articleSnapshot(3, { url: 'https://unknown-post-site.net/story', site });
    await articles.report(TAB, { status: 'article', snapshot });
    await articles.lookUpOutlet(TAB, false);
    expect(decodeURIComponent(asked[0])).toContain('wd:Q424242');
    const state = articles.tabs.get(TAB) as Extract<TabState, { status: 'article' }>;
    expect(state.outlet.lookup.status).toBe('found');
    if (state.outlet.lookup.status !== 'found') return;
    expect(state.outlet.lookup.profile.names[0]).toBe('The Example Post');
    expect(state.outlet.lookup.profile.notes?.[0].value).toMatch(/Wikidata gives its official website as example-post\.com, not unknown-post-site\.net/);
    await settle(w);
  });
});

describe('upgradeProfile', () => {
  it('reads a lookup cached before facts were lists', () => {
    const source = { label: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q1' };
    const old = { id: 'wikidata-q1', names: ['X'], domains: ['x.com'], country: { value: 'GB', source }, founded: { value: 1821, source }, assessments: [], origin: 'lookup' };
    const upgraded = upgradeProfile(old as unknown as OutletProfile);
    expect(upgraded.country).toEqual([{ value: 'GB', source }]);
    expect(upgraded.founded).toEqual([{ value: 1821, source }]);
    const current = { ...upgraded };
    expect(upgradeProfile(current)).toBe(current);
  });
});
