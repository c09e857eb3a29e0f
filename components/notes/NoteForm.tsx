// Writing a note: its text and tags, saved by the button or Ctrl/Cmd+Enter. Used for a new
// note (from the tab's draft) and for editing one. A failed save shows why and keeps every
// character typed; nothing is cleared until the background says the note is saved.
import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { NOTE_LIMITS } from '@/lib/notes/schema';
import { TagInput } from './TagInput';
import { tagsToSave } from './tags';
import type { UnsavedText } from './unsaved-text';
import { formatNumber } from './wording';

export interface NoteFormIds {
  body: string;
  tags: string;
  save: string;
  cancel: string;
}

interface Props {
  initialBody?: string;
  initialTags?: string[];
  suggestions: string[];
  /** Focus the text box when this changes (a new draft arrived, the editor opened). */
  focusKey?: unknown;
  bodyLabel: string;
  saveLabel: string;
  cancelLabel: string;
  testIds: NoteFormIds;
  /** Resolves with the reader-facing error, or null when saved. */
  save: (body: string, tags: string[]) => Promise<string | null>;
  /** Resolves with an error, or null when done; the form is cleared when `clearOnCancel`. */
  cancel: () => Promise<string | null> | void;
  clearOnCancel?: boolean;
  /** Text typed earlier and not saved (restored first), and where to keep it as it changes. */
  unsaved?: { initial?: UnsavedText; keep: (text: UnsavedText) => void };
}

/** Show a count once the text nears the limit, so a refusal never comes as a surprise. */
const COUNT_FROM = Math.floor(NOTE_LIMITS.body * 0.9);

const SHORTCUT =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform ?? '') ? '⌘+Enter' : 'Ctrl+Enter';

export function NoteForm(props: Props) {
  const { suggestions, focusKey, bodyLabel, saveLabel, cancelLabel, testIds } = props;
  const id = useId();
  const restored = props.unsaved?.initial;
  const [body, setBody] = useState(restored?.body ?? props.initialBody ?? '');
  const [tags, setTags] = useState<string[]>(restored?.tags ?? props.initialTags ?? []);
  const [pending, setPending] = useState(restored?.pending ?? '');
  const [busy, setBusy] = useState<'saving' | 'cancelling' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  // Saving an edit closes the form: no state updates once it is gone.
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  useEffect(() => {
    textarea.current?.focus();
  }, [focusKey]);

  const keep = props.unsaved?.keep;
  useEffect(() => keep?.({ body, tags, pending }), [keep, body, tags, pending]);

  const submit = async () => {
    if (busy) return;
    const toSave = tagsToSave(tags, pending);
    setTags(toSave);
    setPending('');
    setBusy('saving');
    setError(null);
    const problem = await props.save(body, toSave);
    if (!alive.current) return;
    setBusy(null);
    if (problem) {
      setError(problem);
      return;
    }
    setBody('');
    setTags([]);
  };

  const cancel = async () => {
    if (busy) return;
    setBusy('cancelling');
    setError(null);
    const problem = await props.cancel();
    if (!alive.current) return;
    setBusy(null);
    if (problem) setError(problem);
    else if (props.clearOnCancel) {
      setBody('');
      setTags([]);
      setPending('');
    }
  };

  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };

  const onSubmit = (e: JSX.TargetedEvent<HTMLFormElement, Event>) => {
    e.preventDefault();
    void submit();
  };

  const errorId = `${id}-error`;
  return (
    <form class="note-form" onSubmit={onSubmit} onKeyDown={onKeyDown} aria-busy={busy !== null}>
      <label class="field-label" for={`${id}-body`}>
        {bodyLabel}
      </label>
      <textarea
        id={`${id}-body`}
        ref={textarea}
        class="note-text"
        data-testid={testIds.body}
        rows={4}
        value={body}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(e) => setBody(e.currentTarget.value)}
      />
      {body.length >= COUNT_FROM && (
        <p class={`field-hint${body.length > NOTE_LIMITS.body ? ' field-over' : ''}`}>
          {formatNumber(body.length)} of {formatNumber(NOTE_LIMITS.body)} characters
        </p>
      )}
      <TagInput
        tags={tags}
        pending={pending}
        suggestions={suggestions}
        testId={testIds.tags}
        onChange={(next, rest) => {
          setTags(next);
          setPending(rest);
        }}
      />
      {error && (
        <p class="form-error" role="alert" id={errorId} data-testid="note-form-error">
          {error}
        </p>
      )}
      <div class="form-actions">
        <button
          type="submit"
          class="button"
          data-testid={testIds.save}
          disabled={busy !== null}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          {busy === 'saving' ? 'Saving…' : saveLabel}
        </button>
        <button type="button" class="button button-quiet" data-testid={testIds.cancel} disabled={busy !== null} onClick={() => void cancel()}>
          {cancelLabel}
        </button>
        <span class="form-shortcut" aria-hidden="true">
          {SHORTCUT} saves
        </span>
      </div>
    </form>
  );
}
