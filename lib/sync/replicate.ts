// One-shot replication between the mirror and the reader's server: send what the mirror has
// that the server lacks, then fetch what the server has that the mirror lacks. PouchDB keeps its
// own checkpoints on both sides, so each run moves only what changed since the last.
import { classify } from './errors';
import type { PouchDatabase, ReplicationResult } from './pouch-types';

export interface ReplicationReport {
  sent: number;
  received: number;
}

const ONE_SHOT = { live: false, retry: false, batch_size: 100 } as const;

function firstWriteFailure(result: ReplicationResult): unknown {
  return result.doc_write_failures > 0 ? (result.errors[0] ?? { status: 500, reason: `${result.doc_write_failures} documents were not written` }) : null;
}

/** Replicates both ways once; throws a classified SyncError when either direction fails. */
export async function replicateOnce(mirror: PouchDatabase, remote: PouchDatabase): Promise<ReplicationReport> {
  try {
    const sent = await mirror.replicate.to(remote, ONE_SHOT);
    const sendFailure = firstWriteFailure(sent);
    if (sendFailure) throw sendFailure;
    const received = await mirror.replicate.from(remote, ONE_SHOT);
    const receiveFailure = firstWriteFailure(received);
    if (receiveFailure) throw receiveFailure;
    return { sent: sent.docs_written, received: received.docs_written };
  } catch (error) {
    throw classify(error);
  }
}
