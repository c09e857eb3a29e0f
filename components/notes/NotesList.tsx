// The listed notes: this page's in reading order (with the ones the page could not place in
// their own group), or every page's, newest first; empty states and "Show more".
import type { NoteRow } from '@/lib/notes/schema';
import type { NoteAnchors, NotesListing } from '@/lib/messages/protocol';
import { splitByAnchors } from './anchors';
import { NoteItem, type NoteActions } from './NoteItem';
import { emptyListText, showingText } from './wording';

interface Props {
  listing: NotesListing;
  scope: 'page' | 'all';
  /** The normalized URL of the article the tab shows, if any: its notes can be shown in the page. */
  pageUrl: string | null;
  /** Can the panel ask the tab to scroll (a tab is followed)? */
  canReveal: boolean;
  anchors: NoteAnchors | null;
  search: string;
  tag: string;
  focusedId: string | null;
  suggestions: string[];
  actions: NoteActions;
  onShowMore: () => void;
}

export function NotesList(props: Props) {
  const { listing, scope, pageUrl, anchors, search, tag, focusedId, suggestions, actions } = props;
  if (listing.notes.length === 0) {
    const empty = emptyListText(scope, search, tag);
    return (
      <div class="notes-empty" data-testid="notes-empty">
        <p class="empty-title">{empty.title}</p>
        {empty.detail && <p class="empty">{empty.detail}</p>}
      </div>
    );
  }

  // Orphans only mean something against this page's anchoring.
  const { placed, orphans } = scope === 'page' ? splitByAnchors(listing.notes, anchors) : { placed: listing.notes, orphans: [] };
  // Also used in the all-pages list: a note the page could not place cannot be shown in it.
  const unplaceable = new Set(anchors?.orphaned ?? []);
  const item = (note: NoteRow) => (
    <NoteItem
      key={note.id}
      note={note}
      showPage={scope === 'all'}
      canReveal={props.canReveal && note.url === pageUrl && !unplaceable.has(note.id)}
      focused={note.id === focusedId}
      suggestions={suggestions}
      actions={actions}
    />
  );
  const showing = showingText(listing.notes.length, listing.total);

  return (
    <>
      {placed.length > 0 && (
        <ol class="notes" data-testid="notes-list" aria-label={scope === 'page' ? 'Notes on this page' : 'Notes on all pages'}>
          {placed.map(item)}
        </ol>
      )}
      {orphans.length > 0 && (
        <section class="note-orphans" data-testid="note-orphans" aria-labelledby="note-orphans-heading">
          <h4 class="group-heading" id="note-orphans-heading">
            Passages not found on the page any more <span class="count">({orphans.length})</span>
          </h4>
          <p class="hint">The page has changed since these notes were written. Each note is kept, with the passage it quoted.</p>
          <ol class="notes">{orphans.map(item)}</ol>
        </section>
      )}
      {showing && (
        <p class="notes-more" data-testid="notes-showing">
          {showing} —{' '}
          <button type="button" class="link-button" data-testid="notes-show-more" onClick={props.onShowMore}>
            Show more
          </button>
        </p>
      )}
    </>
  );
}
