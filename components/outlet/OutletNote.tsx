// The reader's own note on an outlet (kept by registrable domain, on this device): shown with
// Edit and Remove, or an "Add a note" button. Saving sends the note to the background, which
// re-sends the tab's state; until then, and on an error, the text stays in the editor.
import { useEffect, useRef, useState } from 'preact/hooks';
import { outletApi } from './outlet-api';
import { formatDay } from './outlet-labels';

interface Props {
  domain: string;
  note?: { body: string; updatedAt: number };
  /** The outlet's name, for the editor's label. */
  outletName?: string;
}

const MAX_NOTE = 10_000;

export function OutletNote({ domain, note, outletName }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** The body of a note just removed, for Undo. */
  const [removed, setRemoved] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (editing) field.current?.focus();
  }, [editing]);

  const open = () => {
    setText(note?.body ?? '');
    setProblem(null);
    setRemoved(null);
    setEditing(true);
  };

  const send = async (body: string): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    const answer = await outletApi.saveNote(domain, body);
    setBusy(false);
    if (!answer.ok) setProblem(answer.error);
    return answer.ok;
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (await send(text)) {
      setEditing(false);
      if (!text.trim() && note) setRemoved(note.body);
    }
  };

  const remove = async () => {
    const body = note?.body;
    if (body && (await send(''))) setRemoved(body);
  };

  const undo = async () => {
    if (removed && (await send(removed))) setRemoved(null);
  };

  const label = outletName ? `Your note on ${outletName}` : 'Your note on this outlet';

  return (
    <div class="outlet-note-area" data-testid="outlet-note-area">
      <h4 class="outlet-subheading">Your note on this outlet</h4>
      {editing ? (
        <form class="outlet-note-editor" data-testid="outlet-note-editor" onSubmit={(e) => void save(e)}>
          <label class="visually-hidden" for={`outlet-note-${domain}`}>
            {label}
          </label>
          <textarea
            id={`outlet-note-${domain}`}
            ref={field}
            class="outlet-note-text"
            data-testid="outlet-note-text"
            rows={3}
            maxLength={MAX_NOTE}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && !busy) setEditing(false);
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
            }}
          />
          <p class="hint">Kept on this device and shown whenever you read {domain}.</p>
          <div class="outlet-actions">
            <button type="submit" class="button" data-testid="outlet-note-save" disabled={busy}>
              {busy ? 'Saving…' : 'Save note'}
            </button>
            <button
              type="button"
              class="button outlet-button-quiet"
              data-testid="outlet-note-cancel"
              disabled={busy}
              onClick={() => {
                setEditing(false);
                setProblem(null);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : note ? (
        <div class="outlet-note" data-testid="outlet-note">
          <p class="outlet-note-body">{note.body}</p>
          <div class="outlet-note-footer">
            <span class="outlet-note-meta">
              You wrote this · {formatDay(note.updatedAt)}
            </span>
            <span>
              <button type="button" class="link-button" data-testid="outlet-note-edit" disabled={busy} onClick={open}>
                Edit
              </button>
              <button type="button" class="link-button" data-testid="outlet-note-remove" disabled={busy} onClick={() => void remove()}>
                Remove
              </button>
            </span>
          </div>
        </div>
      ) : (
        <>
          {removed !== null && (
            <p class="hint outlet-removed" role="status" data-testid="outlet-note-removed">
              Note removed.{' '}
              <button type="button" class="link-button" data-testid="outlet-note-undo" disabled={busy} onClick={() => void undo()}>
                Undo
              </button>
            </p>
          )}
          <button type="button" class="button outlet-button-quiet" data-testid="outlet-note-add" onClick={open}>
            Add a note on this outlet
          </button>
        </>
      )}
      {problem && (
        <p class="outlet-problem" role="alert" data-testid="outlet-note-error">
          {problem}
        </p>
      )}
    </div>
  );
}
