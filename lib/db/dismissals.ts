// Flags the reader dismissed, per page: a dismissed claim stays unmarked on that page.
import type { BackstoryDatabase } from './database';
import { dismissalKey, markChanged } from './sync-outbox';

export async function dismissedOn(db: BackstoryDatabase, url: string): Promise<string[]> {
  const rows = await db.dismissals.where('url').equals(url).toArray();
  return rows.map((r) => r.key);
}

export async function setDismissed(
  db: BackstoryDatabase,
  url: string,
  key: string,
  dismissed: boolean,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.dismissals, db.syncOutbox, async () => {
    if (dismissed) await db.dismissals.put({ url, key, at: now });
    else await db.dismissals.delete([url, key]);
    await markChanged(db, 'dismissal', [dismissalKey(url, key)]);
  });
}
