// Every call between Backstory's parts, as one map per direction: for each request type, what
// it carries and what it answers (the pattern of Hypothesis' port-rpc-calls maps). The wire
// form of a request is `{ type, ...payload }`; the background answers every request with an
// Answer envelope (./client.ts unwraps it), and a content script answers the background's
// requests with the bare answer, which the background checks before use (./schemas.ts).
//
// To add a request: add it to the map of its direction, give its payload a schema in
// ./schemas.ts (the compile-time check at the bottom of that file fails until you do), and
// add its handler to the router of that direction (entrypoints/background/*-messages.ts).
import type { EntityType } from '../analysis/types';
import type { Selector } from '../anchoring/types';
import type { NoteRow } from '../notes/schema';
import type { ReaderListRow } from '../db/database';
import type { SyncStatus } from '../sync/status';
import type {
  EntitySummary,
  ExportFile,
  ImportOutcome,
  ListImportOutcome,
  NoteAnchors,
  NoteDraft,
  NotesListing,
  NotesScope,
  PageNote,
  PageReport,
  PaintOrder,
  PaintAnswer,
  RevealTarget,
  TabState,
} from './protocol';

/** One request: what it carries and what it answers. */
export interface Call<Payload extends object, Result> {
  payload: Payload;
  answer: Result;
}
type NoPayload = Record<never, never>;

/** Requests a content script sends the background. A page can drive its content script, so
 * none of these reads or changes notes, lists or settings beyond the page's own flags and the
 * draft the reader started on it. */
export interface ContentToBackground {
  'content/report': Call<{ report: PageReport }, null>;
  /** Inject the article-reading code into the frame that asks. */
  'content/load-article-code': Call<NoPayload, null>;
  /** The reader pressed Dismiss (or Restore) on a claim's card. */
  'content/set-dismissed': Call<{ key: string; dismissed: boolean }, null>;
  /** The reader pressed Look up on an entity's card. */
  'content/lookup-entity': Call<{ name: string; entityType: EntityType }, EntitySummary>;
  /** The reader pressed the Note button by a selection. */
  'content/note-draft': Call<{ selectors: Selector[]; quote: string }, null>;
  /** The page placed its notes: which were found and which are orphans. */
  'content/notes-anchored': Call<{ takenAt: number; anchors: NoteAnchors }, null>;
  /** The reader clicked a note's highlight (or its card's Open button). */
  'content/open-note': Call<{ id: string }, null>;
}

/** Requests only Backstory's own pages (side panel, options) may send the background. */
export interface PanelToBackground {
  'panel/get-tab-state': Call<{ tabId: number }, TabState>;
  /** Have the tab's page looked at again (the reader pressed "Check again"). */
  'panel/refresh-tab': Call<{ tabId: number }, TabState>;
  'panel/reveal': Call<{ tabId: number; target: RevealTarget }, null>;
  'panel/set-dismissed': Call<{ tabId: number; key: string; dismissed: boolean }, null>;
  'panel/set-site-highlights': Call<{ tabId: number; enabled: boolean }, null>;
  'panel/get-draft': Call<{ tabId: number }, NoteDraft | null>;
  'panel/discard-draft': Call<{ tabId: number }, null>;
  'panel/notes-list': Call<{ scope: NotesScope; search?: string; tag?: string; limit: number }, NotesListing>;
  /** Saves a new note (from the tab's draft, with tabId) or changes an existing one (with id). */
  'panel/note-save': Call<{ tabId?: number; id?: string; body: string; tags: string[] }, NoteRow>;
  'panel/note-delete': Call<{ id: string }, NoteRow>;
  /** Undo of a delete: the row as note-delete answered it (re-validated before it is written). */
  'panel/note-restore': Call<{ note: { id: string; [key: string]: unknown } }, NoteRow>;
  'panel/notes-export': Call<{ format: 'markdown' | 'annotations'; scope: NotesScope }, ExportFile>;
  'panel/notes-import': Call<{ text: string }, ImportOutcome>;
  /** Show a note's passage in the page; answers whether the page could. */
  'panel/reveal-note': Call<{ tabId: number; id: string }, boolean>;
  /** Look the page's outlet up on Wikidata (refresh: even if a cached answer is fresh). */
  'panel/outlet-lookup': Call<{ tabId: number; refresh: boolean }, null>;
  /** The reader's own note on an outlet (by site); empty removes it. */
  'panel/outlet-note': Call<{ domain: string; body: string }, null>;
  'panel/reader-lists': Call<NoPayload, ReaderListRow[]>;
  'panel/reader-list-import': Call<{ text: string; fileName?: string }, ListImportOutcome>;
  /** Answers whether there was such a list. */
  'panel/reader-list-remove': Call<{ id: string }, boolean>;
  /** Keep one of a note's other versions (`version`: its index), or the note as it is (null);
   * the other versions go. */
  'panel/note-pick-version': Call<{ id: string; version: number | null }, NoteRow>;
  /** Turn sync on (the options page asked for the server's origin first). Answers the status:
   * on a problem, sync stays off and nothing is stored. */
  'panel/sync-turn-on': Call<{ url: string; username?: string; password?: string; passphrase?: string }, SyncStatus>;
  'panel/sync-now': Call<NoPayload, SyncStatus>;
  /** Forget the server, password, keys and mirror; notes stay in the browser. */
  'panel/sync-turn-off': Call<NoPayload, SyncStatus>;
}

