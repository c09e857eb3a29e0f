// What sync needs from the app's own database (Dexie stays the source of truth). lib/db
// implements it; tests use the in-memory one beside their tests.
//
// Local writes are recorded as *pending* refs (in the same transaction as the write, so a write
// is never lost to sync by a crash); sync reads their current values, writes them to the mirror
// and settles the marks it pushed. Changes that arrive from other devices are applied without
// marking them pending (they are not this device's news).
import type { SyncItem, SyncRef } from './items';

/** A pending ref with the mark it had when it was read: settling removes the mark only if no
 * newer write replaced it meanwhile. */
export interface PendingRef extends SyncRef {
  /** When the write happened (ms since 1970): a deletion travels with this time. */
  mark: number;
}

/** Decides what to keep when an item from another device arrives while this device has a
 * pending (not yet pushed) change to the same item. Must be synchronous and pure: it runs inside
 * the local store's transaction. Its result is stored and stays pending. */
export type MergeWithLocal = (incoming: SyncItem, local: SyncItem) => SyncItem;

export interface LocalStore {
  /** Up to `limit` pending refs, oldest first. */
  pending(limit: number): Promise<PendingRef[]>;
  /** Forgets the marks that were pushed; a ref written again since keeps its newer mark. */
  settle(refs: readonly PendingRef[]): Promise<void>;
  /** The items as they are here now, in the order of `refs` (null: not here, or deleted). */
  read(refs: readonly SyncRef[]): Promise<(SyncItem | null)[]>;
  /** Stores items from other devices (present: put; deleted: remove) in one transaction. An item
   * whose ref is pending here is passed to `merge` with the local item instead. Returns the refs
   * that changed here, for the app to repaint. */
  apply(items: readonly SyncItem[], merge: MergeWithLocal): Promise<SyncRef[]>;
  /** Marks every item this store holds as pending (sync was turned on: upload everything), and
   * records local changes from now on. */
  markAllPending(): Promise<void>;
  /** Sync was turned off: stop recording local changes and forget the pending ones. */
  clearPending(): Promise<void>;
}
