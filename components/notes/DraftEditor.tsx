// A new note on the passage the reader selected in the page: the quote, then the note form.
import type { NoteDraft } from '@/lib/messages/protocol';
import { NoteForm } from './NoteForm';
import { unsavedText } from './unsaved-text';

interface Props {
  /** The tab the draft belongs to: what was typed for it is kept until saved or discarded. */
  tabId: number;
  draft: NoteDraft;
  suggestions: string[];
  save: (body: string, tags: string[]) => Promise<string | null>;
  discard: () => Promise<string | null>;
}

export function DraftEditor({ tabId, draft, suggestions, save, discard }: Props) {
  const finish = (run: () => Promise<string | null>) => async () => {
    const problem = await run();
    if (!problem) unsavedText.forget(tabId);
    return problem;
  };
  return (
    <section class="note-draft" aria-labelledby="note-draft-heading" data-testid="note-draft">
      <h3 class="subheading" id="note-draft-heading">
        New note
      </h3>
      <figure class="draft-quote">
        <blockquote class="note-quote" data-testid="note-draft-quote">
          {draft.quote}
        </blockquote>
        {draft.pageTitle && <figcaption class="note-meta">From “{draft.pageTitle}”</figcaption>}
      </figure>
      <NoteForm
        focusKey={draft.createdAt}
        suggestions={suggestions}
        bodyLabel="Your note"
        saveLabel="Save note"
        cancelLabel="Discard"
        testIds={{ body: 'note-editor', tags: 'note-tags', save: 'note-save', cancel: 'note-discard' }}
        save={(body, tags) => finish(() => save(body, tags))()}
        cancel={finish(discard)}
        clearOnCancel
        unsaved={{ initial: unsavedText.get(tabId), keep: (text) => unsavedText.set(tabId, text) }}
      />
    </section>
  );
}