/** Requests the background sends a tab's content script. Their answers come from a page and
 * are checked against ./schemas.ts before use. */
export interface BackgroundToContent {
  /** What do you know about the page? */
  'content/get-report': Call<NoPayload, PageReport>;
  /** Look at the page again first (the reader asked), then answer. */
  'content/recheck': Call<NoPayload, PageReport>;
  'content/paint': Call<{ order: PaintOrder }, PaintAnswer>;
  'content/reveal': Call<{ target: RevealTarget }, { ok: boolean }>;
  'content/step': Call<{ direction: 1 | -1 }, { ok: boolean }>;
  /** This page's notes, to place and paint (sent after each change). */
  'content/notes': Call<{ takenAt: number; notes: PageNote[] }, PaintAnswer>;
  /** Make a draft from the current selection (context menu, keyboard shortcut). */
  'content/draft-from-selection': Call<NoPayload, { ok: boolean }>;
  'content/reveal-note': Call<{ id: string }, { ok: boolean }>;
}

/** What the background tells every open extension page; nothing answers. */
export interface Broadcasts {
  'tab-state/changed': { tabId: number };
  /** Notes were added, changed or removed (by any panel, import, or undo). */
  'notes/changed': NoPayload;
  'draft/changed': { tabId: number };
  /** The reader clicked a note in the page: the panel shows that note. */
  'note/focus': { tabId: number; id: string };
  /** The reader's lists or outlet notes changed (any tab's Outlet section may show them). */
  'outlets/changed': NoPayload;
}

/** A map of calls (an interface like the ones above). */
export type CallMap<M> = { [K in keyof M]: Call<object, unknown> };

export type PayloadOf<M extends CallMap<M>, K extends keyof M> = M[K]['payload'];
export type AnswerOf<M extends CallMap<M>, K extends keyof M> = M[K]['answer'];

/** The wire form of one request of a map: `{ type, ...payload }`. */
export type RequestOf<M extends CallMap<M>, K extends keyof M = keyof M> = {
  [T in K]: { type: T } & PayloadOf<M, T>;
}[K];

export type ContentRequest = RequestOf<ContentToBackground>;
export type PanelRequest = RequestOf<PanelToBackground>;
export type ToContentRequest = RequestOf<BackgroundToContent>;
export type Broadcast = { [T in keyof Broadcasts]: { type: T } & Broadcasts[T] }[keyof Broadcasts];

/** Every answer from the background: a value, or an error written for the reader. */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };
