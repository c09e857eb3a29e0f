// The per-site switches, kept in extension storage as a list, synced as items of their own.
import { describe, expect, it } from 'vitest';
import { combineStores, type KindsStore } from '@/lib/sync/combined-store';
import { createParams } from '@/lib/sync/crypto';
import { Mirror } from '@/lib/sync/mirror';
import { siteSettingsStore } from '@/lib/sync/site-settings-store';
import { MemoryStore, memoryDb, note } from './sync-support';

function device(keys: Awaited<ReturnType<typeof createParams>>['keys']) {
  const storage = { off: [] as string[], synced: {} as Record<string, number> };
  let clock = 1_000;
  const sites = siteSettingsStore({
    getOff: async () => [...storage.off],
    setOff: async (s) => void (storage.off = [...s]),
    getSynced: async () => ({ ...storage.synced }),
    setSynced: async (s) => void (storage.synced = { ...s }),
    now: () => ++clock,
  });
  const notes = Object.assign(new MemoryStore(), { kinds: ['note', 'outletNote', 'dismissal', 'readerList'] as const }) as MemoryStore & KindsStore;
  const store = combineStores([notes, sites]);
  const db = memoryDb('sites');
  return { storage, notes, store, db, mirror: new Mirror(db, keys) };
}

describe('per-site settings sync', async () => {
  const { keys } = await createParams('site settings passphrase');

  async function round(a: ReturnType<typeof device>, b: ReturnType<typeof device>) {
    for (const d of [a, b]) {
      await d.mirror.pullInto(d.store);
      await d.mirror.pushLocal(d.store);
    }
    await a.db.replicate.to(b.db);
    await b.db.replicate.to(a.db);
    for (const d of [a, b]) await d.mirror.pullInto(d.store);
  }

  it('carries a site turned off, and turned back on, with notes alongside', async () => {
    const a = device(keys);
    const b = device(keys);
    a.storage.off = ['substack.com', 'example.org'];
    a.notes.put('note', note('n1', 'with a note'));
    await a.store.markAllPending();
    await round(a, b);
    expect(b.storage.off.sort()).toEqual(['example.org', 'substack.com']);
    expect(b.notes.get('note', 'n1')?.body).toBe('with a note');
    expect(await b.store.pending(10)).toEqual([]); // what arrived is not news to send back

    b.storage.off = ['example.org'];
    await round(a, b);
    expect(a.storage.off).toEqual(['example.org']);
  });

  it('keeps a switch flipped during a sync pending, and a local change over a concurrent one elsewhere', async () => {
    const a = device(keys);
    const b = device(keys);
    a.storage.off = ['example.org'];
    const pending = await a.store.pending(10);
    a.storage.off = []; // flipped back before the sync settled
    await a.store.settle(pending);
    // What was pushed ("off") is the synced state; the flip back on is still to send.
    expect(a.storage.synced).toHaveProperty('example.org');
    expect((await a.store.pending(10)).map((r) => [r.key, (r as unknown as { off: boolean }).off])).toEqual([['example.org', false]]);

    // B turns it off while A (which never synced it) turned it on: the live "off" stands.
    b.storage.off = ['example.org'];
    await b.store.markAllPending();
    await round(a, b);
    expect(a.storage.off).toEqual(['example.org']);
    expect(b.storage.off).toEqual(['example.org']);
  });
});
