// How far the local store has taken in the mirror's changes feed. Kept in the mirror as a
// `_local` document: it never replicates, and it goes when the mirror goes (turning sync off
// and on again starts from the beginning, which re-applies, harmlessly, what is already here).
import type { PouchDatabase, PouchDoc, Seq } from './pouch-types';

export const CHECKPOINT_ID = '_local/backstory-applied';

interface CheckpointDoc {
  _id: typeof CHECKPOINT_ID;
  _rev?: string;
  seq: Seq;
}

/** The last mirror sequence applied to the local store (0: none yet). */
export async function readCheckpoint(mirror: PouchDatabase): Promise<Seq> {
  try {
    return ((await mirror.get(CHECKPOINT_ID)) as unknown as CheckpointDoc).seq;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return 0;
    throw error;
  }
}

/** Records that the changes up to `seq` are applied. */
export async function writeCheckpoint(mirror: PouchDatabase, seq: Seq): Promise<void> {
  let rev: string | undefined;
  try {
    rev = (await mirror.get(CHECKPOINT_ID))._rev;
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
  const doc: CheckpointDoc = { _id: CHECKPOINT_ID, seq, ...(rev ? { _rev: rev } : {}) };
  await mirror.put(doc as unknown as PouchDoc);
}
