// The typed protocol between content script, background and side panel. The runtime
// checks live in ./schemas.ts; the `satisfies`-style assertions at the bottom keep the two
// in step at compile time.
import type * as v from 'valibot';
import type { Analysis, EntityType } from '../analysis/types';
import type { NoteRow, ReaderListRow, StoredSelector } from '../db/database';
import type { Assessment, OutletProfile } from '../outlets/types';
import type { ArticleSnapshot, Detection } from '../page/types';
import type {
  BroadcastSchema,
  ContentMessageSchema,
  PageReportSchema,
  PanelMessageSchema,
  SnapshotSchema,
} from './schemas';

/** What a content script knows about its page. */
export type PageReport =
  | { status: 'article'; snapshot: ArticleSnapshot }
  | { status: 'not-article'; url: string; detection: Detection }
  | { status: 'pending'; url: string }
  | { status: 'failed'; url: string; error: string };

/** What the background tells the panel about one tab. */
export type TabState =
  | {
      tabId: number;
      status: 'article';
      snapshot: ArticleSnapshot;
      visits: VisitInfo | null;
      analysis: AnalysisState;
      highlights: SiteHighlights;
      /** Where this page's notes were found in it, once the page has placed them. */
      noteAnchors: NoteAnchors | null;
      outlet: OutletView;
    }
  | { tabId: number; status: 'not-article'; url: string; detection: Detection }
  | { tabId: number; status: 'pending'; url: string }
  | { tabId: number; status: 'failed'; url: string; error: string }
  | { tabId: number; status: 'unavailable'; url?: string; reason: UnavailableReason };

/** Why Backstory cannot see a tab's page. */
export type UnavailableReason =
  | 'restricted' // browser pages, extension stores, file: URLs without permission
  | 'no-script' // the page was open before Backstory was installed or updated: reload it
  | 'no-tab';

/** Names and claims found in the article, once the background has read it. */
export type AnalysisState =
  | { status: 'pending' }
  | { status: 'done'; analysis: Analysis; dismissed: string[] }
  /** The page's language is not one the analysis reads (it reads English). */
  | { status: 'unsupported'; lang: string }
  | { status: 'failed'; error: string };

/** Whether highlights are shown on the article's site (the reader can turn them off per site). */
export interface SiteHighlights {
  site: string;
  enabled: boolean;
}

/** What the reader can ask to be shown in the page: an entity's first mention or a claim. */
export interface RevealTarget {
  kind: 'entity' | 'claim';
  id: string;
}

/** A Wikipedia summary for an entity card. */
export type EntitySummary =
  | { status: 'found'; title: string; extract: string; url: string; description?: string }
  | { status: 'ambiguous'; title: string; url: string }
  | { status: 'not-found' }
  | { status: 'error'; message: string };

/** What the in-page layer needs to paint. `takenAt` ties it to one snapshot of the page. */
export interface PaintOrder {
  takenAt: number;
  analysis: Analysis;
  dismissed: string[];
  enabled: boolean;
  /** The reader enabled lookups: cards fetch summaries without a button press. */
  autoLookup: boolean;
}

/** How a page's site was matched in the directory. */
export type MatchedBy = 'domain' | 'subdomain' | 'alias' | 'path';

/** A live lookup (Wikidata, Wikipedia) of an outlet that is not in the directory. */
export type OutletLookupState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'found'; profile: OutletProfile; summary?: string; fetchedAt: number; stale: boolean; refreshError?: string }
  | { status: 'not-found'; fetchedAt: number }
  | { status: 'failed'; error: string };

/** What the reader added about an outlet: their imported lists' ratings and their own note. */
export interface ReaderView {
  assessments: Assessment[];
  note?: { body: string; updatedAt: number };
}

/** Who is behind the page: its outlet, and for a cross-post the original outlet too. */
export interface OutletView {
  /** The page's registrable domain, e.g. 'globalresearch.ca' ('' when it has none). */
  domain: string;
  /** The directory entry for the page's site, or null when the site is not in it. */
  match: { profile: OutletProfile; matchedBy: MatchedBy } | null;
  /** For a site not in the directory: the live lookup, if the reader asked (or allows lookups). */
  lookup: OutletLookupState;
  reader: ReaderView;
  /** The original source of a cross-post, as the page names it. */
  original: {
    name?: string;
    url?: string;
    /** Its directory entry, or null when the original is not in the directory. */
    profile: OutletProfile | null;
    domain?: string;
    reader: ReaderView;
  } | null;
}

/** A passage the reader selected to write a note on; kept by the background per tab. */
export interface NoteDraft {
  /** Normalized page URL (the notes' key). */
  url: string;
  pageTitle?: string;
  host: string;
  selectors: StoredSelector[];
  quote: string;
  createdAt: number;
}

/** Which of a page's notes the page could place (anchored) and which it could not (orphans). */
export interface NoteAnchors {
  anchored: string[];
  orphaned: string[];
}

/** Which notes the Notes section lists. */
export type NotesScope = { kind: 'page'; url: string } | { kind: 'all' };

