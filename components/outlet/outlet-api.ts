// The Outlet section's and the options page's requests to the background, typed by what each
// one answers.
import type { ReaderListRow } from '@/lib/db/database';
import { askBackground as ask } from '@/components/ask-background';
import type { ListImportOutcome } from '@/lib/messages/protocol';

export const outletApi = {
  lookUp: (tabId: number, refresh: boolean) => ask<null>({ type: 'panel/outlet-lookup', tabId, refresh }),
  /** An empty body removes the note. */
  saveNote: (domain: string, body: string) => ask<null>({ type: 'panel/outlet-note', domain, body }),
  lists: () => ask<ReaderListRow[]>({ type: 'panel/reader-lists' }),
  importList: (text: string, fileName: string) => ask<ListImportOutcome>({ type: 'panel/reader-list-import', text, fileName }),
  removeList: (id: string) => ask<boolean>({ type: 'panel/reader-list-remove', id }),
};
