// Two "devices" (local store + memory mirror each) syncing through a real CouchDB-protocol
// server (express-pouchdb in a child process, with basic auth) over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncOnce } from '@/lib/sync/engine';
import { SyncError } from '@/lib/sync/errors';
import type { SyncKeys } from '@/lib/sync/crypto';
import type { SyncedNote } from '@/lib/sync/items';
import type { PouchDatabase } from '@/lib/sync/pouch-types';
import { ensureDatabase, openRemote, perUserDatabase, resolveRemote, unlockRemote, type RemoteConfig } from '@/lib/sync/remote';
import { startCouchServer, type CouchServer } from '../couch/couch-server';
import { MemoryStore, memoryDb, note, TestPouch } from './sync-support';

const USER = 'reader';
const PASSWORD = 'server password';
const PASSPHRASE = 'notes passphrase, not the server password';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer({ username: USER, password: PASSWORD });
});
afterAll(async () => {
  await server?.stop();
});

interface Device {
  store: MemoryStore;
  mirror: PouchDatabase;
  remote: PouchDatabase;
  keys?: SyncKeys;
}

function device(config: RemoteConfig): Device {
  return { store: new MemoryStore(), mirror: memoryDb('mirror'), remote: openRemote(TestPouch, config) };
}

async function turnOn(d: Device, passphrase: string | undefined): Promise<void> {
  await ensureDatabase(d.remote);
  d.keys = (await unlockRemote(d.remote, passphrase)).keys;
  await d.store.markAllPending();
}

const sync = (d: Device) => syncOnce({ mirror: d.mirror, remote: d.remote, keys: d.keys!, store: d.store });

async function failure(work: Promise<unknown>): Promise<SyncError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncError);
  return error as SyncError;
}

let dbCount = 0;
const config = (): RemoteConfig => ({ url: `${server.url}/notes-${dbCount++}`, username: USER, password: PASSWORD });

