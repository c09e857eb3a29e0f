// The mirror and its checkpoint, on PouchDB's memory adapter: two "devices", each with its
// local store and mirror, replicating mirror to mirror (the server comes in sync-server.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { createParams, type SyncKeys } from '@/lib/sync/crypto';
import { readCheckpoint } from '@/lib/sync/checkpoint';
import { dismissalKey, type SyncedNote } from '@/lib/sync/items';
import { Mirror } from '@/lib/sync/mirror';
import type { PouchDatabase } from '@/lib/sync/pouch-types';
import { MemoryStore, memoryDb, note } from './sync-support';

let keys: SyncKeys;
beforeAll(async () => {
  keys = (await createParams('a passphrase for the tests')).keys;
});

interface Device {
  store: MemoryStore;
  db: PouchDatabase;
  mirror: Mirror;
}

function device(name: string): Device {
  const db = memoryDb(name);
  return { store: new MemoryStore(), db, mirror: new Mirror(db, keys) };
}

/** What the engine does around replication: apply what is there, write what is new here. */
async function local(d: Device) {
  const pulled = await d.mirror.pullInto(d.store);
  const written = await d.mirror.pushLocal(d.store);
  return { pulled, written };
}

async function replicate(a: Device, b: Device) {
  await a.db.replicate.to(b.db);
  await b.db.replicate.to(a.db);
}

/** Local changes out, replication, remote changes in, on both devices. */
async function syncBoth(a: Device, b: Device) {
  await local(a);
  await local(b);
  await replicate(a, b);
  const pa = await a.mirror.pullInto(a.store);
  const pb = await b.mirror.pullInto(b.store);
  return { a: pa, b: pb };
}

