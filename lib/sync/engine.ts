// One sync: what the local store has not yet sent goes to the mirror, the mirror and the
// server replicate, and what came from other devices goes to the local store. The order
// matters: changes already in the mirror are applied before local changes are written on top of
// them, so a local write never silently replaces another device's change.
import type { SyncKeys } from './crypto';
import { classify } from './errors';
import type { SyncRef } from './items';
import type { LocalStore } from './local-store';
import { Mirror } from './mirror';
import type { PouchDatabase } from './pouch-types';
import { checkRemoteParams } from './remote';
import { replicateOnce } from './replicate';

export interface SyncRun {
  mirror: PouchDatabase;
  remote: PouchDatabase;
  keys: SyncKeys;
  store: LocalStore;
  /** Told, batch by batch, which items other devices changed here (even if the sync fails later). */
  onApplied?: (refs: SyncRef[]) => void;
}

export interface SyncReport {
  /** Documents written to the mirror from local changes. */
  written: number;
  sent: number;
  received: number;
  /** Items changed in the local store by other devices' changes. */
  applied: SyncRef[];
  resolved: number;
  unreadable: number;
}

/** Runs one sync; throws a classified SyncError. Local data is never lost: a failure before
 * replication leaves the local changes in the mirror, to be sent by the next run. */
export async function syncOnce({ mirror, remote, keys, store, onApplied }: SyncRun): Promise<SyncReport> {
  try {
    const m = new Mirror(mirror, keys);
    const earlier = await m.pullInto(store, { onApplied });
    const written = await m.pushLocal(store);
    await checkRemoteParams(remote, mirror, keys);
    const { sent, received } = await replicateOnce(mirror, remote);
    const now = await m.pullInto(store, { onApplied });
    return {
      written,
      sent,
      received,
      applied: [...earlier.applied, ...now.applied],
      resolved: earlier.resolved + now.resolved,
      unreadable: now.unreadable,
    };
  } catch (error) {
    throw classify(error);
  }
}
