// The reader's visits to article pages: when they first and last opened each one.
import type { BackstoryDatabase, PageVisitRow } from './database';

/** A repeat report within this window (reload, SPA re-render) is the same visit. */
export const SAME_VISIT_MS = 30 * 60 * 1000;

export interface VisitInput {
  url: string;
  title?: string;
  siteName?: string;
  host: string;
}

/** Records that the reader opened the page now; returns the row as it was before, if any. */
export async function recordVisit(
  db: BackstoryDatabase,
  page: VisitInput,
  now = Date.now(),
): Promise<{ before: PageVisitRow | undefined; after: PageVisitRow }> {
  return db.transaction('rw', db.pages, async () => {
    const before = await db.pages.get(page.url);
    const after: PageVisitRow = before
      ? {
          ...before,
          title: page.title ?? before.title,
          siteName: page.siteName ?? before.siteName,
          lastSeen: now,
          visits: now - before.lastSeen > SAME_VISIT_MS ? before.visits + 1 : before.visits,
        }
      : { ...page, firstSeen: now, lastSeen: now, visits: 1 };
    await db.pages.put(after);
    return { before, after };
  });
}