export interface NotesListing {
  notes: NoteRow[];
  total: number;
  tags: { tag: string; count: number }[];
}

/** The answer to panel/reader-list-import. */
export interface ListImportOutcome {
  list: ReaderListRow;
  /** Lines that were not read, with why. */
  skipped: { line: number; reason: string }[];
}

export interface ImportOutcome {
  added: number;
  skipped: number;
  rejected: { index: number; reason: string }[];
}

/** Every notes request answers this way: a value, or an error written for the reader. */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

/** The reader's history with an article page, kept in the database. */
export interface VisitInfo {
  firstSeen: number;
  lastSeen: number;
  visits: number;
}

export type ContentMessage =
  | { type: 'content/report'; report: PageReport }
  | { type: 'content/load-article-code' }
  /** The reader pressed Dismiss (or Restore) on a claim's card. */
  | { type: 'content/set-dismissed'; key: string; dismissed: boolean }
  /** The reader pressed Look up on an entity's card. */
  | { type: 'content/lookup-entity'; name: string; entityType: EntityType }
  /** The reader pressed the Note button by a selection. */
  | { type: 'content/note-draft'; selectors: StoredSelector[]; quote: string }
  /** The page placed its notes: which were found and which are orphans. */
  | { type: 'content/notes-anchored'; takenAt: number; anchors: NoteAnchors }
  /** The reader clicked a note's highlight (or its card's Open button). */
  | { type: 'content/open-note'; id: string };
export type PanelMessage =
  | { type: 'panel/get-tab-state'; tabId: number }
  | { type: 'panel/refresh-tab'; tabId: number }
  | { type: 'panel/reveal'; tabId: number; target: RevealTarget }
  | { type: 'panel/set-dismissed'; tabId: number; key: string; dismissed: boolean }
  | { type: 'panel/set-site-highlights'; tabId: number; enabled: boolean }
  | { type: 'panel/get-draft'; tabId: number }
  | { type: 'panel/discard-draft'; tabId: number }
  | { type: 'panel/notes-list'; scope: NotesScope; search?: string; tag?: string; limit: number }
  /** Saves a new note (from the tab's draft) or changes an existing one. */
  | { type: 'panel/note-save'; tabId?: number; id?: string; body: string; tags: string[] }
  | { type: 'panel/note-delete'; id: string }
  /** Undo of a delete: the row as deleteNote returned it (re-validated before it is written). */
  | { type: 'panel/note-restore'; note: { id: string; [key: string]: unknown } }
  | { type: 'panel/notes-export'; format: 'markdown' | 'annotations'; scope: NotesScope }
  | { type: 'panel/notes-import'; text: string }
  | { type: 'panel/reveal-note'; tabId: number; id: string }
  /** Look the page's outlet up on Wikidata (refresh: even if a cached answer is fresh). */
  | { type: 'panel/outlet-lookup'; tabId: number; refresh: boolean }
  /** The reader's own note on an outlet (by registrable domain); empty removes it. */
  | { type: 'panel/outlet-note'; domain: string; body: string }
  | { type: 'panel/reader-lists' }
  | { type: 'panel/reader-list-import'; text: string; fileName?: string }
  | { type: 'panel/reader-list-remove'; id: string };
/** get-report: what do you know? recheck: look at the page again first (the reader asked). */
export type ToContentMessage =
  | { type: 'content/get-report' }
  | { type: 'content/recheck' }
  | { type: 'content/paint'; order: PaintOrder }
  | { type: 'content/reveal'; target: RevealTarget }
  | { type: 'content/step'; direction: 1 | -1 }
  /** This page's notes, to place and paint (sent after each change). */
  | { type: 'content/notes'; takenAt: number; notes: { id: string; selectors: StoredSelector[]; body: string }[] }
  /** Make a draft from the current selection (context menu, keyboard shortcut). */
  | { type: 'content/draft-from-selection' }
  | { type: 'content/reveal-note'; id: string };
export type Broadcast =
  | { type: 'tab-state/changed'; tabId: number }
  /** Notes were added, changed or removed (by any panel, import, or undo). */
  | { type: 'notes/changed' }
  | { type: 'draft/changed'; tabId: number }
  /** The reader clicked a note in the page: the panel shows that note. */
  | { type: 'note/focus'; tabId: number; id: string }
  /** The reader's lists or outlet notes changed (any tab's Outlet section may show them). */
  | { type: 'outlets/changed' };

// Compile-time proof that the runtime schemas produce exactly the declared types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchTypes: [
  Same<v.InferOutput<typeof SnapshotSchema>, ArticleSnapshot>,
  Same<v.InferOutput<typeof PageReportSchema>, PageReport>,
  Same<v.InferOutput<typeof ContentMessageSchema>, ContentMessage>,
  Same<v.InferOutput<typeof PanelMessageSchema>, PanelMessage>,
  Same<v.InferOutput<typeof BroadcastSchema>, Broadcast>,
] = [true, true, true, true, true];
void schemasMatchTypes;
