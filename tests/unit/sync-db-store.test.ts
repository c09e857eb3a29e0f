// The database's side of sync on fake-indexeddb: the outbox that lib/db's writes fill, reading
// items, and storing other devices' changes without marking them, through two real mirrors.
import { describe, expect, it } from 'vitest';
import { openDatabase, type BackstoryDatabase } from '@/lib/db/database';
import { setDismissed } from '@/lib/db/dismissals';
import { createNote, deleteNote, getNote, updateNote } from '@/lib/db/notes';
import { getOutletNote, importList, listsFor, ratingsForDomain, removeList, setOutletNote } from '@/lib/db/reader-lists';
import { databaseSyncStore } from '@/lib/db/sync-store';
import { createParams } from '@/lib/sync/crypto';
import { dismissalKey, type SyncedNote } from '@/lib/sync/items';
import { Mirror } from '@/lib/sync/mirror';
import { mergeIncomingWithLocal } from '@/lib/sync/resolve';
import { memoryDb } from './sync-support';

let n = 0;
const freshDb = () => openDatabase(`sync-store-${n++}`);

const newNote = (body: string) => ({
  url: 'https://news.example.org/a',
  host: 'news.example.org',
  selectors: [{ type: 'TextQuoteSelector' as const, exact: 'a passage', prefix: '', suffix: '' }],
  quote: 'a passage',
  body,
  tags: ['t'],
});

const pendingKeys = async (db: BackstoryDatabase) => (await databaseSyncStore(db).pending(100)).map((r) => `${r.kind}:${r.key}`);

describe('the database as sync sees it', async () => {
  const { keys } = await createParams('db store passphrase');

  it('records nothing while sync is off, everything once on, and each write after', async () => {
    const db = freshDb();
    const store = databaseSyncStore(db);
    const first = await createNote(db, newNote('before sync'));
    expect(await db.syncOutbox.count()).toBe(0);

    await store.markAllPending();
    expect(await pendingKeys(db)).toEqual([`note:${first.id}`]);
    await store.settle(await store.pending(100));
    expect(await pendingKeys(db)).toEqual([]);

    const second = await createNote(db, newNote('after'));
    await updateNote(db, first.id, { body: 'edited' });
    await setDismissed(db, 'https://news.example.org/a', 'claim-1', true);
    await setOutletNote(db, 'news.example.org', 'An outlet note');
    const list = await importList(db, { name: 'My list', ratings: [{ domain: 'example.org', aspect: 'reliability', rating: 'high' }] });
    expect((await pendingKeys(db)).sort()).toEqual(
      [`note:${second.id}`, `note:${first.id}`, `dismissal:${dismissalKey('https://news.example.org/a', 'claim-1')}`, 'outletNote:example.org', `readerList:${list.id}`].sort(),
    );

    // A write after the read keeps its newer mark: settling the older read leaves it pending.
    const read = await store.pending(100);
    await deleteNote(db, second.id);
    await store.settle(read);
    expect(await pendingKeys(db)).toEqual([`note:${second.id}`]);
    expect(await store.read([{ kind: 'note', key: second.id }])).toEqual([null]);

    await store.clearPending();
    await createNote(db, newNote('after turning off'));
    expect(await db.syncOutbox.count()).toBe(0);
  });

  it('stores other devices’ changes without marking them, and merges into a pending edit', async () => {
    const db = freshDb();
    const store = databaseSyncStore(db);
    await store.markAllPending();
    const note = await createNote(db, newNote('mine'));
    await store.settle(await store.pending(100));

    const list = { id: 'list-9', name: 'Shared list', importedAt: 5, count: 1 };
    await store.apply(
      [
        { kind: 'readerList', key: 'list-9', updatedAt: 5, value: { list, ratings: [{ domain: 'example.org', aspect: 'bias', rating: 'left' }] } },
        { kind: 'outletNote', key: 'example.org', updatedAt: 6, value: { domain: 'example.org', body: 'from elsewhere', updatedAt: 6 } },
        { kind: 'dismissal', key: dismissalKey('https://x.example/p', 'c2'), updatedAt: 7, value: { url: 'https://x.example/p', key: 'c2', at: 7 } },
      ],
      mergeIncomingWithLocal,
    );
    expect(await pendingKeys(db)).toEqual([]);
    expect((await listsFor(db)).map((l) => l.name)).toEqual(['Shared list']);
    expect(await ratingsForDomain(db, 'example.org')).toHaveLength(1);
    expect((await getOutletNote(db, 'example.org'))?.body).toBe('from elsewhere');

    await updateNote(db, note.id, { body: 'mine, edited here' }, note.updatedAt + 10);
    await store.apply([{ kind: 'note', key: note.id, updatedAt: note.updatedAt + 5, value: { ...note, body: 'edited there', updatedAt: note.updatedAt + 5 } }], mergeIncomingWithLocal);
    const merged = (await getNote(db, note.id)) as SyncedNote;
    expect(merged.body).toBe('mine, edited here');
    expect(merged.otherVersions?.map((v) => v.body)).toEqual(['edited there']);
    expect(await pendingKeys(db)).toEqual([`note:${note.id}`]); // still to send, merged

    await store.apply([{ kind: 'readerList', key: 'list-9', updatedAt: 8 }], mergeIncomingWithLocal);
    expect(await listsFor(db)).toEqual([]);
    expect(await ratingsForDomain(db, 'example.org')).toEqual([]);
  });

  it('carries notes, lists and flags between two browsers’ databases through their mirrors', async () => {
    const a = { db: freshDb(), mirrorDb: memoryDb('a') };
    const b = { db: freshDb(), mirrorDb: memoryDb('b') };
    const devices = [a, b].map((d) => ({ ...d, store: databaseSyncStore(d.db), mirror: new Mirror(d.mirrorDb, keys) }));
    const [da, dbb] = devices;
    await da.store.markAllPending();
    await dbb.store.markAllPending();
    const note = await createNote(a.db, newNote('travels'));
    const list = await importList(a.db, { name: 'L', ratings: [{ domain: 'example.org', aspect: 'reliability', rating: 'mixed' }] });
    const round = async () => {
      for (const d of devices) {
        await d.mirror.pullInto(d.store);
        await d.mirror.pushLocal(d.store);
      }
      await a.mirrorDb.replicate.to(b.mirrorDb);
      await b.mirrorDb.replicate.to(a.mirrorDb);
      for (const d of devices) await d.mirror.pullInto(d.store);
    };
    await round();
    expect((await getNote(b.db, note.id))?.body).toBe('travels');
    expect((await ratingsForDomain(b.db, 'example.org'))[0]).toMatchObject({ by: 'L', rating: 'mixed' });

    await removeList(b.db, list.id);
    await deleteNote(b.db, note.id);
    await round();
    expect(await getNote(a.db, note.id)).toBeUndefined();
    expect(await listsFor(a.db)).toEqual([]);
  });

  it('opens a database written before sync existed, with its notes', async () => {
    const name = `sync-store-upgrade-${n++}`;
    const old = openDatabase(name, 2);
    await old.table('notes').add({ ...newNote('old note'), id: 'old-1', createdAt: 1, updatedAt: 1 });
    old.close();
    const db = openDatabase(name);
    expect((await getNote(db, 'old-1'))?.body).toBe('old note');
    expect(await db.syncOutbox.count()).toBe(0);
  });
});
