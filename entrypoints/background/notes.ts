// The background's side of notes: the panel's requests (list, save, edit, delete, undo,
// export, import), the drafts the reader starts in the page, and telling pages which notes to
// paint. Only this code (through lib/db/notes.ts) touches the notes table.
import type { BackstoryDatabase, NoteRow } from '@/lib/db/database';
import {
  allNotes,
  allTags,
  createNote,
  deleteNote,
  getNote,
  importNotes,
  matchesQuery,
  notesForPage,
  NoteError,
  restoreNote,
  updateNote,
} from '@/lib/db/notes';
import type { Answer, ImportOutcome, NoteDraft, NotesListing, NotesScope, PanelMessage } from '@/lib/messages/protocol';
import { notesToMarkdown, notesToWebAnnotations } from '@/lib/notes/export';
import { parseWebAnnotations } from '@/lib/notes/import';
import { TagCounts } from '@/lib/notes/tag-counts';
import { Drafts } from './drafts';

type NotesRequest = Extract<
  PanelMessage,
  {
    type:
      | 'panel/get-draft'
      | 'panel/discard-draft'
      | 'panel/notes-list'
      | 'panel/note-save'
      | 'panel/note-delete'
      | 'panel/note-restore'
      | 'panel/notes-export'
      | 'panel/notes-import';
  }
>;

export const NOTES_REQUESTS = new Set<string>([
  'panel/get-draft',
  'panel/discard-draft',
  'panel/notes-list',
  'panel/note-save',
  'panel/note-delete',
  'panel/note-restore',
  'panel/notes-export',
  'panel/notes-import',
]);

export interface NotesDeps {
  db: BackstoryDatabase;
  /** Tell open panels and the pages showing `url` (all pages when undefined) that notes changed. */
  notesChanged: (url?: string) => void;
  draftChanged: (tabId: number) => void;
}

const ok = <T>(value: T): Answer<T> => ({ ok: true, value });
const fail = (error: unknown): Answer<never> => ({
  ok: false,
  error:
    error instanceof NoteError
      ? error.message
      : `Something went wrong (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`,
});

const MAX_EXPORT = 100_000;

async function notesIn(db: BackstoryDatabase, scope: NotesScope): Promise<NoteRow[]> {
  if (scope.kind === 'page') return notesForPage(db, scope.url);
  return (await allNotes(db, { limit: MAX_EXPORT })).notes;
}

export class NotesService {
  /** The passage each tab's reader selected to write about, until saved or discarded. */
  private readonly drafts = new Drafts();
  /** Every tag with its count: counted once (when the service starts), then kept up to date by
   * each write, since counting walks the whole tags index (≈200 ms at 10,000 notes). */
  private tags: Promise<TagCounts> | null = null;

  constructor(private readonly deps: NotesDeps) {
    setTimeout(() => void this.tagCounts().catch(() => undefined), 0);
  }

  private tagCounts(): Promise<TagCounts> {
    this.tags ??= allTags(this.deps.db).then(
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
    this.deps.draftChanged(tabId);
  }

  forgetTab(tabId: number): void {
    void this.drafts.set(tabId, null).catch(() => undefined);
  }

  /** This page's notes as the page needs them to paint. */
  async forPage(url: string): Promise<{ id: string; selectors: NoteRow['selectors']; body: string }[]> {
    const notes = await notesForPage(this.deps.db, url);
    return notes.map((n) => ({ id: n.id, selectors: n.selectors, body: n.body }));
  }

  async handle(message: NotesRequest): Promise<Answer<unknown>> {
    const { db } = this.deps;
    try {
      switch (message.type) {
        case 'panel/get-draft':
          return ok(await this.drafts.get(message.tabId));
        case 'panel/discard-draft':
          await this.drafts.set(message.tabId, null);
          this.deps.draftChanged(message.tabId);
          return ok(null);
        case 'panel/notes-list': {
          const listing: NotesListing =
            message.scope.kind === 'page'
              ? await this.pageListing(message.scope.url, message.search, message.tag, message.limit)
              : {
                  ...(await allNotes(db, { search: message.search, tag: message.tag, limit: message.limit })),
                  tags: (await this.tagCounts()).list(),
                };
          return ok(listing);
        }
        case 'panel/note-save': {
          if (message.id) {
            const before = await getNote(db, message.id);
            const row = await updateNote(db, message.id, { body: message.body, tags: message.tags });
            await this.retag(before?.tags ?? [], row.tags);
            this.deps.notesChanged(row.url);
            return ok(row);
          }
          const draft = message.tabId === undefined ? null : await this.drafts.get(message.tabId);
          if (!draft || message.tabId === undefined) {
            return { ok: false, error: 'There is no passage to note any more. Select it in the page and press Note again.' };
          }
          const { createdAt: _created, ...page } = draft;
          const row = await createNote(db, { ...page, body: message.body, tags: message.tags });
          await this.retag([], row.tags);
          // Saved: the draft is done. (A failed save keeps it, with everything typed.)
          await this.drafts.set(message.tabId, null);
          this.deps.draftChanged(message.tabId);
          this.deps.notesChanged(row.url);
          return ok(row);
        }
        case 'panel/note-delete': {
          const row = await deleteNote(db, message.id);
          if (!row) return { ok: false, error: 'This note was already deleted, perhaps in another window.' };
          await this.retag(row.tags, []);
          this.deps.notesChanged(row.url);
          return ok(row);
        }
        case 'panel/note-restore': {
          const row = await restoreNote(db, message.note as unknown as NoteRow);
          await this.retag([], row.tags);
          this.deps.notesChanged(row.url);
          return ok(row);
        }
        case 'panel/notes-export': {
          const notes = await notesIn(db, message.scope);
          const day = new Date().toISOString().slice(0, 10);
          if (message.format === 'markdown') {
            return ok({ text: notesToMarkdown(notes, { exportedAt: Date.now() }), fileName: `backstory-notes-${day}.md`, mime: 'text/markdown' });
          }
          const json = `${JSON.stringify(notesToWebAnnotations(notes), null, 2)}\n`;
          return ok({ text: json, fileName: `backstory-notes-${day}.json`, mime: 'application/json' });
        }
        case 'panel/notes-import':
          return await this.importText(message.text);
      }
    } catch (error) {
      return fail(error);
    }
  }

  private async pageListing(url: string, search: string | undefined, tag: string | undefined, limit: number): Promise<NotesListing> {
    const all = await notesForPage(this.deps.db, url);
    const hits = all.filter((n) => matchesQuery(n, { search, tag }));
    const tags = new TagCounts();
    for (const n of all) tags.change(n.tags, +1);
    return { notes: hits.slice(0, limit), total: hits.length, tags: tags.list() };
  }

  private async importText(text: string): Promise<Answer<ImportOutcome>> {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, error: 'That file is not JSON. Import reads the JSON files Backstory exports (W3C Web Annotations).' };
    }
    const parsed = parseWebAnnotations(json);
    if (parsed.error) return { ok: false, error: `That file was not imported: ${parsed.error}.` };
    const report = await importNotes(this.deps.db, parsed.notes);
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
      this.deps.notesChanged();
    }
    return ok({ added: report.added, skipped: report.skipped, rejected });
  }
}
