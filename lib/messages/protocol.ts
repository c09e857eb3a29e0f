// The shapes that travel between content script, background and side panel: what the
// background knows about a tab, what a page reports, what the page is told to paint. The calls
// that carry them are in ./requests.ts; their runtime checks in ./schemas.ts.
import type { Analysis } from '../analysis/types';
import type { ReaderListRow } from '../db/database';
import type { NoteRow } from '../notes/schema';
import type { Selector } from '../anchoring/types';
import type { Assessment, CoverageFocus, Fact, OutletProfile } from '../outlets/types';
import type { ArticleSnapshot, Detection } from '../page/types';

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
      /** The page as its content script read it, with its links judged against the site. */
      snapshot: ArticleSnapshot;
      /** The page's identity for visits, notes and dismissals (lib/page/normalize-url.ts), computed once. */
      pageKey: string;
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
  /** The outlets the article's links lead to, for cards over those links (absent: not known yet). */
  cited?: LinkOutletCard[];
}

/** What a card over a link to another outlet shows: a short account from the directory. */
export interface LinkOutletCard {
  /** The article's links to this outlet (absolute URLs). */
  urls: string[];
  name: string;
  domain: string;
  /** false: the directory has no outlet for this site (only, perhaps, where its coverage is focused). */
  known: boolean;
  /** 'Newspaper', 'Wire service', Wikidata's 'daily newspaper'… */
  kinds: string[];
  /** ISO codes of where sources say it is based. */
  countries: string[];
  /** Where its coverage is focused (GDELT). */
  mostlyCovers?: string;
  /** A closed title. */
  closed?: number;
  assessments: Pick<Assessment, 'by' | 'aspect' | 'rating' | 'qualifier' | 'asOf' | 'scale' | 'url'>[];
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

/** One outlet the article cites, with the article's links to it (lib/outlets/cited.ts). */
export interface CitedOutletView {
  /** The outlet's record id, or the domain for a site with no outlet record. */
  key: string;
  domain: string;
  /** What the directory knows of it (notes and summaries left out), or null. */
  match: { profile: OutletProfile; matchedBy: MatchedBy } | null;
  coverage: Fact<CoverageFocus> | null;
  links: { start: number; end: number; text: string; url: string }[];
}

/** Who is behind the page: its outlet, and for a cross-post the original outlet too. */
export interface OutletView {
  /** The page's registrable domain, e.g. 'globalresearch.ca' ('' when it has none). */
  domain: string;
  /** The directory entry for the page's site, or null when the site is not in it. */
  match: { profile: OutletProfile; matchedBy: MatchedBy } | null;
  /** Where the site's coverage is focused (GDELT), also for a site with no outlet record. */
  coverage: Fact<CoverageFocus> | null;
  /** The outlets the article cites, once the background has looked them up (null: not yet). */
  cited: CitedOutletView[] | null;
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
  selectors: Selector[];
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

/** The reader's history with an article page, kept in the database. */
export interface VisitInfo {
  firstSeen: number;
  lastSeen: number;
  visits: number;
}

/** A note as the page needs it to place and paint it. */
export interface PageNote {
  id: string;
  selectors: Selector[];
  body: string;
}

/** A page's answer to paint orders: false when it no longer shows that reading. With a bench
 * build (BACKSTORY_BENCH), it also says what the work cost its main thread. */
export interface PaintAnswer {
  ok: boolean;
  timings?: unknown;
}

/** A notes export, ready to be saved as a file. */
export interface ExportFile {
  text: string;
  fileName: string;
  mime: string;
}
