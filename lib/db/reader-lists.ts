// The reader's own outlet ratings: imported lists (shown as assessments by the list's name) and
// their note on an outlet (shown as by "you"). Each change is one transaction: an import lands
// whole or not at all, and removing a list removes its ratings with it.
import type { ParsedReaderList } from '../outlets/reader-lists';
import { siteOf } from '../sites';
import type { Assessment } from '../outlets/types';
import { markChanged } from './sync-outbox';
import type { BackstoryDatabase, OutletNoteRow, ReaderListRow, ReaderRatingRow } from './database';

/** How the reader is named as the author of their own notes and ratings. */
export const READER_LABEL = 'you';


const MAX_NOTE = 10_000;

function domainOf(domainOrUrl: string): string {
  const domain = siteOf(domainOrUrl);
  if (!domain) throw new Error(`not a web domain: ${domainOrUrl.slice(0, 100)}`);
  return domain;
}

/** Stores a parsed list under a new id; a name already in use gets " (2)", " (3)"… */
export async function importList(
  db: BackstoryDatabase,
  parsed: ParsedReaderList,
  fileName?: string,
  now = Date.now(),
): Promise<ReaderListRow> {
  // One rating per domain and aspect (reliability, bias): the first line for each wins.
  const byDomain = new Map<string, ReaderRatingRow>();
  const id = crypto.randomUUID();
  const noted = new Set<string>(); // a line's note is shown once, with its first rating
  for (const r of parsed.ratings) {
    const key = `${r.domain} ${r.aspect}`;
    if (byDomain.has(key)) continue;
    const note = r.note && !noted.has(`${r.domain} ${r.note}`) ? r.note : undefined;
    if (note) noted.add(`${r.domain} ${note}`);
    byDomain.set(key, { listId: id, domain: r.domain, aspect: r.aspect, rating: r.rating, ...(note ? { note } : {}) });
  }
  return db.transaction('rw', db.readerLists, db.readerRatings, db.syncOutbox, async () => {
    const names = new Set((await db.readerLists.toArray()).map((l) => l.name));
    let name = parsed.name;
    for (let n = 2; names.has(name); n++) name = `${parsed.name} (${n})`;
    const list: ReaderListRow = { id, name, importedAt: now, count: new Set([...byDomain.values()].map((r) => r.domain)).size, ...(fileName ? { fileName } : {}) };
    await db.readerLists.add(list);
    await db.readerRatings.bulkAdd([...byDomain.values()]);
    await markChanged(db, 'readerList', [id]);
    return list;
  });
}

/** Removes a list and all its ratings; false when there was no such list. */
export async function removeList(db: BackstoryDatabase, id: string): Promise<boolean> {
  return db.transaction('rw', db.readerLists, db.readerRatings, db.syncOutbox, async () => {
    const existed = (await db.readerLists.get(id)) !== undefined;
    await db.readerRatings.where('listId').equals(id).delete();
    await db.readerLists.delete(id);
    if (existed) await markChanged(db, 'readerList', [id]);
    return existed;
  });
}

/** The imported lists, oldest first. */
export async function listsFor(db: BackstoryDatabase): Promise<ReaderListRow[]> {
  const lists = await db.readerLists.toArray();
  return lists.sort((a, b) => a.importedAt - b.importedAt || a.name.localeCompare(b.name));
}

/** Every imported rating of a domain (or of a URL's registrable domain), as assessments by the list's name. */
export async function ratingsForDomain(db: BackstoryDatabase, domainOrUrl: string): Promise<Assessment[]> {
  const domain = siteOf(domainOrUrl);
  if (!domain) return [];
  return db.transaction('r', db.readerLists, db.readerRatings, async () => {
    const rows = await db.readerRatings.where('domain').equals(domain).toArray();
    const lists = new Map((await db.readerLists.bulkGet(rows.map((r) => r.listId))).flatMap((l) => (l ? [[l.id, l]] : [])));
    const withList = rows.flatMap((row) => {
      const list = lists.get(row.listId);
      return list ? [{ row, list }] : [];
    });
    const aspectOrder = (aspect: string) => (aspect === 'reliability' ? 0 : 1);
    withList.sort((a, b) => a.list.importedAt - b.list.importedAt || aspectOrder(a.row.aspect) - aspectOrder(b.row.aspect));
    return withList.flatMap(({ row, list }) => {
      const base = { by: list.name, scale: 'your imported list', asOf: new Date(list.importedAt).toISOString().slice(0, 10) };
      return [{ ...base, aspect: row.aspect, rating: row.rating, ...(row.note ? { note: row.note } : {}) }];
    });
  });
}

/** Saves the reader's note on an outlet (by registrable domain); an empty note removes it. */
export async function setOutletNote(
  db: BackstoryDatabase,
  domainOrUrl: string,
  body: string,
  now = Date.now(),
): Promise<OutletNoteRow | undefined> {
  const domain = domainOf(domainOrUrl);
  const text = body.trim().slice(0, MAX_NOTE);
  return db.transaction('rw', db.outletNotes, db.syncOutbox, async () => {
    await markChanged(db, 'outletNote', [domain]);
    if (!text) {
      await db.outletNotes.delete(domain);
      return undefined;
    }
    const row: OutletNoteRow = { domain, body: text, updatedAt: now };
    await db.outletNotes.put(row);
    return row;
  });
}

export async function getOutletNote(db: BackstoryDatabase, domainOrUrl: string): Promise<OutletNoteRow | undefined> {
  const domain = siteOf(domainOrUrl);
  return domain ? db.outletNotes.get(domain) : undefined;
}

export async function removeOutletNote(db: BackstoryDatabase, domainOrUrl: string): Promise<void> {
  const domain = siteOf(domainOrUrl);
  if (!domain) return;
  await db.transaction('rw', db.outletNotes, db.syncOutbox, async () => {
    await db.outletNotes.delete(domain);
    await markChanged(db, 'outletNote', [domain]);
  });
}

/** What the reader has added about an outlet: their lists' ratings and their own note (by "you"). */
export async function readerViewOf(
  db: BackstoryDatabase,
  domainOrUrl: string,
): Promise<{ assessments: Assessment[]; note?: OutletNoteRow & { by: typeof READER_LABEL } }> {
  const [assessments, note] = await Promise.all([ratingsForDomain(db, domainOrUrl), getOutletNote(db, domainOrUrl)]);
  return note ? { assessments, note: { ...note, by: READER_LABEL } } : { assessments };
}
