// The passage each tab's reader selected to write about, until the note is saved or discarded.
// Kept in session storage, not only in memory: the browser stops an idle service worker after
// about 30 seconds, and a reader may take longer than that to write a note.
import { storage } from 'wxt/utils/storage';
import type { NoteDraft } from '@/lib/messages/protocol';

const draftsItem = storage.defineItem<Record<string, NoteDraft>>('session:noteDrafts', { fallback: {} });

export class Drafts {
  /** Serializes writes, so two quick changes never undo each other. */
  private queue: Promise<unknown> = Promise.resolve();

  async get(tabId: number): Promise<NoteDraft | null> {
    await this.queue;
    return (await draftsItem.getValue())[tabId] ?? null;
  }

  set(tabId: number, draft: NoteDraft | null): Promise<void> {
    const write = this.queue.then(async () => {
      const all = { ...(await draftsItem.getValue()) };
      if (draft) all[tabId] = draft;
      else delete all[tabId];
      await draftsItem.setValue(all);
    });
    this.queue = write.catch(() => undefined);
    return write;
  }
}
