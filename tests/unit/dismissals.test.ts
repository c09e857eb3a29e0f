import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type BackstoryDatabase } from '@/lib/db/database';
import { dismissedOn, setDismissed } from '@/lib/db/dismissals';

let db: BackstoryDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('dismissed flags', () => {
  it('stay dismissed on their page only, and can be restored', async () => {
    db = openDatabase(`test-${Math.random()}`);
    await setDismissed(db, 'https://a.example/story', 'claim:1', true);
    await setDismissed(db, 'https://a.example/story', 'claim:2', true);
    await setDismissed(db, 'https://a.example/story', 'claim:2', true); // twice is once
    expect((await dismissedOn(db, 'https://a.example/story')).sort()).toEqual(['claim:1', 'claim:2']);
    expect(await dismissedOn(db, 'https://a.example/other')).toEqual([]);
    await setDismissed(db, 'https://a.example/story', 'claim:1', false);
    expect(await dismissedOn(db, 'https://a.example/story')).toEqual(['claim:2']);
  });
});
