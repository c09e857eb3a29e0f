// The record of local changes that sync has yet to send (lib/sync reads it through
// sync-store.ts). Every write to a synced table marks its items here, in the same transaction,
// so no change is lost to sync by a crash between the write and the mark. While sync is off
// nothing is recorded: a sentinel row, present only while sync is on, says whether to record.
import type { BackstoryDatabase, SyncOutboxRow } from './database';

/** The kinds of items the database holds for sync (lib/sync/items.ts names them the same). */
export type OutboxKind = 'note' | 'outletNote' | 'dismissal' | 'readerList';

const SENTINEL: [string, string] = ['~sync-on', ''];

let lastMark = 0;
/** Increasing marks, even for two writes in the same millisecond. */
export function nextMark(now = Date.now()): number {
  lastMark = Math.max(now, lastMark + 1);
  return lastMark;
}

/** Marks items as changed here. Call inside a transaction that includes `db.syncOutbox`. */
export async function markChanged(db: BackstoryDatabase, kind: OutboxKind, keys: readonly string[]): Promise<void> {
  if (!keys.length || !(await db.syncOutbox.get(SENTINEL))) return;
  const mark = nextMark();
  await db.syncOutbox.bulkPut(keys.map((key, i) => ({ kind, key, mark: mark + i })));
  lastMark = mark + keys.length - 1;
}

/** Starts (or stops, clearing every mark) recording changes for sync. */
export async function setRecording(db: BackstoryDatabase, on: boolean): Promise<void> {
  await db.transaction('rw', db.syncOutbox, async () => {
    if (on) await db.syncOutbox.put({ kind: SENTINEL[0], key: SENTINEL[1], mark: 0 });
    else await db.syncOutbox.clear();
  });
}

export function isSentinel(row: SyncOutboxRow): boolean {
  return row.kind === SENTINEL[0];
}

/** The dismissal key lib/sync uses for a page's flag: the page and the flag, unambiguously joined. */
export function dismissalKey(url: string, flag: string): string {
  return JSON.stringify([url, flag]);
}

/** The page and flag of a dismissal key, or null when it is not one. */
export function parseDismissalKey(key: string): { url: string; key: string } | null {
  try {
    const parsed: unknown = JSON.parse(key);
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((s) => typeof s === 'string')) return { url: parsed[0], key: parsed[1] };
  } catch {
    // not a dismissal key
  }
  return null;
}
