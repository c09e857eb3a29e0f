// The background's sync service, driven as the background drives it (turn on, local writes,
// the schedule, turn off) against a real test server; mirrors in memory, keys in (fake) IndexedDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParams } from '@/lib/sync/crypto';
import type { SyncRef } from '@/lib/sync/items';
import { indexedDbKeyStore } from '@/lib/sync/key-store';
import type { PouchDatabase } from '@/lib/sync/pouch-types';
import { SyncService, SYNC_OFF, type Stored, type SyncSettings, type SyncStatus } from '@/lib/sync/service';
import { startCouchServer, type CouchServer } from '../couch/couch-server';
import { MemoryStore, note, TestPouch } from './sync-support';

const USER = 'reader';
const PASSWORD = 'pw';
const PASSPHRASE = 'a long passphrase for these notes';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer({ username: USER, password: PASSWORD });
});
afterAll(async () => {
  await server?.stop();
});

function stored<T>(initial: T): Stored<T> & { value: T } {
  return {
    value: initial,
    async get() {
      return this.value;
    },
    async set(v: T) {
      this.value = v;
    },
  };
}

let n = 0;
function device() {
  const mirrorName = `mirror-${n++}`;
  const timers: (() => void)[] = [];
  const changed: SyncRef[] = [];
  const scheduled: boolean[] = [];
  let mirrorsOpened = 0;
  const deps = {
    store: new MemoryStore(),
    settings: stored<SyncSettings | null>(null),
    status: stored<SyncStatus>(SYNC_OFF),
    keys: indexedDbKeyStore(`keys-${n}`),
    Pouch: TestPouch,
    openMirror: (): PouchDatabase => {
      mirrorsOpened++;
      return new TestPouch(mirrorName, { adapter: 'memory' });
    },
    changed: (refs: SyncRef[]) => changed.push(...refs),
    schedule: (on: boolean) => scheduled.push(on),
    setTimer: (run: () => void) => timers.push(run),
    clearTimer: () => undefined,
  };
  const service = new SyncService(deps);
  return { service, deps, timers, changed, scheduled, mirrorsOpened: () => mirrorsOpened };
}

let db = 0;
const settings = (): SyncSettings => ({ url: `${server.url}/svc-${db++}`, username: USER, password: PASSWORD });

describe('sync service', () => {
  it('turns on only when server, password and passphrase are right, storing nothing before', async () => {
    const where = settings();
    const a = device();
    a.deps.store.put('note', note('n1', 'Kept here'));
    const refused = await a.service.turnOn({ ...where, password: 'wrong' }, PASSPHRASE);
    expect(refused).toMatchObject({ state: 'off', problem: 'unauthorized' });
    expect(refused.message).toMatch(/user name or password/);
    expect(a.deps.settings.value).toBeNull();
    expect(await a.deps.keys.get()).toBeNull();
    expect(a.mirrorsOpened()).toBe(0);
    expect(a.scheduled).toEqual([]);

    const on = await a.service.turnOn(where, PASSPHRASE);
    expect(on).toMatchObject({ state: 'ok', database: where.url });
    expect(on.lastSyncedAt).toBeGreaterThan(0);
    expect(a.scheduled).toEqual([true]);
    expect(a.deps.settings.value).toEqual(where);
    expect(await a.deps.keys.get()).not.toBeNull();

    const b = device();
    expect(await b.service.turnOn(where, undefined)).toMatchObject({ state: 'off', problem: 'passphrase-needed' });
    expect(await b.service.turnOn(where, 'not it')).toMatchObject({ state: 'off', problem: 'wrong-passphrase' });
    expect(b.deps.settings.value).toBeNull();
    expect(await b.service.turnOn(where, PASSPHRASE)).toMatchObject({ state: 'ok' });
    expect(b.deps.store.get('note', 'n1')?.body).toBe('Kept here');
    expect(b.changed).toEqual([{ kind: 'note', key: 'n1' }]);
  });

  it('syncs once the reader pauses after local writes, one run for many writes', async () => {
    const where = settings();
    const a = device();
    const b = device();
    await a.service.turnOn(where, PASSPHRASE);
    await b.service.turnOn(where, PASSPHRASE);
    for (let i = 0; i < 3; i++) {
      a.deps.store.put('note', note('n1', `draft ${i}`, 1_700_000_000_000 + i));
      a.service.localWrite();
    }
    expect(a.timers).toHaveLength(3); // each write restarts the wait (clearTimer drops the older ones)
    a.timers.at(-1)!();
    const status = await a.service.syncNow(); // joins the run the timer started
    expect(status.state).toBe('ok');
    expect(a.deps.store.pendingCount()).toBe(0);
    await b.service.onSchedule();
    expect(b.deps.store.get('note', 'n1')?.body).toBe('draft 2');
  });

  it('shares one queued run among calls made while a sync is under way', async () => {
    const a = device();
    await a.service.turnOn(settings(), PASSPHRASE);
    const first = a.service.syncNow();
    expect(a.service.syncNow()).toBe(first); // not started yet: the same run
    await new Promise((resolve) => setTimeout(resolve, 0)); // now it has started
    const second = a.service.syncNow();
    const third = a.service.syncNow();
    expect(third).toBe(second);
    expect(second).not.toBe(first);
    expect((await Promise.all([first, second, third])).map((s) => s.state)).toEqual(['ok', 'ok', 'ok']);
  });

  it('says when the server is unreachable, keeps the last sync time, and recovers on schedule', async () => {
    const a = device();
    const on = await a.service.turnOn(settings(), PASSPHRASE);
    await server.offline();
    let offline: SyncStatus;
    try {
      a.deps.store.put('note', note('n2', 'offline note'));
      offline = await a.service.syncNow();
    } finally {
      await server.online();
    }
    expect(offline).toMatchObject({ state: 'problem', problem: 'unreachable', lastSyncedAt: on.lastSyncedAt });
    expect(a.deps.store.get('note', 'n2')?.body).toBe('offline note');
    expect(await a.service.onSchedule()).toMatchObject({ state: 'ok' });
  });

  it('does not retry on schedule what needs the reader (a changed password)', async () => {
    const where = settings();
    const a = device();
    await a.service.turnOn(where, PASSPHRASE);
    a.deps.settings.value = { ...where, password: 'changed on the server' };
    expect(await a.service.syncNow()).toMatchObject({ state: 'problem', problem: 'unauthorized' });
    const before = a.deps.status.value;
    expect(await a.service.onSchedule()).toBe(before);
  });

  it('turns off keeping every note here, and forgets the server, the keys and the mirror', async () => {
    const a = device();
    a.deps.store.put('note', note('n1', 'mine'));
    await a.service.turnOn(settings(), PASSPHRASE);
    expect(await a.service.turnOff()).toEqual(SYNC_OFF);
    expect(a.scheduled).toEqual([true, false]);
    expect(a.deps.store.get('note', 'n1')?.body).toBe('mine');
    expect(a.deps.settings.value).toBeNull();
    expect(await a.deps.keys.get()).toBeNull();
    expect((await a.deps.openMirror().info()).doc_count).toBe(0);
    expect(await a.service.syncNow()).toEqual(SYNC_OFF);
  });

  it('keeps keys in IndexedDB as keys that cannot be read out', async () => {
    const store = indexedDbKeyStore('keys-roundtrip');
    const { keys } = await createParams(PASSPHRASE);
    await store.set(keys);
    const back = await store.get();
    expect(back?.salt).toBe(keys.salt);
    expect(back?.encrypt.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', back!.encrypt)).rejects.toThrow();
    await store.set(null);
    expect(await store.get()).toBeNull();
  });
});
