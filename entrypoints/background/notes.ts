// The background's side of notes: the panel's requests (list, save, edit, delete, undo,
// export, import), the drafts the reader starts in the page, and telling pages which notes to
// paint. Only this code (through lib/db/notes.ts) touches the notes table.
import type { BackstoryDatabase } from '@/lib/db/database';
import {
  allNotes,
  allTags,
  createNote,
  deleteNote,
  getNote,
  importNotes,
  matchesQuery,
  notesForPage,
  restoreNote,
  updateNote,
} from '@/lib/db/notes';
import { ReaderError } from '@/lib/errors';
import type { Handlers } from '@/lib/messages/router';
import type { ImportOutcome, NoteDraft, NotesListing, NotesScope, PageNote } from '@/lib/messages/protocol';
import type { PanelToBackground } from '@/lib/messages/requests';
import { notesToMarkdown, notesToWebAnnotations } from '@/lib/notes/export';
import { parseWebAnnotations } from '@/lib/notes/import';
import type { NoteRow } from '@/lib/notes/schema';
import { TagCounts } from '@/lib/notes/tag-counts';
import { Drafts } from './drafts';
import type { BackgroundIO } from './io';

/** The panel requests this service answers; the panel router takes them from here. */
export type NotesRequests = Pick<
  PanelToBackground,
  | 'panel/get-draft'
  | 'panel/discard-draft'
  | 'panel/notes-list'
  | 'panel/note-save'
  | 'panel/note-delete'
  | 'panel/note-restore'
  | 'panel/notes-export'
  | 'panel/notes-import'
  | 'panel/note-pick-version'
>;

export interface NotesEvents {
  /** Tell open panels and the pages showing `url` (all pages when undefined) that notes changed. */
  notesChanged: (url?: string) => void;
  draftChanged: (tabId: number) => void;
}

const MAX_EXPORT = 100_000;

async function notesIn(db: BackstoryDatabase, scope: NotesScope): Promise<NoteRow[]> {
  if (scope.kind === 'page') return notesForPage(db, scope.url);
  return (await allNotes(db, { limit: MAX_EXPORT })).notes;
}

export class NotesService {
  /** The passage each tab's reader selected to write about, until saved or discarded. */
  private readonly drafts: Drafts;
  /** Every tag with its count: counted once (when the service starts), then kept up to date by
   * each write, since counting walks the whole tags index (≈200 ms at 10,000 notes). */
  private tags: Promise<TagCounts> | null = null;
  private readonly db: BackstoryDatabase;

  constructor(
    private readonly io: Pick<BackgroundIO, 'db' | 'session' | 'now' | 'wait'>,
    private readonly events: NotesEvents,
  ) {
    this.db = io.db;
    this.drafts = new Drafts(io.session);
    void io.wait(0).then(() => this.tagCounts().catch(() => undefined));
  }

  private tagCounts(): Promise<TagCounts> {
    this.tags ??= allTags(this.db).then(
      (list) => new TagCounts(list),
      (error: unknown) => {
        this.tags = null;
        throw error;
      },
    );
    return this.tags;
  }

  /** Counts the tags anew: after writes made outside this service (devtools, the bench). */
  recount(): Promise<TagCounts> {
    this.tags = null;
    return this.tagCounts();
  }

  /** A note's tags went from `before` to `after` (either may be empty). */
  private async retag(before: readonly string[], after: readonly string[]): Promise<void> {
    const counts = await this.tagCounts().catch(() => null);
    counts?.change(before, -1);
    counts?.change(after, +1);
  }

  async setDraft(tabId: number, draft: NoteDraft): Promise<void> {
    await this.drafts.set(tabId, draft);
    this.events.draftChanged(tabId);
  }

  forgetTab(tabId: number): void {
    void this.drafts.set(tabId, null).catch(() => undefined);
  }

  /** This page's notes as the page needs them to paint. */
  async forPage(url: string): Promise<PageNote[]> {
    const notes = await notesForPage(this.db, url);
    return notes.map((n) => ({ id: n.id, selectors: n.selectors, body: n.body }));
  }

