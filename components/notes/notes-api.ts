// The panel's notes requests to the background, typed by what each one answers.
import type { NoteRow } from '@/lib/db/database';
import { askBackground as ask } from '@/components/ask-background';
import type { ImportOutcome, NoteDraft, NotesListing, NotesScope } from '@/lib/messages/protocol';

export interface ExportFile {
  text: string;
  fileName: string;
  mime: string;
}


export interface ListQuery {
  scope: NotesScope;
  search: string;
  tag: string;
  limit: number;
}

export const notesApi = {
  getDraft: (tabId: number) => ask<NoteDraft | null>({ type: 'panel/get-draft', tabId }),
  discardDraft: (tabId: number) => ask<null>({ type: 'panel/discard-draft', tabId }),
  list: ({ scope, search, tag, limit }: ListQuery) =>
    ask<NotesListing>({
      type: 'panel/notes-list',
      scope,
      limit,
      ...(search ? { search } : {}),
      ...(tag ? { tag } : {}),
    }),
  create: (tabId: number, body: string, tags: string[]) => ask<NoteRow>({ type: 'panel/note-save', tabId, body, tags }),
  update: (id: string, body: string, tags: string[]) => ask<NoteRow>({ type: 'panel/note-save', id, body, tags }),
  remove: (id: string) => ask<NoteRow>({ type: 'panel/note-delete', id }),
  restore: (note: NoteRow) => ask<NoteRow>({ type: 'panel/note-restore', note: { ...note } }),
  exportNotes: (format: 'markdown' | 'annotations', scope: NotesScope) =>
    ask<ExportFile>({ type: 'panel/notes-export', format, scope }),
  importNotes: (text: string) => ask<ImportOutcome>({ type: 'panel/notes-import', text }),
  reveal: (tabId: number, id: string) => ask<boolean>({ type: 'panel/reveal-note', tabId, id }),
};
