// The database's side of sync (lib/sync/local-store.ts): which items changed here (the outbox),
// what they hold now, and storing what other devices changed. Items from other devices are
// written without marking them, in one transaction with the outbox, so an item the reader changed
// meanwhile is merged instead of overwritten.
import type { KindsStore } from '../sync/combined-store';
import type { SyncItem, SyncRef, SyncedReaderList } from '../sync/items';
import type { MergeWithLocal, PendingRef } from '../sync/local-store';
import type { BackstoryDatabase } from './database';
import { dismissalKey, isSentinel, nextMark, parseDismissalKey, setRecording, type OutboxKind } from './sync-outbox';

const KINDS: readonly OutboxKind[] = ['note', 'outletNote', 'dismissal', 'readerList'];

async function readItem(db: BackstoryDatabase, ref: SyncRef): Promise<SyncItem | null> {
  switch (ref.kind) {
    case 'note': {
      const row = await db.notes.get(ref.key);
      return row ? { kind: 'note', key: ref.key, updatedAt: row.updatedAt, value: row } : null;
    }
    case 'outletNote': {
      const row = await db.outletNotes.get(ref.key);
      return row ? { kind: 'outletNote', key: ref.key, updatedAt: row.updatedAt, value: row } : null;
    }
    case 'dismissal': {
      const flag = parseDismissalKey(ref.key);
      const row = flag ? await db.dismissals.get([flag.url, flag.key]) : undefined;
      return row ? { kind: 'dismissal', key: ref.key, updatedAt: row.at, value: row } : null;
    }
    case 'readerList': {
      const list = await db.readerLists.get(ref.key);
      if (!list) return null;
      const ratings = (await db.readerRatings.where('listId').equals(ref.key).toArray()).map(({ listId: _list, ...r }) => r);
      return { kind: 'readerList', key: ref.key, updatedAt: list.importedAt, value: { list, ratings } };
    }
  }
  return null;
}

async function writeItem(db: BackstoryDatabase, item: SyncItem): Promise<void> {
  switch (item.kind) {
    case 'note':
      if (item.value) await db.notes.put(item.value);
      else await db.notes.delete(item.key);
      return;
    case 'outletNote':
      if (item.value) await db.outletNotes.put(item.value);
      else await db.outletNotes.delete(item.key);
      return;
    case 'dismissal': {
      if (item.value) {
        await db.dismissals.put(item.value);
        return;
      }
      const flag = parseDismissalKey(item.key);
      if (flag) await db.dismissals.delete([flag.url, flag.key]);
      return;
    }
    case 'readerList': {
      await db.readerRatings.where('listId').equals(item.key).delete();
      if (!item.value) {
        await db.readerLists.delete(item.key);
        return;
      }
      const { list, ratings }: SyncedReaderList = item.value;
      await db.readerLists.put(list);
      await db.readerRatings.bulkPut(ratings.map((r) => ({ ...r, listId: list.id })));
      return;
    }
  }
}

/** Sync's view of the database: notes, outlet notes, dismissed flags and imported lists. */
export function databaseSyncStore(db: BackstoryDatabase): KindsStore {
  const tables = () => [db.notes, db.outletNotes, db.dismissals, db.readerLists, db.readerRatings, db.syncOutbox];
  return {
    kinds: KINDS,
    async pending(limit) {
      const rows = await db.syncOutbox.orderBy('mark').limit(limit + 1).toArray();
      return rows.filter((r) => !isSentinel(r)).slice(0, limit) as PendingRef[];
    },
    async settle(refs) {
      await db.transaction('rw', db.syncOutbox, async () => {
        const now = await db.syncOutbox.bulkGet(refs.map((r) => [r.kind, r.key] as [string, string]));
        const done = refs.filter((r, i) => now[i]?.mark === r.mark).map((r) => [r.kind, r.key] as [string, string]);
        await db.syncOutbox.bulkDelete(done);
      });
    },
    read(refs) {
      return db.transaction('r', tables(), () => Promise.all(refs.map((ref) => readItem(db, ref))));
    },
    apply(items: readonly SyncItem[], merge: MergeWithLocal) {
      return db.transaction('rw', tables(), async () => {
        const changed: SyncRef[] = [];
        for (const incoming of items) {
          const pending = await db.syncOutbox.get([incoming.kind, incoming.key]);
          let result = incoming;
          if (pending) {
            const local = (await readItem(db, incoming)) ?? ({ kind: incoming.kind, key: incoming.key, updatedAt: pending.mark } as SyncItem);
            result = merge(incoming, local);
          }
          await writeItem(db, result);
          changed.push({ kind: incoming.kind, key: incoming.key });
        }
        return changed;
      });
    },
    clearPending: () => setRecording(db, false),
    async markAllPending() {
      await setRecording(db, true);
      await db.transaction('rw', tables(), async () => {
        const keys = (await Promise.all([
          db.notes.toCollection().primaryKeys(),
          db.outletNotes.toCollection().primaryKeys(),
          db.dismissals.toCollection().primaryKeys(),
          db.readerLists.toCollection().primaryKeys(),
        ])) as [string[], string[], [string, string][], string[]];
        const refs: [OutboxKind, string][] = [
          ...keys[0].map((k): [OutboxKind, string] => ['note', k]),
          ...keys[1].map((k): [OutboxKind, string] => ['outletNote', k]),
          ...keys[2].map(([url, flag]): [OutboxKind, string] => ['dismissal', dismissalKey(url, flag)]),
          ...keys[3].map((k): [OutboxKind, string] => ['readerList', k]),
        ];
        const mark = nextMark();
        await db.syncOutbox.bulkPut(refs.map(([kind, key], i) => ({ kind, key, mark: mark + i })));
        nextMark(mark + refs.length);
      });
    },
  };
}
