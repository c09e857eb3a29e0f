// What sync is doing, as the options page and the panel show it. Kept apart from the service so
// that the pages' bundles do not carry the sync code.
import type { SyncProblem } from './errors';
import type { RemoteConfig } from './remote';

/** What the reader set in the options page (stored only while sync is on). */
export type SyncSettings = RemoteConfig;

export type SyncState = 'off' | 'syncing' | 'ok' | 'problem';

/** What the options page and the panel show. */
export interface SyncStatus {
  state: SyncState;
  /** The database synced with (no credentials), while sync is on. */
  database?: string;
  /** When a sync last finished without a problem. */
  lastSyncedAt?: number;
  problem?: SyncProblem;
  /** The problem in words for the reader. */
  message?: string;
  /** When the problem was met. */
  problemAt?: number;
}

export const SYNC_OFF: SyncStatus = { state: 'off' };

/** Problems that trying again will not cure: the reader must act (the schedule does not retry them). */
export const NEEDS_READER = new Set<SyncProblem>(['no-permission', 'unauthorized', 'forbidden', 'no-database', 'passphrase-needed', 'wrong-passphrase', 'passphrase-changed', 'bad-address']);

