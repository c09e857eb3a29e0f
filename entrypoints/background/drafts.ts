// The passage each tab's reader selected to write about, until the note is saved or discarded.
// Kept in session storage, not only in memory: the browser stops an idle service worker after
// about 30 seconds, and a reader may take longer than that to write a note.
import type { NoteDraft } from '@/lib/messages/protocol';
import type { SessionStore } from './io';

export class Drafts {
  /** Serializes writes, so two quick changes never undo each other. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly session: Pick<SessionStore, 'drafts' | 'setDrafts'>) {}

  async get(tabId: number): Promise<NoteDraft | null> {
    await this.queue;
    return (await this.session.drafts())[tabId] ?? null;
  }

  set(tabId: number, draft: NoteDraft | null): Promise<void> {
    const write = this.queue.then(async () => {
      const all = { ...(await this.session.drafts()) };
      if (draft) all[tabId] = draft;
      else delete all[tabId];
      await this.session.setDrafts(all);
    });
    this.queue = write.catch(() => undefined);
    return write;
  }
}
