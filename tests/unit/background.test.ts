// The background's stateful heart, driven through its I/O in Node: what a page's report turns
// into, what a late or stale report may not do, who may touch notes, and what a restarted
// service worker still knows.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ArticleTabs } from '@/entrypoints/background/article-tabs';
import { contentHandlers } from '@/entrypoints/background/content-messages';
import { createMessageListener } from '@/entrypoints/background/message-listener';
import { panelHandlers } from '@/entrypoints/background/panel-messages';
import { TabStates } from '@/entrypoints/background/tab-states';
import { dismissedOn } from '@/lib/db/dismissals';
import type { Answer, PanelRequest } from '@/lib/messages/requests';
import type { TabState } from '@/lib/messages/protocol';
import {
  articleSnapshot,
  EXTENSION_ID,
  EXTENSION_ORIGIN,
  fakeWorld,
  fromPage,
  fromPanel,
  settle,
  type FakeWorld,
} from './background-fakes';

const TAB = 7;
const worlds: FakeWorld[] = [];
// The background imports the analysis when the first article needs it; import it once here, so
// each test waits for its own work, not for the module loader.
beforeAll(async () => {
  await import('@/lib/analysis');
});
afterEach(async () => {
  for (const w of worlds.splice(0)) await w.io.db.delete();
});

/** A background (its services and message listener) in a world. */
function backgroundIn(world: FakeWorld) {
  const articles = new ArticleTabs(world.io, new TabStates());
  const listener = createMessageListener({
    extensionId: EXTENSION_ID,
    extensionOrigin: EXTENSION_ORIGIN,
    content: contentHandlers(articles, world.io),
    panel: panelHandlers(articles, world.io),
  });
  return { articles, listener };
}

function newWorld(...args: Parameters<typeof fakeWorld>): FakeWorld {
  const world = fakeWorld(...args);
  worlds.push(world);
  return world;
}

const paintsOf = (world: FakeWorld) =>
  world.told.flatMap(({ tabId, request }) => (request.type === 'content/paint' ? [{ tabId, takenAt: request.order.takenAt, order: request.order }] : []));

async function ask(listener: ReturnType<typeof backgroundIn>['listener'], request: PanelRequest): Promise<Answer<unknown>> {
  const answer = listener(request, fromPanel);
  expect(answer, `${request.type} from the panel is answered`).toBeDefined();
  return answer!;
}

