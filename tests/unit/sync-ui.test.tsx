// What the reader sees of sync: the options page's section in each state, the panel's problem
// line, and a note's other versions; mounted in linkedom with a scripted background and
// fakeBrowser's storage.
import { parseHTML } from 'linkedom';
import { render as mount, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OtherVersions } from '@/components/notes/OtherVersions';
import { SyncProblemLine } from '@/components/sync/SyncProblemLine';
import { SyncSection } from '@/components/sync/SyncSection';
import { syncLine, whenSynced } from '@/components/sync/sync-words';
import type { NoteRow } from '@/lib/notes/schema';
import { syncSettingsItem, syncStatusItem } from '@/lib/settings/items';
import { SyncError } from '@/lib/sync/errors';
import type { SyncStatus } from '@/lib/sync/status';

const NOW = Date.UTC(2026, 11, 4, 15, 0);

describe('sync words', () => {
  it('says when sync last worked, and what is going on', () => {
    expect(whenSynced(NOW - 60_000, NOW)).toMatch(/^today at /);
    expect(whenSynced(NOW - 86_400_000, NOW)).toMatch(/^yesterday at /);
    expect(syncLine({ state: 'ok', lastSyncedAt: NOW - 60_000 }, NOW)).toMatch(/^Last synced today at /);
    expect(syncLine({ state: 'problem', lastSyncedAt: NOW - 60_000 }, NOW)).toMatch(/^Not synced just now\. Last synced today/);
    expect(syncLine({ state: 'syncing' }, NOW)).toBe('Syncing…');
    expect(syncLine({ state: 'ok' }, NOW)).toBe('Not synced yet.');
  });
});