describe('sync mirror', () => {
  it('carries a note, its edit and its deletion to the other device', async () => {
    const a = device('a');
    const b = device('b');
    a.store.put('note', note('n1', 'First thoughts'));
    await syncBoth(a, b);
    expect(b.store.get('note', 'n1')).toEqual(note('n1', 'First thoughts'));

    b.store.put('note', note('n1', 'Second thoughts', 1_700_000_100_000, { tags: ['budget'] }));
    const edited = await syncBoth(a, b);
    expect(edited.a.applied).toEqual([{ kind: 'note', key: 'n1' }]);
    expect(a.store.get('note', 'n1')?.body).toBe('Second thoughts');
    expect(a.store.get('note', 'n1')?.tags).toEqual(['budget']);

    a.store.remove('note', 'n1');
    await syncBoth(a, b);
    expect(b.store.get('note', 'n1')).toBeUndefined();
    expect(a.store.get('note', 'n1')).toBeUndefined();
  });

  it('carries every kind: outlet notes, dismissed flags, imported lists, per-site settings', async () => {
    const a = device('a');
    const b = device('b');
    a.store.put('outletNote', { domain: 'globalresearch.ca', body: 'Check the original source', updatedAt: 5 });
    a.store.put('dismissal', { url: 'https://news.example.org/x', key: 'claim-3', at: 6 });
    a.store.put('readerList', {
      list: { id: 'list-1', name: 'Newsroom list', importedAt: 7, count: 1, fileName: 'list.csv' },
      ratings: [{ domain: 'example.org', aspect: 'reliability', rating: 'high' }],
    });
    a.store.put('siteSetting', { domain: 'substack.com', highlightsOff: true, updatedAt: 8 });
    await syncBoth(a, b);
    expect(b.store.get('outletNote', 'globalresearch.ca')?.body).toBe('Check the original source');
    expect(b.store.get('dismissal', dismissalKey('https://news.example.org/x', 'claim-3'))).toBeDefined();
    expect(b.store.get('readerList', 'list-1')?.ratings).toHaveLength(1);
    expect(b.store.get('siteSetting', 'substack.com')?.highlightsOff).toBe(true);

    // Undismissing, turning highlights back on and removing a list travel as deletions.
    b.store.remove('dismissal', dismissalKey('https://news.example.org/x', 'claim-3'));
    b.store.remove('siteSetting', 'substack.com');
    b.store.remove('readerList', 'list-1');
    await syncBoth(a, b);
    expect(a.store.all('dismissal')).toEqual([]);
    expect(a.store.all('siteSetting')).toEqual([]);
    expect(a.store.all('readerList')).toEqual([]);
    expect(a.store.all('outletNote')).toHaveLength(1);
  });

  it('keeps a checkpoint: changes are applied once, and a device is not handed back its own writes', async () => {
    const a = device('a');
    const b = device('b');
    for (let i = 0; i < 5; i++) a.store.put('note', note(`n${i}`, `note ${i}`));
    const first = await local(a);
    expect(first.written).toBe(5);
    expect(a.store.pendingCount()).toBe(0);
    // The writes are past the checkpoint already: pulling now applies nothing.
    expect((await a.mirror.pullInto(a.store)).applied).toEqual([]);

    await replicate(a, b);
    expect((await b.mirror.pullInto(b.store, { batchSize: 2 })).applied).toHaveLength(5); // in batches of 2
    const seq = await readCheckpoint(b.db);
    expect(seq).not.toBe(0);
    // A new mirror object on the same database (a restarted service worker) starts from it.
    expect((await new Mirror(b.db, keys).pullInto(b.store)).applied).toEqual([]);
    // Writing what is already there makes no new revision.
    await b.store.markAllPending();
    expect(await b.mirror.pushLocal(b.store)).toBe(0);
  });

  it('resolves a note edited on two devices the same way on both, keeping the other text', async () => {
    const a = device('a');
    const b = device('b');
    a.store.put('note', note('n1', 'Original'));
    await syncBoth(a, b);

    a.store.put('note', note('n1', 'Edited on A (earlier)', 1_700_000_001_000));
    b.store.put('note', note('n1', 'Edited on B (later)', 1_700_000_002_000));
    const { a: ra, b: rb } = await syncBoth(a, b);
    expect(ra.resolved + rb.resolved).toBeGreaterThanOrEqual(1);
    // Each device may have resolved it; whichever did, one more round leaves both alike.
    await syncBoth(a, b);

    for (const d of [a, b]) {
      const n = d.store.get('note', 'n1') as SyncedNote;
      expect(n.body).toBe('Edited on B (later)');
      expect(n.otherVersions?.map((v) => v.body)).toEqual(['Edited on A (earlier)']);
      const doc = await d.db.get(await d.mirror.idOf({ kind: 'note', key: 'n1' }), { conflicts: true });
      expect(doc._conflicts ?? []).toEqual([]);
    }
  });

  it('keeps an edit over a deletion made concurrently elsewhere', async () => {
    const a = device('a');
    const b = device('b');
    a.store.put('note', note('n1', 'Original'));
    await syncBoth(a, b);
    a.store.remove('note', 'n1');
    b.store.put('note', note('n1', 'Still needed', 1_700_000_005_000));
    await syncBoth(a, b);
    await syncBoth(a, b);
    expect(a.store.get('note', 'n1')?.body).toBe('Still needed');
    expect(b.store.get('note', 'n1')?.body).toBe('Still needed');
  });

  it('merges a change that arrives while the same note has an unsent edit here', async () => {
    const a = device('a');
    const b = device('b');
    a.store.put('note', note('n1', 'Original'));
    await syncBoth(a, b);
    b.store.put('note', note('n1', 'B’s edit', 1_700_000_003_000));
    await local(b);
    await replicate(a, b);
    // A edits before applying what arrived (the reader typed during a sync).
    a.store.put('note', note('n1', 'A’s edit, later', 1_700_000_004_000));
    await a.mirror.pullInto(a.store);
    const merged = a.store.get('note', 'n1') as SyncedNote;
    expect(merged.body).toBe('A’s edit, later');
    expect(merged.otherVersions?.map((v) => v.body)).toEqual(['B’s edit']);
    // The merged note is still A's to send; B gets it whole.
    await syncBoth(a, b);
    expect((b.store.get('note', 'n1') as SyncedNote).otherVersions?.map((v) => v.body)).toEqual(['B’s edit']);
  });

  it('stores only ids, revisions and ciphertext', async () => {
    const a = device('a');
    a.store.put('note', note('3f9c2a71-note-id', 'Secret remark about the mayor', 1, { tags: ['housing'] }));
    a.store.put('outletNote', { domain: 'globalresearch.ca', body: 'cross-posts', updatedAt: 2 });
    a.store.put('dismissal', { url: 'https://news.example.org/private-page', key: 'claim-1', at: 3 });
    await local(a);
    a.store.remove('dismissal', dismissalKey('https://news.example.org/private-page', 'claim-1'));
    await local(a);
    const { results } = await a.db.changes({ since: 0, include_docs: true, style: 'all_docs' });
    const stored = JSON.stringify(results.map((r) => r.doc));
    for (const plain of ['Secret', 'mayor', 'housing', 'globalresearch', 'news.example.org', 'private-page', 'claim-1', 'the quoted passage', 'TextQuoteSelector', '3f9c2a71-note-id']) {
      expect(stored).not.toContain(plain);
    }
    for (const r of results) expect(Object.keys(r.doc!).sort()).toEqual(expect.arrayContaining(['_id', '_rev', 'ct', 'iv', 'v']));
  });

  it('skips documents it cannot read instead of failing the sync', async () => {
    const a = device('a');
    const strangerKeys = (await createParams('another passphrase')).keys;
    const strangerDb = memoryDb('stranger');
    const store = new MemoryStore();
    store.put('note', note('x1', 'not ours'));
    await new Mirror(strangerDb, strangerKeys).pushLocal(store);
    const other = device('other');
    other.store.put('note', note('n1', 'ours'));
    await other.mirror.pushLocal(other.store);
    await strangerDb.replicate.to(a.db);
    await other.db.replicate.to(a.db);
    const fresh = new MemoryStore();
    const report = await a.mirror.pullInto(fresh);
    expect(report.unreadable).toBe(1);
    expect(fresh.all('note').map((n) => n.id)).toEqual(['n1']);
  });
});