describe('sync through a CouchDB server', () => {
  it('a note made on one device appears on the other; its edit and deletion follow', async () => {
    const where = config();
    const a = device(where);
    const b = device(where);
    a.store.put('note', note('n1', 'Made on A'));
    await turnOn(a, PASSPHRASE);
    const first = await sync(a);
    expect(first.written).toBe(1);
    expect(first.sent).toBeGreaterThanOrEqual(1);

    await turnOn(b, PASSPHRASE);
    const onB = await sync(b);
    expect(onB.applied).toEqual([{ kind: 'note', key: 'n1' }]);
    expect(b.store.get('note', 'n1')).toEqual(note('n1', 'Made on A'));

    b.store.put('note', note('n1', 'Edited on B', 1_700_000_100_000));
    await sync(b);
    await sync(a);
    expect(a.store.get('note', 'n1')?.body).toBe('Edited on B');

    a.store.remove('note', 'n1');
    await sync(a);
    await sync(b);
    expect(b.store.get('note', 'n1')).toBeUndefined();
  });

  it('a second device needs the passphrase; a wrong one changes nothing here', async () => {
    const where = config();
    const a = device(where);
    a.store.put('note', note('n1', 'On A'));
    await turnOn(a, PASSPHRASE);
    await sync(a);

    const b = device(where);
    b.store.put('note', note('b1', 'Already on B'));
    expect((await failure(turnOn(b, undefined))).problem).toBe('passphrase-needed');
    expect((await failure(turnOn(b, 'not the passphrase'))).problem).toBe('wrong-passphrase');
    expect(b.store.all('note').map((n) => n.id)).toEqual(['b1']);
    expect((await b.mirror.info()).doc_count).toBe(0);

    await turnOn(b, PASSPHRASE);
    await sync(b);
    expect(b.store.all('note').map((n) => n.id).sort()).toEqual(['b1', 'n1']);
    await sync(a);
    expect(a.store.all('note').map((n) => n.id).sort()).toEqual(['b1', 'n1']);
  });

  it('an edit made offline is kept, and syncs when the server is back', async () => {
    const where = config();
    const a = device(where);
    const b = device(where);
    a.store.put('note', note('n1', 'Before the train'));
    await turnOn(a, PASSPHRASE);
    await sync(a);
    await turnOn(b, PASSPHRASE);
    await sync(b);

    await server.offline();
    try {
      a.store.put('note', note('n1', 'Written on the train', 1_700_000_200_000));
      expect((await failure(sync(a))).problem).toBe('unreachable');
      expect(a.store.get('note', 'n1')?.body).toBe('Written on the train');
    } finally {
      await server.online();
    }
    await sync(a);
    await sync(b);
    expect(b.store.get('note', 'n1')?.body).toBe('Written on the train');
  });

  it('a note edited on both devices while apart ends the same on both, with the other text kept', async () => {
    const where = config();
    const a = device(where);
    const b = device(where);
    a.store.put('note', note('n1', 'Original'));
    await turnOn(a, PASSPHRASE);
    await sync(a);
    await turnOn(b, PASSPHRASE);
    await sync(b);

    await server.offline();
    try {
      a.store.put('note', note('n1', 'A: the later edit', 1_700_000_300_000));
      b.store.put('note', note('n1', 'B: the earlier edit', 1_700_000_250_000));
      await failure(sync(a));
      await failure(sync(b));
    } finally {
      await server.online();
    }
    await sync(b);
    await sync(a);
    await sync(b);
    for (const d of [a, b]) {
      const n = d.store.get('note', 'n1') as SyncedNote;
      expect(n.body).toBe('A: the later edit');
      expect(n.otherVersions?.map((v) => v.body)).toEqual(['B: the earlier edit']);
    }
  });

  it("the server's stored documents hold no plaintext, only ids, revisions and ciphertext", async () => {
    const where = config();
    const a = device(where);
    a.store.put('note', note('8d0c1e55-id', 'Confidential: the councillor owns the contractor', 1_700_000_000_000, { tags: ['conflict-of-interest'] }));
    a.store.put('outletNote', { domain: 'globalresearch.ca', body: 'Publishes cross-posts', updatedAt: 1 });
    a.store.put('dismissal', { url: 'https://news.example.org/private', key: 'claim-9', at: 2 });
    a.store.put('siteSetting', { domain: 'substack.com', highlightsOff: true, updatedAt: 3 });
    await turnOn(a, PASSPHRASE);
    await sync(a);
    a.store.put('note', note('8d0c1e55-id', 'Confidential, edited', 1_700_000_000_500));
    a.store.remove('dismissal', JSON.stringify(['https://news.example.org/private', 'claim-9']));
    await sync(a);

    const stored = await server.storedRevisions(new URL(where.url).pathname.slice(1));
    expect(stored.length).toBeGreaterThanOrEqual(6);
    const text = JSON.stringify(stored);
    for (const plain of ['Confidential', 'councillor', 'conflict-of-interest', 'globalresearch', 'Publishes', 'news.example.org', 'claim-9', 'substack', 'the quoted passage', 'A story', '8d0c1e55-id', PASSPHRASE]) {
      expect(text).not.toContain(plain);
    }
    for (const doc of stored) {
      const fields = Object.keys(doc).filter((k) => !k.startsWith('_'));
      if (doc._id === 'backstory-sync-params') expect(fields.sort()).toEqual(['check', 'format', 'kdf']);
      else expect(fields.sort()).toEqual(['ct', 'iv', 'v']);
    }
  });

  it('tells a wrong server password, an unreachable server and a full server apart', async () => {
    const where = config();
    const wrong = device({ ...where, password: 'not it' });
    expect((await failure(ensureDatabase(wrong.remote))).problem).toBe('unauthorized');

    const nowhere = device({ ...where, url: 'http://127.0.0.1:9/notes' });
    expect((await failure(ensureDatabase(nowhere.remote))).problem).toBe('unreachable');

    const small = await startCouchServer({ username: USER, password: PASSWORD, quotaDocs: 1 }); // room for the parameters only
    try {
      const a = device({ url: `${small.url}/notes`, username: USER, password: PASSWORD });
      for (let i = 0; i < 5; i++) a.store.put('note', note(`n${i}`, `note ${i}`));
      await turnOn(a, PASSPHRASE);
      expect((await failure(sync(a))).problem).toBe('server-full');
      expect(a.store.all('note')).toHaveLength(5);
    } finally {
      await small.stop();
    }
  });

  it("uses the account's per-user database when given only the server's address", async () => {
    expect(perUserDatabase('reader')).toBe('userdb-726561646572');
    const { dbUrl, auth } = resolveRemote({ url: `${server.url}/`, username: USER, password: PASSWORD });
    expect(dbUrl).toBe(`${server.url}/userdb-726561646572`);
    expect(auth).toEqual({ username: USER, password: PASSWORD });
    const fromUrl = resolveRemote({ url: `http://ana:s%40cret@127.0.0.1:5984/notes/` });
    expect(fromUrl).toEqual({ dbUrl: 'http://127.0.0.1:5984/notes', origin: 'http://127.0.0.1:5984', auth: { username: 'ana', password: 's@cret' } });
    expect(() => resolveRemote({ url: 'ftp://example.org/db' })).toThrow(SyncError);

    const a = device({ url: server.url, username: USER, password: PASSWORD });
    a.store.put('note', note('n1', 'In my own database'));
    await turnOn(a, PASSPHRASE);
    await sync(a);
    expect(await server.storedRevisions('userdb-726561646572')).not.toEqual([]);
  });
});
