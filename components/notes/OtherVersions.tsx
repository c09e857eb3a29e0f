// A note edited in two browsers before they synced keeps the other browser's text beside it
// (lib/sync/resolve.ts): shown here until the reader picks which text the note keeps.
import type { NoteRow } from '@/lib/notes/schema';
import { formatNoteTime, isoTime } from './note-date';

interface Props {
  note: NoteRow;
  /** Keep version `index` (or, with null, the note as it is); the other versions go. */
  pick: (id: string, index: number | null) => void;
}

export function OtherVersions({ note, pick }: Props) {
  const versions = note.otherVersions ?? [];
  if (!versions.length) return null;
  return (
    <div class="note-versions" data-testid="note-versions">
      <p class="note-versions-title">
        {versions.length === 1 ? 'Another version of this note' : `${versions.length} other versions of this note`} was
        written in another browser before the two synced. Which text should the note keep?
      </p>
      <ol class="note-versions-list">
        {versions.map((version, index) => (
          <li key={`${version.updatedAt}-${index}`} class="note-version" data-testid="note-version">
            <p class="note-version-body">{version.body || '(no text)'}</p>
            {version.tags && version.tags.length > 0 && <p class="note-version-tags">Tags: {version.tags.join(', ')}</p>}
            <p class="note-meta">
              Written <time dateTime={isoTime(version.updatedAt)}>{formatNoteTime(version.updatedAt)}</time>
              {' · '}
              <button type="button" class="link-button" data-testid="note-version-use" onClick={() => pick(note.id, index)}>
                Use this version
              </button>
            </p>
          </li>
        ))}
      </ol>
      <button type="button" class="link-button" data-testid="note-version-keep" onClick={() => pick(note.id, null)}>
        Keep the note as it is above
      </button>
    </div>
  );
}
