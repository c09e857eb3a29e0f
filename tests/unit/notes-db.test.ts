// The notes table: saving, editing, deleting with undo, listing and searching, importing, and
// reading notes back after a schema upgrade. A refused write must leave saved notes unchanged.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type BackstoryDatabase } from '@/lib/db/database';
import type { NoteRow } from '@/lib/notes/schema';
import {
  allNotes,
  allTags,
  createNote,
  deleteNote,
  importNotes,
  NoteError,
  notesForPage,
  restoreNote,
  updateNote,
  type NewNote,
} from '@/lib/db/notes';
import { describeRange } from '@/lib/anchoring/describe';

const TEXT = 'Back in September 2015, ISIS had been rampaging across Syria. The Russian military intervened. Deir ez Zor was liberated.';
const URL_A = 'https://www.globalresearch.ca/story/5608577';

function input(passage: string, extra: Partial<NewNote> = {}): NewNote {
  const start = TEXT.indexOf(passage);
  return {
    url: URL_A,
    pageTitle: 'As Russia Liberates Syria',
    host: 'www.globalresearch.ca',
    selectors: describeRange(TEXT, start, start + passage.length),
    quote: passage,
    body: 'A note',
    tags: [],
    ...extra,
  };
}

const dbs: BackstoryDatabase[] = [];
function freshDb(upTo?: number, name = `notes-${Math.random()}`) {
  const db = openDatabase(name, upTo);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function expectNoteError(p: Promise<unknown>, code: string, message: RegExp) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(NoteError);
  expect(err).toMatchObject({ code });
  expect((err as Error).message).toMatch(message);
}

