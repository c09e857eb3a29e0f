// The Dexie database `backstory`. Only the background opens it: extension pages and content
// scripts reach it through messages, so notes and history never live in a page's origin.
// Every schema change is a new version() with an upgrade path; never edit a released one.
import Dexie, { type EntityTable } from 'dexie';

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

export type BackstoryDatabase = Dexie & {
  pages: EntityTable<PageVisitRow, 'url'>;
};

export const DATABASE_NAME = 'backstory';

export function openDatabase(name = DATABASE_NAME): BackstoryDatabase {
  const db = new Dexie(name) as BackstoryDatabase;
  db.version(1).stores({
    pages: 'url, host, lastSeen',
  });
  return db;
}
