// The Outlet section's and the options page's requests to the background. A request that cannot
// reach the background answers { ok: false } like any other failure, so callers have one path
// for problems.
import type { ReaderListRow } from '@/lib/db/database';
import type { Answer, ListImportOutcome, PanelMessage } from '@/lib/messages/protocol';

/** Accepts only an Answer-shaped reply; anything else is reported as no answer. */
export function toAnswer<T>(reply: unknown): Answer<T> {
  if (reply && typeof reply === 'object' && 'ok' in reply) {
    const r = reply as { ok: unknown; value?: unknown; error?: unknown };
    if (r.ok === true && 'value' in r) return { ok: true, value: r.value as T };
    if (r.ok === false) return { ok: false, error: typeof r.error === 'string' && r.error ? r.error : 'Something went wrong.' };
  }
  return { ok: false, error: "Backstory's background did not answer. Try again in a moment." };
}

async function ask<T>(message: PanelMessage): Promise<Answer<T>> {
  try {
    return toAnswer<T>(await browser.runtime.sendMessage(message));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Backstory's background did not answer (${detail}). Try again in a moment.` };
  }
}

export const outletApi = {
  lookUp: (tabId: number, refresh: boolean) => ask<null>({ type: 'panel/outlet-lookup', tabId, refresh }),
  /** An empty body removes the note. */
  saveNote: (domain: string, body: string) => ask<null>({ type: 'panel/outlet-note', domain, body }),
  lists: () => ask<ReaderListRow[]>({ type: 'panel/reader-lists' }),
  importList: (text: string, fileName: string) => ask<ListImportOutcome>({ type: 'panel/reader-list-import', text, fileName }),
  removeList: (id: string) => ask<boolean>({ type: 'panel/reader-list-remove', id }),
};
