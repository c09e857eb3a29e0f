import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type BackstoryDatabase } from '@/lib/db/database';
import { recordVisit, SAME_VISIT_MS } from '@/lib/db/visits';

let db: BackstoryDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('recordVisit', () => {
  it('remembers when the reader first and last opened a page', async () => {
    db = openDatabase(`test-${Math.random()}`);
    const page = { url: 'https://example.com/a', title: 'A', host: 'example.com' };
    const first = await recordVisit(db, page, 1_000);
    expect(first.before).toBeUndefined();
    expect(first.after).toMatchObject({ firstSeen: 1_000, lastSeen: 1_000, visits: 1 });

    const reload = await recordVisit(db, page, 2_000);
    expect(reload.after.visits).toBe(1); // a reload is the same visit

    const later = await recordVisit(db, { ...page, title: 'A (updated)' }, 2_000 + SAME_VISIT_MS + 1);
    expect(later.before?.lastSeen).toBe(2_000);
    expect(later.after).toMatchObject({ firstSeen: 1_000, visits: 2, title: 'A (updated)' });
    expect(await db.pages.count()).toBe(1);
  });

  it('opens a database named backstory by default', () => {
    db = openDatabase();
    expect(db.name).toBe('backstory');
  });
});
