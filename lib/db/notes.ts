// The reader's notes: the only code that touches the `notes` table. Every write is one
// transaction and is validated first, so a refused note (too long, too many tags, storage
// full) throws a NoteError with a message for the reader and leaves saved notes as they were.
import { ReaderError } from '../errors';
import type { BackstoryDatabase } from './database';
import { markChanged } from './sync-outbox';
import type { NoteRow } from '../notes/schema';
import type { Selector } from '../anchoring/types';
import { checkNewNote, checkNotePatch, checkNoteRow, type NewNote, type NotePatch } from '../notes/schema';

export type { NewNote, NotePatch } from '../notes/schema';

export type NoteErrorCode = 'invalid' | 'not-found' | 'quota' | 'failed';

/** A note could not be saved; `message` is written for the reader. */
/** A refused note write, with the reason in the reader's words. */
export class NoteError extends ReaderError {
  override name = 'NoteError';
  constructor(
    readonly code: NoteErrorCode,
    message: string,
  ) {
    super(message);
  }
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof NoteError) throw e;
    const name = (e as { name?: string; inner?: { name?: string } })?.name;
    const inner = (e as { inner?: { name?: string } })?.inner?.name;
    if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
      throw new NoteError('quota', 'The browser has no storage space left for Backstory, so the note was not saved. Your other notes are unchanged.');
    }
    throw new NoteError('failed', `The note could not be saved (${(e as Error)?.message ?? e}). Your other notes are unchanged.`);
  }
}

function invalid(reason: string): never {
  throw new NoteError('invalid', reason);
}

/** Validates and saves a new note; returns the stored row. */
export async function createNote(db: BackstoryDatabase, input: NewNote, now = Date.now()): Promise<NoteRow> {
  const checked = checkNewNote(input);
  if (!checked.ok) invalid(checked.reason);
  const row = checkNoteRow({ ...checked.value, id: crypto.randomUUID(), createdAt: now, updatedAt: now });
  if (!row.ok) invalid(row.reason);
  await guarded(() =>
    db.transaction('rw', db.notes, db.syncOutbox, async () => {
      await db.notes.add(row.value);
      await markChanged(db, 'note', [row.value.id]);
    }),
  );
  return row.value;
}

/** Changes a note's body, tags or page title; returns the updated row. */
export async function updateNote(db: BackstoryDatabase, id: string, patch: NotePatch, now = Date.now()): Promise<NoteRow> {
  const checked = checkNotePatch(patch);
  if (!checked.ok) invalid(checked.reason);
  return guarded(() =>
    db.transaction('rw', db.notes, db.syncOutbox, async () => {
      const before = await db.notes.get(id);
      if (!before) throw new NoteError('not-found', 'This note no longer exists; it may have been deleted in another window.');
      const changes = Object.fromEntries(Object.entries(checked.value).filter(([, v]) => v !== undefined));
      const row = checkNoteRow({ ...before, ...changes, updatedAt: Math.max(now, before.createdAt) });
      if (!row.ok) invalid(row.reason);
      await db.notes.put(row.value);
      await markChanged(db, 'note', [id]);
      return row.value;
    }),
  );
}

/** Deletes a note; returns the deleted row (keep it for undo), or undefined if there was none. */
export async function deleteNote(db: BackstoryDatabase, id: string): Promise<NoteRow | undefined> {
  return guarded(() =>
    db.transaction('rw', db.notes, db.syncOutbox, async () => {
      const row = await db.notes.get(id);
      if (row) {
        await db.notes.delete(id);
        await markChanged(db, 'note', [id]);
      }
      return row;
    }),
  );
}

/** Puts a deleted note back exactly as it was (undo). */
export async function restoreNote(db: BackstoryDatabase, row: NoteRow): Promise<NoteRow> {
  const checked = checkNoteRow(row);
  if (!checked.ok) invalid(checked.reason);
  await guarded(() =>
    db.transaction('rw', db.notes, db.syncOutbox, async () => {
      await db.notes.put(checked.value);
      await markChanged(db, 'note', [checked.value.id]);
    }),
  );
  return checked.value;
}

function positionOf(selectors: Selector[]): number {
  const p = selectors.find((s) => s.type === 'TextPositionSelector');
  return p ? p.start : Number.MAX_SAFE_INTEGER;
}

/** One note by id, or undefined. */
export function getNote(db: BackstoryDatabase, id: string): Promise<NoteRow | undefined> {
  return db.notes.get(id);
}

/** The notes of one page (normalized URL) in reading order. */
export async function notesForPage(db: BackstoryDatabase, url: string): Promise<NoteRow[]> {
  const rows = await db.notes.where('url').equals(url).toArray();
  return rows.sort((a, b) => positionOf(a.selectors) - positionOf(b.selectors) || a.createdAt - b.createdAt);
}

export interface NoteQuery {
  /** Words that must all occur (any case) in the quote, body, tags or page title. */
  search?: string;
  /** Only notes with this tag (any case). */
  tag?: string;
  /** Page size (default 100). */
  limit?: number;
  offset?: number;
}