  /** The panel's notes requests, one handler each. */
  readonly handlers: Handlers<NotesRequests> = {
    'panel/get-draft': ({ tabId }) => this.drafts.get(tabId),
    'panel/discard-draft': async ({ tabId }) => {
      await this.drafts.set(tabId, null);
      this.events.draftChanged(tabId);
      return null;
    },
    'panel/notes-list': async ({ scope, search, tag, limit }) =>
      scope.kind === 'page'
        ? this.pageListing(scope.url, search, tag, limit)
        : { ...(await allNotes(this.db, { search, tag, limit })), tags: (await this.tagCounts()).list() },
    'panel/note-save': async ({ tabId, id, body, tags }) => {
      if (id) {
        const before = await getNote(this.db, id);
        const row = await updateNote(this.db, id, { body, tags }, this.io.now());
        await this.retag(before?.tags ?? [], row.tags);
        this.events.notesChanged(row.url);
        return row;
      }
      const draft = tabId === undefined ? null : await this.drafts.get(tabId);
      if (!draft || tabId === undefined) {
        throw new ReaderError('There is no passage to note any more. Select it in the page and press Note again.');
      }
      const { createdAt: _created, ...page } = draft;
      const row = await createNote(this.db, { ...page, body, tags }, this.io.now());
      await this.retag([], row.tags);
      // Saved: the draft is done. (A failed save keeps it, with everything typed.)
      await this.drafts.set(tabId, null);
      this.events.draftChanged(tabId);
      this.events.notesChanged(row.url);
      return row;
    },
    'panel/note-pick-version': async ({ id, version }) => {
      const before = await getNote(this.db, id);
      if (!before) throw new ReaderError('This note no longer exists; it may have been deleted in another window.');
      const chosen = version === null ? null : before.otherVersions?.[version];
      if (version !== null && !chosen) throw new ReaderError('That version is no longer there: the note changed meanwhile.');
      const patch = chosen ? { body: chosen.body, tags: chosen.tags ?? before.tags, otherVersions: [] } : { otherVersions: [] };
      const row = await updateNote(this.db, id, patch, this.io.now());
      await this.retag(before.tags, row.tags);
      this.events.notesChanged(row.url);
      return row;
    },
    'panel/note-delete': async ({ id }) => {
      const row = await deleteNote(this.db, id);
      if (!row) throw new ReaderError('This note was already deleted, perhaps in another window.');
      await this.retag(row.tags, []);
      this.events.notesChanged(row.url);
      return row;
    },
    'panel/note-restore': async ({ note }) => {
      // restoreNote validates the whole row before it writes anything.
      const row = await restoreNote(this.db, note as unknown as NoteRow);
      await this.retag([], row.tags);
      this.events.notesChanged(row.url);
      return row;
    },
    'panel/notes-export': async ({ format, scope }) => {
      const notes = await notesIn(this.db, scope);
      const day = new Date(this.io.now()).toISOString().slice(0, 10);
      if (format === 'markdown') {
        return { text: notesToMarkdown(notes, { exportedAt: this.io.now() }), fileName: `backstory-notes-${day}.md`, mime: 'text/markdown' };
      }
      const json = `${JSON.stringify(notesToWebAnnotations(notes), null, 2)}\n`;
      return { text: json, fileName: `backstory-notes-${day}.json`, mime: 'application/json' };
    },
    'panel/notes-import': ({ text }) => this.importText(text),
  };

  private async pageListing(url: string, search: string | undefined, tag: string | undefined, limit: number): Promise<NotesListing> {
    const all = await notesForPage(this.db, url);
    const hits = all.filter((n) => matchesQuery(n, { search, tag }));
    const tags = new TagCounts();
    for (const n of all) tags.change(n.tags, +1);
    return { notes: hits.slice(0, limit), total: hits.length, tags: tags.list() };
  }

  private async importText(text: string): Promise<ImportOutcome> {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ReaderError('That file is not JSON. Import reads the JSON files Backstory exports (W3C Web Annotations).');
    }
    const parsed = parseWebAnnotations(json);
    if (parsed.error) throw new ReaderError(`That file was not imported: ${parsed.error}.`);
    const report = await importNotes(this.db, parsed.notes);
    // importNotes numbers the notes that parsed; the reader needs the file's item numbers.
    // The k-th parsed note is the k-th item the parser did not reject.
    const refused = new Set(parsed.rejected.map((r) => r.index));
    const fileIndex: number[] = [];
    for (let i = 0; fileIndex.length < parsed.notes.length; i++) if (!refused.has(i)) fileIndex.push(i);
    const rejected = [...parsed.rejected, ...report.rejected.map((r) => ({ index: fileIndex[r.index] ?? r.index, reason: r.reason }))].sort(
      (a, b) => a.index - b.index,
    );
    if (report.added > 0) {
      await this.recount().catch(() => undefined);
      this.events.notesChanged();
    }
    return { added: report.added, skipped: report.skipped, rejected };
  }
}