describe('createNote', () => {
  it('saves a note with a UUID, trimmed body and tags deduplicated regardless of case', async () => {
    const db = freshDb();
    const note = await createNote(db, input('The Russian military intervened.', { body: '  My note \n', tags: [' Syria ', 'syria', '#Media', ''] }), 1_000);
    expect(note.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(note).toMatchObject({ body: 'My note', tags: ['Syria', 'Media'], createdAt: 1_000, updatedAt: 1_000 });
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('refuses an invalid note with a message for the reader and writes nothing', async () => {
    const db = freshDb();
    await createNote(db, input('Deir ez Zor was liberated.'));
    await expectNoteError(createNote(db, input('Deir ez Zor', { body: 'x'.repeat(20_001) })), 'invalid', /at most 20,000 characters/);
    await expectNoteError(
      createNote(db, input('Deir ez Zor', { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) })),
      'invalid',
      /at most 20 tags/,
    );
    await expectNoteError(createNote(db, input('Deir ez Zor', { tags: ['x'.repeat(41)] })), 'invalid', /at most 40 characters/);
    await expectNoteError(createNote(db, input('Deir ez Zor', { url: 'chrome://settings' })), 'invalid', /web pages/);
    await expectNoteError(createNote(db, input('Deir ez Zor', { selectors: [] })), 'invalid', /quote a passage/);
    expect(await db.notes.count()).toBe(1);
  });
});

describe('a failed write', () => {
  it('tells the reader the storage is full and keeps the notes already saved', async () => {
    const db = freshDb();
    const kept = await createNote(db, input('Deir ez Zor was liberated.'));
    const add = db.notes.add.bind(db.notes);
    db.notes.add = () => Promise.reject(new DOMException('quota', 'QuotaExceededError')) as ReturnType<typeof add>;
    await expectNoteError(createNote(db, input('Deir ez Zor')), 'quota', /no storage space left/);
    db.notes.add = add;
    expect(await db.notes.toArray()).toEqual([kept]);
  });
});

describe('updateNote, deleteNote and restoreNote', () => {
  it('edits body and tags, keeping the rest', async () => {
    const db = freshDb();
    const note = await createNote(db, input('Deir ez Zor was liberated.'), 1_000);
    const edited = await updateNote(db, note.id, { body: 'Changed', tags: ['war'] }, 5_000);
    expect(edited).toEqual({ ...note, body: 'Changed', tags: ['war'], updatedAt: 5_000 });
    expect(await db.notes.get(note.id)).toEqual(edited);
    await expectNoteError(updateNote(db, note.id, { body: 'y'.repeat(20_001) }), 'invalid', /20,000/);
    expect(await db.notes.get(note.id)).toEqual(edited);
    await expectNoteError(updateNote(db, 'missing', { body: 'x' }), 'not-found', /no longer exists/);
  });

  it('returns the deleted row, which restoreNote puts back exactly (undo)', async () => {
    const db = freshDb();
    const note = await createNote(db, input('Deir ez Zor was liberated.', { tags: ['a'] }));
    const deleted = await deleteNote(db, note.id);
    expect(deleted).toEqual(note);
    expect(await db.notes.count()).toBe(0);
    expect(await deleteNote(db, note.id)).toBeUndefined();
    await restoreNote(db, deleted!);
    expect(await db.notes.get(note.id)).toEqual(note);
  });
});

describe('reading notes', () => {
  async function seedNotes(db: BackstoryDatabase) {
    const a = await createNote(db, input('Deir ez Zor was liberated.', { body: 'Liberated?', tags: ['Syria'] }), 3_000);
    const b = await createNote(db, input('Back in September 2015', { body: 'Date check', tags: ['syria', 'dates'] }), 2_000);
    const c = await createNote(
      db,
      { ...input('The Russian military'), url: 'https://example.com/other', pageTitle: 'Other story', host: 'example.com', tags: ['Media'] },
      1_000,
    );
    return { a, b, c };
  }

  it('lists a page in reading order', async () => {
    const db = freshDb();
    const { a, b } = await seedNotes(db);
    expect((await notesForPage(db, URL_A)).map((n) => n.id)).toEqual([b.id, a.id]);
    expect(await notesForPage(db, 'https://nowhere.example/')).toEqual([]);
  });

  it('lists all notes newest first, with search over quote, body, tags and title and a tag filter', async () => {
    const db = freshDb();
    const { a, b, c } = await seedNotes(db);
    expect(await allNotes(db)).toEqual({ notes: [a, b, c], total: 3 });
    expect(await allNotes(db, { limit: 1, offset: 1 })).toEqual({ notes: [b], total: 3 });
    expect((await allNotes(db, { search: 'LIBERATED' })).notes).toEqual([a]);
    expect((await allNotes(db, { search: 'other story' })).notes).toEqual([c]);
    expect((await allNotes(db, { search: 'dates' })).notes).toEqual([b]);
    expect((await allNotes(db, { search: 'september check' })).notes).toEqual([b]);
    expect(await allNotes(db, { tag: 'SYRIA' })).toEqual({ notes: [a, b], total: 2 });
    expect(await allNotes(db, { tag: 'syria', search: 'date' })).toEqual({ notes: [b], total: 1 });
  });

  it('counts tags regardless of case', async () => {
    const db = freshDb();
    await seedNotes(db);
    expect(await allTags(db)).toEqual([
      { tag: 'Syria', count: 2 },
      { tag: 'dates', count: 1 },
      { tag: 'Media', count: 1 },
    ]);
  });
});

describe('importNotes', () => {
  it('adds new notes, skips ids already present and rejects invalid rows, in one go', async () => {
    const db = freshDb();
    const existing = await createNote(db, input('Deir ez Zor was liberated.'));
    const fresh: NoteRow = { ...existing, id: crypto.randomUUID(), body: 'imported' };
    const bad: NoteRow = { ...existing, id: crypto.randomUUID(), body: 'z'.repeat(20_001) };
    const report = await importNotes(db, [fresh, { ...existing, body: 'different' }, bad, fresh]);
    expect(report).toEqual({ added: 1, skipped: 2, rejected: [{ index: 2, reason: expect.stringMatching(/20,000/) }] });
    expect(await db.notes.get(existing.id)).toEqual(existing);
    expect(await importNotes(db, [fresh])).toEqual({ added: 0, skipped: 1, rejected: [] });
    expect(await db.notes.count()).toBe(2);
  });
});

describe('schema versions', () => {
  it('keeps pages written by schema v1 and makes the notes table usable after the upgrade', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = openDatabase(name, 1);
    await v1.pages.put({ url: URL_A, host: 'www.globalresearch.ca', firstSeen: 1, lastSeen: 2, visits: 3, title: 'T' });
    v1.close();
    const current = freshDb(undefined, name);
    expect(await current.pages.toArray()).toEqual([{ url: URL_A, host: 'www.globalresearch.ca', firstSeen: 1, lastSeen: 2, visits: 3, title: 'T' }]);
    const note = await createNote(current, input('Deir ez Zor was liberated.'));
    expect(await notesForPage(current, URL_A)).toEqual([note]);
  });

  it('reads back every note written by schema v2 unchanged', async () => {
    const name = `migrate-${Math.random()}`;
    const v2 = openDatabase(name, 2);
    // Rows as the v2 code wrote them (today's writes also mark sync's outbox, a v3 table).
    const current0 = freshDb();
    const written: NoteRow[] = [];
    for (let i = 0; i < 25; i++) {
      written.push(await createNote(current0, input('The Russian military intervened.', { body: `note ${i} <b>`, tags: [`t${i % 3}`] }), 1_000 + i));
    }
    await v2.notes.bulkAdd([...written, { ...written[0], id: crypto.randomUUID() }]);
    const all = await v2.notes.toArray();
    v2.close();
    const current = freshDb(undefined, name);
    expect(current.verno).toBeGreaterThanOrEqual(2);
    expect(await current.notes.toArray()).toEqual(all);
    expect((await allNotes(current, { limit: 1000 })).total).toBe(26);
  });
});
