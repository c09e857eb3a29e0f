// The typed protocol between content script, background and side panel. The runtime
// checks live in ./schemas.ts; the `satisfies`-style assertions at the bottom keep the two
// in step at compile time.
import type * as v from 'valibot';
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
  | { tabId: number; status: 'article'; snapshot: ArticleSnapshot; visits: VisitInfo | null }
  | { tabId: number; status: 'not-article'; url: string; detection: Detection }
  | { tabId: number; status: 'pending'; url: string }
  | { tabId: number; status: 'failed'; url: string; error: string }
  | { tabId: number; status: 'unavailable'; url?: string; reason: UnavailableReason };

/** Why Backstory cannot see a tab's page. */
export type UnavailableReason =
  | 'restricted' // browser pages, extension stores, file: URLs without permission
  | 'no-script' // the page was open before Backstory was installed or updated: reload it
  | 'no-tab';

/** The reader's history with an article page, kept in the database. */
export interface VisitInfo {
  firstSeen: number;
  lastSeen: number;
  visits: number;
}

export type ContentMessage = { type: 'content/report'; report: PageReport } | { type: 'content/load-article-code' };
export type PanelMessage =
  | { type: 'panel/get-tab-state'; tabId: number }
  | { type: 'panel/refresh-tab'; tabId: number };
/** get-report: what do you know? recheck: look at the page again first (the reader asked). */
export type ToContentMessage = { type: 'content/get-report' } | { type: 'content/recheck' };
export type Broadcast = { type: 'tab-state/changed'; tabId: number };

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