export interface NotePage {
  notes: NoteRow[];
  /** How many notes match in all. */
  total: number;
}

function searchTerms(search: string | undefined): string[] {
  return (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

function matchesTerms(row: NoteRow, terms: string[]): boolean {
  const hay = `${row.quote}\n${row.body}\n${row.tags.join('\n')}\n${row.pageTitle ?? ''}`.toLowerCase();
  return terms.every((t) => hay.includes(t));
}

/** Whether a note matches a query's search words and tag (any case), as allNotes filters. */
export function matchesQuery(row: NoteRow, query: Pick<NoteQuery, 'search' | 'tag'>): boolean {
  const tag = query.tag?.trim().toLowerCase();
  if (tag && !row.tags.some((t) => t.toLowerCase() === tag)) return false;
  return matchesTerms(row, searchTerms(query.search));
}

const newestFirst = (a: NoteRow, b: NoteRow) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1);

/** Notes across all pages, newest first, optionally searched and filtered by tag. */
export async function allNotes(db: BackstoryDatabase, query: NoteQuery = {}): Promise<NotePage> {
  const limit = Math.max(0, query.limit ?? 100);
  const offset = Math.max(0, query.offset ?? 0);
  const terms = searchTerms(query.search);
  const tag = query.tag?.trim();

  if (!terms.length && !tag) {
    // The common case (open the panel): read one page through the index, count separately.
    return db.transaction('r', db.notes, async () => {
      const [notes, total] = await Promise.all([
        db.notes.orderBy('createdAt').reverse().offset(offset).limit(limit).toArray(),
        db.notes.count(),
      ]);
      return { notes, total };
    });
  }
  // A search must look at every note anyway; one bulk read and a filter in memory is far
  // faster than a cursor with a filter callback.
  const rows = tag ? await notesTagged(db, tag) : await db.notes.toArray();
  const hits = terms.length ? rows.filter((r) => matchesTerms(r, terms)) : rows;
  hits.sort(newestFirst);
  return { notes: hits.slice(offset, offset + limit), total: hits.length };
}

/** The notes carrying `tag` in any spelling. One exact lookup per spelling: IndexedDB's
 * case-insensitive cursor walks (equalsIgnoreCase, anyOf) are far slower. */
async function notesTagged(db: BackstoryDatabase, tag: string): Promise<NoteRow[]> {
  const want = tag.toLowerCase();
  return db.transaction('r', db.notes, async () => {
    const spellings = ((await db.notes.orderBy('tags').uniqueKeys()) as string[]).filter((k) => k.toLowerCase() === want);
    const lists = await Promise.all(spellings.map((k) => db.notes.where('tags').equals(k).toArray()));
    if (lists.length === 1) return lists[0];
    const byId = new Map<string, NoteRow>();
    for (const row of lists.flat()) byId.set(row.id, row);
    return [...byId.values()];
  });
}

/** Every tag with the number of notes carrying it (spellings merged), most used first. */
export async function allTags(db: BackstoryDatabase): Promise<{ tag: string; count: number }[]> {
  return db.transaction('r', db.notes, async () => {
    const keys = (await db.notes.orderBy('tags').uniqueKeys()) as string[];
    const counts = await Promise.all(keys.map((k) => db.notes.where('tags').equals(k).count()));
    const merged = new Map<string, { tag: string; count: number }>();
    keys.forEach((key, i) => {
      const entry = merged.get(key.toLowerCase());
      // A note holds a tag once in any case, so counts of spellings add up.
      if (entry) {
        entry.count += counts[i];
        if (counts[i] > entry.count - counts[i]) entry.tag = key; // show the commonest spelling
      } else merged.set(key.toLowerCase(), { tag: key, count: counts[i] });
    });
    return [...merged.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  });
}

export interface ImportReport {
  added: number;
  /** Notes whose id is already in the database (the saved note is kept as it is). */
  skipped: number;
  rejected: { index: number; reason: string }[];
}

/** Adds imported notes in one transaction; notes already present (same id) are skipped. */
export async function importNotes(db: BackstoryDatabase, notes: readonly NoteRow[]): Promise<ImportReport> {
  const rejected: ImportReport['rejected'] = [];
  const valid: NoteRow[] = [];
  notes.forEach((note, index) => {
    const checked = checkNoteRow(note);
    if (checked.ok) valid.push(checked.value);
    else rejected.push({ index, reason: checked.reason });
  });
  return guarded(() =>
    db.transaction('rw', db.notes, db.syncOutbox, async () => {
      const existing = await db.notes.bulkGet(valid.map((n) => n.id));
      const seen = new Set<string>();
      const fresh: NoteRow[] = [];
      valid.forEach((n, i) => {
        if (existing[i] || seen.has(n.id)) return;
        seen.add(n.id);
        fresh.push(n);
      });
      if (fresh.length) {
        await db.notes.bulkAdd(fresh);
        await markChanged(db, 'note', fresh.map((n) => n.id));
      }
      return { added: fresh.length, skipped: valid.length - fresh.length, rejected };
    }),
  );
}
