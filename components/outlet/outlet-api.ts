// The Outlet section's and the options page's requests to the background; each answers what
// lib/messages/requests.ts declares for it.
import { askBackground } from '@/lib/messages/client';

export const outletApi = {
  lookUp: (tabId: number, refresh: boolean) => askBackground('panel/outlet-lookup', { tabId, refresh }),
  /** An empty body removes the note. */
  saveNote: (domain: string, body: string) => askBackground('panel/outlet-note', { domain, body }),
  lists: () => askBackground('panel/reader-lists'),
  importList: (text: string, fileName: string) => askBackground('panel/reader-list-import', { text, fileName }),
  removeList: (id: string) => askBackground('panel/reader-list-remove', { id }),
};
