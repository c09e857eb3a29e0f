// One note in the list: the passage it quotes, the reader's text, tags, when it was written,
// and (for all pages) the page it is on. Everything is rendered as text.
import { useRef, useState } from 'preact/hooks';
import type { NoteRow } from '@/lib/notes/schema';
import { shortUrl } from '../format';
import { formatNoteTime, isoTime, wasEdited } from './note-date';
import { NoteForm } from './NoteForm';
import { OtherVersions } from './OtherVersions';

export interface NoteActions {
  /** Scroll the page to the note's passage. */
  reveal: (id: string) => void;
  remove: (note: NoteRow) => void;
  /** Resolves with the reader-facing error, or null when saved. */
  update: (id: string, body: string, tags: string[]) => Promise<string | null>;
  filterByTag: (tag: string) => void;
  /** Keep one of the note's other versions (its index) or, with null, the note as it is. */
  pickVersion: (id: string, index: number | null) => void;
}

interface Props {
  note: NoteRow;
  /** Show the page title and link (the all-pages list). */
  showPage: boolean;
  /** The note is on the page the tab shows and the page placed it: it can be shown there. */
  canReveal: boolean;
  focused: boolean;
  suggestions: string[];
  actions: NoteActions;
}

/** Quotes longer than this get a Show more toggle (the CSS clamps them to a few lines). */
const LONG_QUOTE = 220;

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

export function NoteItem({ note, showPage, canReveal, focused, suggestions, actions }: Props) {
  const [expanded, setExpanded] = useState(false);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const long = note.quote.length > LONG_QUOTE;
  const quoteClass = `note-quote${long && !expanded ? ' clamped' : ''}`;
  const closeEditor = () => {
    setEditing(false);
    // Back to where the reader was; after the form is gone.
    setTimeout(() => editButton.current?.focus(), 0);
  };

  return (
    <li class={`note${focused ? ' note-focused' : ''}`} data-testid="note-item" data-note-id={note.id}>
      {showPage && (
        <p class="note-page">
          {isWebUrl(note.url) ? (
            <a href={note.url} target="_blank" rel="noopener noreferrer" data-testid="note-page-link" title={note.url}>
              {note.pageTitle || shortUrl(note.url)}
            </a>
          ) : (
            <span>{note.pageTitle || note.url}</span>
          )}
          <span class="note-host"> · {note.host.replace(/^www\./, '')}</span>
        </p>
      )}
      <blockquote class={quoteClass} data-testid="note-quote">
        {canReveal ? (
          <button type="button" class="note-quote-button" title="Show this passage in the page" onClick={() => actions.reveal(note.id)}>
            {note.quote}
          </button>
        ) : (
          note.quote
        )}
      </blockquote>
      {long && (
        <button type="button" class="link-button note-expand" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show less of the passage' : 'Show the whole passage'}
        </button>
      )}
      {editing ? (
        <NoteForm
          initialBody={note.body}
          initialTags={note.tags}
          suggestions={suggestions}
          focusKey={note.id}
          bodyLabel="Edit your note"
          saveLabel="Save"
          cancelLabel="Cancel"
          testIds={{ body: 'note-edit-body', tags: 'note-edit-tags', save: 'note-edit-save', cancel: 'note-edit-cancel' }}
          save={async (body, tags) => {
            const problem = await actions.update(note.id, body, tags);
            if (!problem) closeEditor();
            return problem;
          }}
          cancel={closeEditor}
        />
      ) : (
        <>
          {note.body && (
            <p class="note-body" data-testid="note-body">
              {note.body}
            </p>
          )}
          {note.tags.length > 0 && (
            <ul class="note-tags" aria-label="Tags">
              {note.tags.map((tag) => (
                <li key={tag}>
                  <button type="button" class="note-tag" title={`Show notes tagged “${tag}”`} onClick={() => actions.filterByTag(tag)}>
                    {tag}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <OtherVersions note={note} pick={actions.pickVersion} />
          <div class="note-footer">
            <p class="note-meta">
              <time dateTime={isoTime(note.createdAt)}>{formatNoteTime(note.createdAt)}</time>
              {wasEdited(note.createdAt, note.updatedAt) && (
                <span title={`Edited ${formatNoteTime(note.updatedAt)}`}> · edited</span>
              )}
            </p>
            <div class="note-actions">
              {canReveal && (
                <button type="button" class="link-button" data-testid="note-reveal" onClick={() => actions.reveal(note.id)}>
                  Show in page
                </button>
              )}
              <button type="button" class="link-button" data-testid="note-edit" ref={editButton} onClick={() => setEditing(true)}>
                Edit
              </button>
              <button type="button" class="link-button" data-testid="note-delete" onClick={() => actions.remove(note)}>
                Delete
              </button>
            </div>
          </div>
        </>
      )}
    </li>
  );
}
