// The panel's notes requests to the background, typed by what each one answers. A request that
// cannot reach the background answers { ok: false } like any other failure, so callers have
// one path for problems.
import type { NoteRow } from '@/lib/db/database';
import type { Answer, ImportOutcome, NoteDraft, NotesListing, NotesScope, PanelMessage } from '@/lib/messages/protocol';

export interface ExportFile {
  text: string;
  fileName: string;
  mime: string;
}

/** Accepts only an Answer-shaped reply; anything else is reported as no answer. */
export function asAnswer<T>(reply: unknown): Answer<T> {
  if (reply && typeof reply === 'object' && 'ok' in reply) {
    const r = reply as { ok: unknown; value?: unknown; error?: unknown };
    if (r.ok === true && 'value' in r) return { ok: true, value: r.value as T };
    if (r.ok === false) return { ok: false, error: typeof r.error === 'string' && r.error ? r.error : 'Something went wrong.' };
  }
  return { ok: false, error: "Backstory's background did not answer. Try again in a moment." };
}

async function ask<T>(message: PanelMessage): Promise<Answer<T>> {
  try {
    return asAnswer<T>(await browser.runtime.sendMessage(message));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Backstory's background did not answer (${detail}). Try again in a moment.` };
  }
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