describe('sync, as shown', () => {
  type Message = { type: string; [key: string]: unknown };
  let doc: Document;
  let win: Window & typeof globalThis;
  let app: HTMLElement;
  const sent: Message[] = [];
  let answer: (m: Message) => unknown;
  const saved = { ...globalThis };
  const q = (testId: string) => app.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;
  const settle = (ms = 5) => act(() => new Promise<void>((r) => setTimeout(r, ms)));
  const fire = (el: Element, type: string) => act(() => void el.dispatchEvent(new win.Event(type, { bubbles: true })));
  async function type(el: Element, value: string) {
    (el as HTMLInputElement).value = value;
    await fire(el, 'input');
  }
  async function show(node: ComponentChild, status: SyncStatus) {
    await syncStatusItem.setValue(status);
    await act(() => mount(node, app));
    await settle();
  }

  beforeEach(() => {
    fakeBrowser.reset();
    ({ document: doc, window: win } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>') as unknown as {
      document: Document;
      window: Window & typeof globalThis;
    });
    Object.assign(globalThis, { document: doc, window: win });
    app = doc.getElementById('app')!;
    sent.length = 0;
    answer = () => ({ ok: true, value: { state: 'ok', lastSyncedAt: Date.now() } });
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (m: Message) => {
      sent.push(m);
      return answer(m);
    }) as never);
  });

  afterEach(async () => {
    await act(() => mount(null, app));
    vi.restoreAllMocks();
    for (const key of ['document', 'window'] as const) {
      if (key in saved) (globalThis as Record<string, unknown>)[key] = (saved as Record<string, unknown>)[key];
      else delete (globalThis as Record<string, unknown>)[key];
    }
  });

  it('off: the form, and an address that is not one is refused before anything is asked', async () => {
    await show(<SyncSection />, { state: 'off' });
    expect(q('sync')!.getAttribute('data-state')).toBe('off');
    expect(q('sync-form')).not.toBeNull();
    expect(q('sync-now')).toBeNull();
    await type(q('sync-url')!, 'ftp://example.org/notes');
    await fire(q('sync-form')!, 'submit');
    await settle();
    expect(q('sync-note')!.textContent).toBe(new SyncError('bad-address').message);
    expect(sent).toEqual([]);
  });

  it('turns on with what was typed, once the browser grants the server’s origin', async () => {
    const request = vi.fn(async () => true);
    (browser as unknown as { permissions: { request: typeof request } }).permissions.request = request;
    await show(<SyncSection />, { state: 'off' });
    await type(q('sync-url')!, 'https://couch.example.org/notes');
    await type(q('sync-user')!, 'ana');
    await type(q('sync-password')!, 'pw');
    await type(q('sync-passphrase')!, 'long passphrase');
    await fire(q('sync-form')!, 'submit');
    await settle(20);
    expect(request).toHaveBeenCalledWith({ origins: ['https://couch.example.org/*'] });
    expect(sent).toEqual([{ type: 'panel/sync-turn-on', url: 'https://couch.example.org/notes', username: 'ana', password: 'pw', passphrase: 'long passphrase' }]);

    request.mockResolvedValue(false);
    sent.length = 0;
    await fire(q('sync-form')!, 'submit');
    await settle(20);
    expect(sent).toEqual([]); // refused: nothing sent
    expect(q('sync-note')!.textContent).toBe(new SyncError('no-permission').message);
  });

  it('on: the database, the last sync, Sync now and Turn off', async () => {
    await syncSettingsItem.setValue({ url: 'https://couch.example.org/notes', username: 'ana', password: 'pw' });
    await show(<SyncSection />, { state: 'ok', database: 'https://couch.example.org/notes', lastSyncedAt: Date.now() });
    expect(q('sync-state')!.textContent).toContain('Sync is on with couch.example.org/notes');
    expect(q('sync-line')!.textContent).toMatch(/^Last synced today at/);
    expect(q('sync-form')).toBeNull();
    await fire(q('sync-now')!, 'click');
    await settle();
    await fire(q('sync-off')!, 'click');
    await settle();
    expect(sent.map((m) => m.type)).toEqual(['panel/sync-now', 'panel/sync-turn-off']);
    expect(q('sync-note')!.textContent).toMatch(/Your notes stay in this browser/);
  });

  it('a problem: said in words; one the reader must fix brings the form back, filled but for secrets', async () => {
    await syncSettingsItem.setValue({ url: 'https://couch.example.org/notes', username: 'ana', password: 'pw' });
    const unreachable = new SyncError('unreachable');
    await show(<SyncSection />, { state: 'problem', problem: 'unreachable', message: unreachable.message, database: 'https://couch.example.org/notes' });
    expect(q('sync-problem')!.textContent).toBe(unreachable.message);
    expect(q('sync-form')).toBeNull(); // trying again will do

    const unauthorized = new SyncError('unauthorized');
    await syncStatusItem.setValue({ state: 'problem', problem: 'unauthorized', message: unauthorized.message, database: 'https://couch.example.org/notes' });
    await settle();
    expect(q('sync-problem')!.textContent).toBe(unauthorized.message);
    expect((q('sync-url') as HTMLInputElement).value).toBe('https://couch.example.org/notes');
    expect((q('sync-user') as HTMLInputElement).value).toBe('ana');
    expect((q('sync-password') as HTMLInputElement).value).toBe('');
    expect(q('sync-on')!.textContent).toBe('Save and sync');
  });

  it('the panel says so only when sync did not work', async () => {
    await show(<SyncProblemLine />, { state: 'ok', lastSyncedAt: 1 });
    expect(q('sync-problem-line')).toBeNull();
    await syncStatusItem.setValue({ state: 'problem', problem: 'server-full', message: new SyncError('server-full').message });
    await settle();
    expect(q('sync-problem-line')!.textContent).toContain('no room left');
  });

  it("shows a note's other versions, and picking one names its index", async () => {
    const pick = vi.fn();
    const note = {
      id: 'n1',
      body: 'Mine',
      tags: [],
      otherVersions: [
        { body: 'From the laptop', tags: ['x'], updatedAt: 2 },
        { body: 'From the phone', updatedAt: 1 },
      ],
    } as unknown as NoteRow;
    await act(() => mount(<OtherVersions note={note} pick={pick} />, app));
    expect(app.querySelectorAll('[data-testid="note-version"]')).toHaveLength(2);
    expect(q('note-versions')!.textContent).toContain('2 other versions of this note');
    await fire(app.querySelectorAll('[data-testid="note-version-use"]')[1], 'click');
    await fire(q('note-version-keep')!, 'click');
    expect(pick.mock.calls).toEqual([
      ['n1', 1],
      ['n1', null],
    ]);
    await act(() => mount(<OtherVersions note={{ ...note, otherVersions: undefined }} pick={pick} />, app));
    expect(q('note-versions')).toBeNull();
  });
});
