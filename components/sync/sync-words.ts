// How sync's state reads to the reader.
import type { SyncStatus } from '@/lib/sync/status';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** 'today at 14:05', 'yesterday at 09:12', else '3 Dec 2026, 14:05'. */
export function whenSynced(ms: number, now = Date.now()): string {
  const at = new Date(ms);
  const today = new Date(now);
  const yesterday = new Date(now - 86_400_000);
  const sameDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();
  if (sameDay(at, today)) return `today at ${time.format(at)}`;
  if (sameDay(at, yesterday)) return `yesterday at ${time.format(at)}`;
  return day.format(at);
}

/** One line for the state: what is happening, and when it last worked. */
export function syncLine(status: SyncStatus, now = Date.now()): string {
  const last = status.lastSyncedAt ? `Last synced ${whenSynced(status.lastSyncedAt, now)}.` : 'Not synced yet.';
  switch (status.state) {
    case 'syncing':
      return `Syncing… ${status.lastSyncedAt ? last : ''}`.trim();
    case 'ok':
      return last;
    case 'problem':
      return `Not synced just now. ${last}`;
    default:
      return 'Sync is off.';
  }
}

/** The database address shown to the reader: host and database, no credentials. */
export function shownDatabase(url: string | undefined): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return url;
  }
}
