// Why a sync did not happen, in words for the reader. Every failure leaves the notes in this
// browser as they were: sync only ever writes to them what it has fully read and decrypted.
import { WrongPassphraseError } from './crypto';

export type SyncProblem =
  | 'unreachable'
  | 'unauthorized'
  | 'forbidden'
  | 'no-database'
  | 'server-full'
  | 'too-large'
  | 'browser-full'
  | 'passphrase-needed'
  | 'wrong-passphrase'
  | 'passphrase-changed'
  | 'bad-address'
  | 'no-permission'
  | 'server-error';

const KEPT = 'Your notes in this browser are unchanged.';

export const PROBLEM_TEXT: Record<SyncProblem, string> = {
  unreachable: `The sync server could not be reached (offline, or the address is wrong). ${KEPT} Backstory tries again later.`,
  unauthorized: `The server did not accept the user name or password. ${KEPT}`,
  forbidden: `This account is not allowed to read or write that database. ${KEPT}`,
  'no-database': `That database does not exist on the server, and this account cannot create it. ${KEPT}`,
  'server-full': `The server has no room left for this database (its quota is used up). ${KEPT}`,
  'too-large': `The server refused an item as too large. ${KEPT}`,
  'browser-full': `The browser has no storage space left for sync. ${KEPT}`,
  'passphrase-needed': `The notes on this server are encrypted. Enter their passphrase to sync this browser. ${KEPT}`,
  'wrong-passphrase': `That passphrase does not open the notes on this server. ${KEPT}`,
  'passphrase-changed': `The database on the server was set up again with another passphrase. Enter it to go on syncing. ${KEPT}`,
  'bad-address': 'That is not a web address of a CouchDB server or database (http:// or https://).',
  'no-permission': `Backstory was not allowed to reach that server. Turn sync on again and allow it. ${KEPT}`,
  'server-error': `The server failed to answer properly. ${KEPT} Backstory tries again later.`,
};

/** A sync failure with its kind and a message for the reader. */
export class SyncError extends Error {
  constructor(
    readonly problem: SyncProblem,
    readonly detail?: string,
  ) {
    super(PROBLEM_TEXT[problem]);
    this.name = 'SyncError';
  }
}

/** Marks an error thrown by fetch itself (no answer from the server at all). */
export const UNREACHABLE = Symbol('unreachable');

const STATUS_OF_ERROR: Record<string, number> = { unauthorized: 401, forbidden: 403, not_found: 404 };

interface ErrorLike {
  name?: string;
  status?: number;
  error?: string | boolean;
  reason?: string;
  message?: string;
  inner?: { name?: string };
  [UNREACHABLE]?: true;
}

/** The reader's kind of problem for anything a sync step threw. */
export function classify(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  if (error instanceof WrongPassphraseError) return new SyncError('wrong-passphrase');
  const e = (error ?? {}) as ErrorLike;
  const detail = String(e.reason ?? e.message ?? e.error ?? error).slice(0, 300);
  const words = `${e.name ?? ''} ${typeof e.error === 'string' ? e.error : ''} ${e.reason ?? ''} ${e.message ?? ''}`.toLowerCase();
  if (e.name === 'QuotaExceededError' || e.inner?.name === 'QuotaExceededError') return new SyncError('browser-full', detail);
  if (e[UNREACHABLE] || (e.name === 'TypeError' && /fetch|network/i.test(e.message ?? ''))) return new SyncError('unreachable', detail);
  // Some PouchDB calls hand back CouchDB's error body without its HTTP status.
  const status = e.status ?? (typeof e.error === 'string' ? STATUS_OF_ERROR[e.error] : undefined);
  switch (status) {
    case 401:
      return new SyncError('unauthorized', detail);
    case 403:
      return new SyncError('forbidden', detail);
    case 413:
      return new SyncError('too-large', detail);
    case 402:
    case 507:
      return new SyncError('server-full', detail);
  }
  if (/quota|insufficient.storage|enospc|disk.full/.test(words)) return new SyncError('server-full', detail);
  if (status === 404 && /database|no_db_file/.test(words)) return new SyncError('no-database', detail);
  if (status === 0) return new SyncError('unreachable', detail);
  return new SyncError('server-error', detail);
}
