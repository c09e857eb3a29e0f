// What the sync tests share: PouchDB with the memory adapter (the mirror) and the HTTP adapter
// (the server), an in-memory local store that behaves like the app's (pending marks, merges),
// and small builders for items.
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import type { SyncItem, SyncKind, SyncRef, SyncedNote, SyncedValues } from '@/lib/sync/items';
import { itemOf, keyOf } from '@/lib/sync/items';
import type { LocalStore, MergeWithLocal, PendingRef } from '@/lib/sync/local-store';
import type { PouchDatabase } from '@/lib/sync/pouch-types';

export const TestPouch = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);

let counter = 0;
/** A fresh, empty in-memory PouchDB. */
export function memoryDb(label = 'db'): PouchDatabase {
  return new TestPouch(`${label}-${Date.now()}-${counter++}`, { adapter: 'memory' });
}

const refKey = (kind: SyncKind, key: string) => `${kind}\u0000${key}`;

/** The app's local store, in memory: writes mark pending, applied changes do not. */
export class MemoryStore implements LocalStore {
  readonly values = new Map<string, SyncItem>();
  private readonly marks = new Map<string, PendingRef>();
  private clock = 1_700_000_000_000;

  /** A write made by the reader on this device. */
  put<K extends SyncKind>(kind: K, value: SyncedValues[K]): void {
    const key = keyOf(kind, value);
    this.values.set(refKey(kind, key), itemOf(kind, key, value, 0));
    this.mark(kind, key);
  }

  /** A deletion made by the reader on this device. */
  remove(kind: SyncKind, key: string): void {
    this.values.delete(refKey(kind, key));
    this.mark(kind, key);
  }

  get<K extends SyncKind>(kind: K, key: string): SyncedValues[K] | undefined {
    return this.values.get(refKey(kind, key))?.value as SyncedValues[K] | undefined;
  }

  all<K extends SyncKind>(kind: K): SyncedValues[K][] {
    return [...this.values.values()].filter((i) => i.kind === kind).map((i) => i.value as SyncedValues[K]);
  }

  pendingCount(): number {
    return this.marks.size;
  }

  private mark(kind: SyncKind, key: string): void {
    this.marks.set(refKey(kind, key), { kind, key, mark: ++this.clock });
  }

  async pending(limit: number): Promise<PendingRef[]> {
    return [...this.marks.values()].sort((a, b) => a.mark - b.mark).slice(0, limit);
  }

  async settle(refs: readonly PendingRef[]): Promise<void> {
    for (const ref of refs) {
      const k = refKey(ref.kind, ref.key);
      if (this.marks.get(k)?.mark === ref.mark) this.marks.delete(k);
    }
  }

  async read(refs: readonly SyncRef[]): Promise<(SyncItem | null)[]> {
    return refs.map((r) => this.values.get(refKey(r.kind, r.key)) ?? null);
  }

  async apply(items: readonly SyncItem[], merge: MergeWithLocal): Promise<SyncRef[]> {
    const changed: SyncRef[] = [];
    for (const incoming of items) {
      const k = refKey(incoming.kind, incoming.key);
      const pendingHere = this.marks.get(k);
      const local = this.values.get(k) ?? ({ kind: incoming.kind, key: incoming.key, updatedAt: pendingHere?.mark ?? 0 } as SyncItem);
      const result = pendingHere ? merge(incoming, local) : incoming;
      if (result.value === undefined) this.values.delete(k);
      else this.values.set(k, result);
      changed.push({ kind: incoming.kind, key: incoming.key });
    }
    return changed;
  }

  async clearPending(): Promise<void> {
    this.marks.clear();
  }

  async markAllPending(): Promise<void> {
    for (const item of this.values.values()) this.mark(item.kind, item.key);
  }
}

/** A note as the panel would save it. */
export function note(id: string, body: string, updatedAt = 1_700_000_000_000, extra: Partial<SyncedNote> = {}): SyncedNote {
  return {
    id,
    url: 'https://news.example.org/2024/05/story',
    pageTitle: 'A story',
    host: 'news.example.org',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'the quoted passage', prefix: 'before ', suffix: ' after' },
      { type: 'TextPositionSelector', start: 10, end: 28 },
    ],
    quote: 'the quoted passage',
    body,
    tags: ['economy'],
    createdAt: 1_690_000_000_000,
    updatedAt,
    ...extra,
  };
}