describe('the background, driven through its I/O', () => {
  it("turns a page's report into a paint order for that reading", async () => {
    const world = newWorld();
    const { listener } = backgroundIn(world);
    const snapshot = articleSnapshot(100);
    expect(await listener({ type: 'content/report', report: { status: 'article', snapshot } }, fromPage(TAB))).toEqual({ ok: true, value: null });
    await settle(world);

    const paints = paintsOf(world);
    expect(paints).toHaveLength(1);
    expect(paints[0]).toMatchObject({ tabId: TAB, takenAt: 100, order: { enabled: true, autoLookup: false, dismissed: [] } });
    const names = paints[0].order.analysis.entities.map((e) => snapshot.text.slice(e.mentions[0].start, e.mentions[0].end));
    expect(names).toEqual(expect.arrayContaining(['Aleppo', 'Maria Lopez']));
    // The page is also told its notes, and open panels that the tab changed.
    expect(world.told.some(({ request }) => request.type === 'content/notes')).toBe(true);
    expect(world.broadcasts).toContainEqual({ type: 'tab-state/changed', tabId: TAB });

    const state = (await ask(listener, { type: 'panel/get-tab-state', tabId: TAB })) as Answer<TabState>;
    expect(state.ok && state.value.status === 'article' && state.value.analysis.status).toBe('done');
  });

  it('never lets an older reading overwrite a newer one, however late its work ends', async () => {
    const world = newWorld();
    const { articles } = backgroundIn(world);
    // The page re-read itself (a live blog updated): the first reading's analysis is still waiting.
    await articles.report(TAB, { status: 'article', snapshot: articleSnapshot(100) });
    await articles.report(TAB, { status: 'article', snapshot: articleSnapshot(200, { text: `${articleSnapshot(0).text} More.` }) });
    // A slow report of an even older reading arrives last.
    await articles.report(TAB, { status: 'article', snapshot: articleSnapshot(50) });
    await settle(world);

    const state = articles.articleOf(TAB);
    expect(state?.snapshot.takenAt).toBe(200);
    expect(state?.analysis.status).toBe('done');
    expect(paintsOf(world).map((p) => p.takenAt)).toEqual([200]);
  });

  it('refuses every notes request from a page, and answers them for the panel', async () => {
    const world = newWorld();
    const { articles, listener } = backgroundIn(world);
    await articles.report(TAB, { status: 'article', snapshot: articleSnapshot(100) });
    await settle(world);
    const notesRequests: PanelRequest[] = [
      { type: 'panel/get-draft', tabId: TAB },
      { type: 'panel/discard-draft', tabId: TAB },
      { type: 'panel/notes-list', scope: { kind: 'all' }, limit: 10 },
      { type: 'panel/note-save', tabId: TAB, body: 'planted by the page', tags: [] },
      { type: 'panel/note-delete', id: 'x' },
      { type: 'panel/note-restore', note: { id: 'x' } },
      { type: 'panel/notes-export', format: 'markdown', scope: { kind: 'all' } },
      { type: 'panel/notes-import', text: '[]' },
      { type: 'panel/note-pick-version', id: 'x', version: null },
    ];
    // Every request the notes service answers is in the list above.
    expect(notesRequests.map((r) => r.type).sort()).toEqual(Object.keys(articles.notes.handlers).sort());

    for (const request of notesRequests) {
      expect(listener(request, fromPage(TAB)), `${request.type} from a page`).toBeUndefined();
    }
    // A page may start a draft on its own passage, but that writes no note.
    await listener(
      { type: 'content/note-draft', selectors: [{ type: 'TextQuoteSelector', exact: 'Maria Lopez', prefix: '', suffix: '' }], quote: 'Maria Lopez' },
      fromPage(TAB),
    );
    expect(await world.io.db.notes.count()).toBe(0);

    // The panel can: the same save from the panel keeps a note on the page.
    const saved = await ask(listener, { type: 'panel/note-save', tabId: TAB, body: 'Who is she?', tags: ['people'] });
    expect(saved).toMatchObject({ ok: true, value: { body: 'Who is she?', url: 'https://news.example.com/story' } });
    const listed = await ask(listener, { type: 'panel/notes-list', scope: { kind: 'all' }, limit: 10 });
    expect(listed).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('answers the panel after a service-worker restart from what it stored, without counting the visit twice', async () => {
    const first = newWorld();
    const before = backgroundIn(first);
    const snapshot = articleSnapshot(100);
    first.pages.set(TAB, { status: 'article', snapshot });
    await before.articles.report(TAB, { status: 'article', snapshot });
    await settle(first);
    const claim = before.articles.articleOf(TAB)!.analysis;
    expect(claim.status).toBe('done');
    const key = claim.status === 'done' ? claim.analysis.claims[0].id : '';
    expect(await ask(before.listener, { type: 'panel/set-dismissed', tabId: TAB, key, dismissed: true })).toEqual({ ok: true, value: null });
    await before.listener(
      { type: 'content/note-draft', selectors: [{ type: 'TextQuoteSelector', exact: 'Aleppo', prefix: '', suffix: '' }], quote: 'Aleppo' },
      fromPage(TAB),
    );
    const visitsBefore = (before.articles.articleOf(TAB)!).visits;

    // The reader reads on for 40 minutes; the browser stopped the idle worker meanwhile, and a
    // new one starts with the same database and session when the reader opens the panel.
    const second = newWorld({ db: first.io.db, session: first.session, clock: Date.UTC(2026, 11, 4, 12, 40) });
    second.pages.set(TAB, { status: 'article', snapshot });
    const after = backgroundIn(second);
    const answer = (await ask(after.listener, { type: 'panel/get-tab-state', tabId: TAB })) as Answer<TabState>;
    await settle(second);
    expect(answer.ok && answer.value.status).toBe('article');
    const state = after.articles.articleOf(TAB)!;
    expect(state.visits).toEqual(visitsBefore);
    expect(state.visits?.visits).toBe(1);
    expect(await first.io.db.pages.count()).toBe(1);
    expect(state.analysis.status === 'done' && state.analysis.dismissed).toEqual([key]);
    expect(paintsOf(second)[0]?.order.dismissed).toEqual([key]);
    const draft = await ask(after.listener, { type: 'panel/get-draft', tabId: TAB });
    expect(draft).toMatchObject({ ok: true, value: { quote: 'Aleppo', url: state.pageKey } });
  });

  it('a restarted worker that has not heard from a page still paints a saved note, obeys the site switch and takes a new draft', async () => {
    const first = newWorld();
    const before = backgroundIn(first);
    const snapshot = articleSnapshot(100);
    first.pages.set(TAB, { status: 'article', snapshot });
    await before.articles.report(TAB, { status: 'article', snapshot });
    await settle(first);
    const draft = { selectors: [{ type: 'TextQuoteSelector' as const, exact: 'Aleppo', prefix: '', suffix: '' }], quote: 'Aleppo' };
    await before.listener({ type: 'content/note-draft', ...draft }, fromPage(TAB));

    // The idle worker is stopped; the reader saves the note they were typing in the panel.
    const second = newWorld({ db: first.io.db, session: first.session });
    second.pages.set(TAB, { status: 'article', snapshot });
    const after = backgroundIn(second);
    const saved = await ask(after.listener, { type: 'panel/note-save', tabId: TAB, body: 'Which hospital?', tags: [] });
    expect(saved).toMatchObject({ ok: true });
    await settle(second);
    const sent = second.told.filter((t) => t.tabId === TAB && t.request.type === 'content/notes');
    expect(sent.at(-1)?.request).toMatchObject({ takenAt: 100, notes: [{ body: 'Which hospital?' }] });

    // Stopped again: the panel's switch turns the site's highlights off in the page.
    const third = newWorld({ db: first.io.db, session: first.session });
    third.pages.set(TAB, { status: 'article', snapshot });
    const again = backgroundIn(third);
    expect(await ask(again.listener, { type: 'panel/set-site-highlights', tabId: TAB, enabled: false })).toEqual({ ok: true, value: null });
    await settle(third);
    expect(third.settings.off).toEqual(['example.com']);
    expect(paintsOf(third).at(-1)?.order.enabled).toBe(false);

    // And again: a passage selected in the page becomes a draft.
    const fourth = newWorld({ db: first.io.db, session: first.session });
    fourth.pages.set(TAB, { status: 'article', snapshot });
    const last = backgroundIn(fourth);
    expect(await last.listener({ type: 'content/note-draft', ...draft }, fromPage(TAB))).toEqual({ ok: true, value: null });
    expect(await ask(last.listener, { type: 'panel/get-draft', tabId: TAB })).toMatchObject({ ok: true, value: { quote: 'Aleppo' } });
  });

  it('computes the page key once and carries it on the tab state for visits, dismissals and drafts', async () => {
    const world = newWorld();
    const { articles, listener } = backgroundIn(world);
    // Tracking parameters and the canonical link make the key differ from the address bar.
    await articles.report(TAB, { status: 'article', snapshot: articleSnapshot(100, { url: 'https://news.example.com/story?utm_source=x&fbclid=y#top' }) });
    await settle(world);
    const state = articles.articleOf(TAB)!;
    expect(state.pageKey).toBe('https://news.example.com/story');
    expect((await world.io.db.pages.toArray()).map((p) => p.url)).toEqual([state.pageKey]);

    const key = state.analysis.status === 'done' ? state.analysis.analysis.claims[0].id : '';
    await listener({ type: 'content/set-dismissed', key, dismissed: true }, fromPage(TAB));
    expect(await dismissedOn(world.io.db, state.pageKey)).toEqual([key]);

    await listener(
      { type: 'content/note-draft', selectors: [{ type: 'TextQuoteSelector', exact: 'Aleppo', prefix: '', suffix: '' }], quote: 'Aleppo' },
      fromPage(TAB),
    );
    expect(await ask(listener, { type: 'panel/get-draft', tabId: TAB })).toMatchObject({ ok: true, value: { url: state.pageKey } });
  });

  it('says in the reader\'s words when a request cannot be done, and changes nothing', async () => {
    const world = newWorld();
    const { listener } = backgroundIn(world);
    expect(await ask(listener, { type: 'panel/set-site-highlights', tabId: 99, enabled: false })).toEqual({
      ok: false,
      error: 'The page has changed. Try again.',
    });
    expect(world.settings.off).toEqual([]);
    expect(await ask(listener, { type: 'panel/note-delete', id: 'no-such-note' })).toEqual({
      ok: false,
      error: 'This note was already deleted, perhaps in another window.',
    });
  });

  it('keys the highlights switch per site: one Substack newsletter is not all of Substack', async () => {
    const world = newWorld();
    const { articles, listener } = backgroundIn(world);
    await articles.report(1, { status: 'article', snapshot: articleSnapshot(100, { url: 'https://alice.substack.com/p/one', meta: { authors: [], sources: {} } }) });
    await articles.report(2, { status: 'article', snapshot: articleSnapshot(100, { url: 'https://bob.substack.com/p/two', meta: { authors: [], sources: {} } }) });
    await settle(world);
    expect(await ask(listener, { type: 'panel/set-site-highlights', tabId: 1, enabled: false })).toEqual({ ok: true, value: null });
    expect(world.settings.off).toEqual(['alice.substack.com']);
    expect(articles.articleOf(1)?.highlights).toEqual({ site: 'alice.substack.com', enabled: false });
    expect(articles.articleOf(2)?.highlights).toEqual({ site: 'bob.substack.com', enabled: true });
  });
});
