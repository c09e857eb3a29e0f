// The Notes section's requests to the background; each answers what lib/messages/requests.ts
// declares for it.
import { askBackground } from '@/lib/messages/client';
import type { NotesScope } from '@/lib/messages/protocol';
import type { NoteRow } from '@/lib/notes/schema';

export interface ListQuery {
  scope: NotesScope;
  search: string;
  tag: string;
  limit: number;
}

export const notesApi = {
  getDraft: (tabId: number) => askBackground('panel/get-draft', { tabId }),
  discardDraft: (tabId: number) => askBackground('panel/discard-draft', { tabId }),
  list: ({ scope, search, tag, limit }: ListQuery) =>
    askBackground('panel/notes-list', { scope, limit, ...(search ? { search } : {}), ...(tag ? { tag } : {}) }),
  create: (tabId: number, body: string, tags: string[]) => askBackground('panel/note-save', { tabId, body, tags }),
  update: (id: string, body: string, tags: string[]) => askBackground('panel/note-save', { id, body, tags }),
  remove: (id: string) => askBackground('panel/note-delete', { id }),
  restore: (note: NoteRow) => askBackground('panel/note-restore', { note: { ...note } }),
  exportNotes: (format: 'markdown' | 'annotations', scope: NotesScope) => askBackground('panel/notes-export', { format, scope }),
  importNotes: (text: string) => askBackground('panel/notes-import', { text }),
  reveal: (tabId: number, id: string) => askBackground('panel/reveal-note', { tabId, id }),
  pickVersion: (id: string, version: number | null) => askBackground('panel/note-pick-version', { id, version }),
};
