// The mirror: a PouchDB database in the extension holding exactly what the server holds (one
// encrypted document per synced item). Replication moves documents between the mirror and the
// server; this module moves items between the mirror and the local store:
//   push: the store's pending changes → encrypted documents (deletions → tombstones)
//   pull: the mirror's changes since the checkpoint → conflicts resolved → decrypted → the store
import { readCheckpoint, writeCheckpoint } from './checkpoint';
import { documentId, open, seal, type SyncKeys } from './crypto';
import { checkItem, type SyncItem, type SyncRef } from './items';
import type { LocalStore } from './local-store';
import type { PouchDatabase, PouchDoc } from './pouch-types';
import { mergeIncomingWithLocal, resolveConflict, type Candidate } from './resolve';

/** The format of a mirror document (ciphertext and nonce; everything else is PouchDB's). */
export const DOC_FORMAT = 1;

export interface SealedDoc extends PouchDoc {
  v: typeof DOC_FORMAT;
  iv: string;
  ct: string;
}

export interface PullReport {
  /** Items that changed in the local store. */
  applied: SyncRef[];
  /** Documents this version could not read (a newer Backstory's format, or not ours). */
  unreadable: number;
  /** Conflicts resolved (each once per item, however many revisions were in it). */
  resolved: number;
}

/** JSON with object keys in a fixed order, to compare values read from different places. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const isSealed = (doc: unknown): doc is SealedDoc =>
  !!doc && (doc as SealedDoc).v === DOC_FORMAT && typeof (doc as SealedDoc).iv === 'string' && typeof (doc as SealedDoc).ct === 'string';

export class Mirror {
  constructor(
    readonly db: PouchDatabase,
    private readonly keys: SyncKeys,
  ) {}

  /** The document id of an item. */
  idOf(ref: SyncRef): Promise<string> {
    return documentId(this.keys, ref.kind, ref.key);
  }

  /** The document body for an item (a deleted item becomes a tombstone that still says, to
   * those with the key, which item it was). */
  private async encode(id: string, item: SyncItem, rev?: string): Promise<SealedDoc> {
    const envelope = item.value === undefined ? { kind: item.kind, key: item.key, updatedAt: item.updatedAt } : item;
    return {
      _id: id,
      ...(rev ? { _rev: rev } : {}),
      ...(item.value === undefined ? { _deleted: true } : {}),
      v: DOC_FORMAT,
      ...(await seal(this.keys, id, envelope)),
    };
  }

  /** The item a document holds, or null when it cannot be read with this key and version. */
  async decode(doc: unknown): Promise<SyncItem | null> {
    if (!isSealed(doc)) return null;
    try {
      const item = checkItem(await open(this.keys, doc._id, doc));
      // A deleted revision is a deletion whatever its envelope says.
      if (item && doc._deleted && item.value !== undefined) return { kind: item.kind, key: item.key, updatedAt: item.updatedAt } as SyncItem;
      return item;
    } catch {
      return null;
    }
  }

  /** Writes the store's pending changes to the mirror; returns the number of documents written.
   * Unchanged items write nothing (no new revision to replicate). */
  async pushLocal(store: LocalStore, batchSize = 200): Promise<number> {
    const before = await this.db.info();
    const wasCurrent = (await readCheckpoint(this.db)) === before.update_seq;
    let written = 0;
    // Bounded: a reader typing during sync re-marks items; they go next time.
    for (let round = 0; round < 1_000; round++) {
      const pending = await store.pending(batchSize);
      if (!pending.length) break;
      const [items, ids] = await Promise.all([store.read(pending), Promise.all(pending.map((ref) => this.idOf(ref)))]);
      const current = await this.db.allDocs({ keys: ids, include_docs: true });
      const writes: SealedDoc[] = [];
      for (let i = 0; i < pending.length; i++) {
        const ref = pending[i];
        const local: SyncItem = items[i] ?? ({ kind: ref.kind, key: ref.key, updatedAt: ref.mark } as SyncItem);
        const row = current.rows[i] as { error?: string; value?: { rev: string; deleted?: boolean }; doc?: unknown };
        const exists = !row.error && row.value && !row.value.deleted;
        if (!exists && local.value === undefined) continue; // deleted here, never synced or already deleted there
        if (exists) {
          const there = await this.decode(row.doc);
          if (there && canonical(there.value ?? null) === canonical(local.value ?? null)) continue;
        }
        writes.push(await this.encode(ids[i], local, row.value?.rev));
      }
      if (writes.length) {
        const results = await this.db.bulkDocs(writes);
        const failed = results.find((r) => 'error' in r && r.error);
        if (failed) throw failed;
        written += writes.length;
      }
      await store.settle(pending);
    }
    // The store already holds what was just written: when the checkpoint was at the head before,
    // move it past these writes so that pull does not hand them back.
    if (wasCurrent && written) await writeCheckpoint(this.db, (await this.db.info()).update_seq);
    return written;
  }

  /** Resolves a document's conflict in the mirror (losers removed, the losers' texts kept on the
   * winner). Returns false when the revisions could not be read (left as they are). */
  private async resolve(doc: SealedDoc): Promise<boolean> {
    const revs = [doc._rev!, ...(doc._conflicts ?? [])];
    const docs = await Promise.all(revs.map((rev) => (rev === doc._rev ? doc : this.db.get(doc._id, { rev }))));
    const candidates: Candidate[] = [];
    for (let i = 0; i < docs.length; i++) {
      const item = await this.decode(docs[i]);
      if (!item || item.value === undefined) return false; // a revision we cannot judge: leave them all
      candidates.push({ rev: revs[i], item });
    }
    const { winner, item, losers } = resolveConflict(candidates);
    const writes = await Promise.all(
      losers.map((l) => this.encode(doc._id, { kind: l.item.kind, key: l.item.key, updatedAt: l.item.updatedAt } as SyncItem, l.rev)),
    );
    if (item !== winner.item) writes.push(await this.encode(doc._id, item, winner.rev));
    const results = await this.db.bulkDocs(writes);
    const failed = results.find((r) => 'error' in r && r.error);
    if (failed) throw failed;
    return true;
  }

  /** Applies the mirror's changes since the checkpoint to the store, conflicts resolved first. */
  async pullInto(store: LocalStore, options: { batchSize?: number; onApplied?: (refs: SyncRef[]) => void } = {}): Promise<PullReport> {
    const batchSize = options.batchSize ?? 100;
    const report: PullReport = { applied: [], unreadable: 0, resolved: 0 };
    let since = await readCheckpoint(this.db);
    for (;;) {
      const changes = await this.db.changes({ since, limit: batchSize, include_docs: true, conflicts: true });
      if (!changes.results.length) break;
      const items: SyncItem[] = [];
      for (const change of changes.results) {
        const doc = change.doc as unknown as SealedDoc | undefined;
        if (!doc || !isSealed(doc)) continue; // the parameters document, design documents
        // A resolved conflict comes back later in this feed as its winner, and is applied then.
        if (doc._conflicts?.length && (await this.resolve(doc))) {
          report.resolved++;
          continue;
        }
        const item = await this.decode(doc);
        if (item) items.push(item);
        else report.unreadable++;
      }
      if (items.length) {
        const applied = await store.apply(items, mergeIncomingWithLocal);
        report.applied.push(...applied);
        if (applied.length) options.onApplied?.(applied);
      }
      since = changes.last_seq;
      await writeCheckpoint(this.db, since);
    }
    return report;
  }
}
