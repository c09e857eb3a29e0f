// The Dexie database `backstory`. Only the background opens it: extension pages and content
// scripts reach it through messages, so notes and history never live in a page's origin.
// Every schema change is a new entry in SCHEMA_VERSIONS with an upgrade path; never edit a
// released one (tests open a database written by each earlier version and read it back).
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { NoteRow } from '../notes/schema';
import type { OutletProfile } from '../outlets/types';

/** One article page the reader has opened, keyed by its normalized URL. */
export interface PageVisitRow {
  url: string;
  title?: string;
  siteName?: string;
  host: string;
  firstSeen: number;
  lastSeen: number;
  visits: number;
}

/** A flag (claim or entity) the reader dismissed on one page. */
export interface DismissalRow {
  url: string;
  /** Claim id or entity id from lib/analysis. */
  key: string;
  at: number;
}

/** A list of outlet ratings the reader imported (their newsroom's, a researcher's). */
export interface ReaderListRow {
  id: string;
  name: string;
  importedAt: number;
  /** The file it came from, for the panel's "imported from …". */
  fileName?: string;
  count: number;
}

/** One rating from a reader's list. */
export interface ReaderRatingRow {
  listId: string;
  /** Registrable domain, lower case. */
  domain: string;
  aspect: 'reliability' | 'bias';
  rating: string;
  note?: string;
}

/** The reader's own note on an outlet. */
export interface OutletNoteRow {
  /** Registrable domain, lower case. */
  domain: string;
  body: string;
  updatedAt: number;
}

/** An item changed here that sync has not yet written to its mirror (lib/sync). */
export interface SyncOutboxRow {
  /** lib/sync's kind ('note', 'outletNote', 'dismissal', 'readerList'). */
  kind: string;
  /** The item's key within its kind (a note's id, an outlet note's domain…). */
  key: string;
  /** When it changed (ms, increasing): settling removes a row only if no newer change replaced it. */
  mark: number;
}

/** A looked-up (Wikidata/Wikipedia) profile of an outlet not in the directory. */
export interface LookupRow {
  domain: string;
  /** null when the lookup found nothing (remembered so we do not ask again at once). */
  profile: OutletProfile | null;
  summary?: string;
  fetchedAt: number;
}

export type BackstoryDatabase = Dexie & {
  pages: EntityTable<PageVisitRow, 'url'>;
  notes: EntityTable<NoteRow, 'id'>;
  dismissals: Table<DismissalRow, [string, string]>;
  readerLists: EntityTable<ReaderListRow, 'id'>;
  readerRatings: Table<ReaderRatingRow, [string, string, string]>;
  outletNotes: EntityTable<OutletNoteRow, 'domain'>;
  lookups: EntityTable<LookupRow, 'domain'>;
  syncOutbox: Table<SyncOutboxRow, [string, string]>;
};

export const DATABASE_NAME = 'backstory';

/** Each released schema, oldest first. Append; never change an entry once released. */
export const SCHEMA_VERSIONS: { version: number; stores: Record<string, string | null> }[] = [
  { version: 1, stores: { pages: 'url, host, lastSeen' } },
  {
    version: 2,
    stores: {
      notes: 'id, url, host, createdAt, updatedAt, *tags',
      dismissals: '[url+key], url',
      readerLists: 'id, name',
      readerRatings: '[listId+domain+aspect], domain, listId',
      outletNotes: 'domain',
      lookups: 'domain, fetchedAt',
    },
  },
  // Sync's record of local changes not yet written to its mirror (empty while sync is off).
  { version: 3, stores: { syncOutbox: '[kind+key], mark' } },
];

/** Opens the database with the schema up to `upTo` (tests open earlier versions). */
export function openDatabase(name = DATABASE_NAME, upTo = Infinity): BackstoryDatabase {
  const db = new Dexie(name) as BackstoryDatabase;
  for (const { version, stores } of SCHEMA_VERSIONS) {
    if (version > upTo) break;
    db.version(version).stores(stores);
  }
  return db;
}
