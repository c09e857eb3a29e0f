// The notes the section lists, kept live: queried again when the query changes and whenever any
// panel, import or undo changes notes (`notes/changed`). Only the newest query's answer is used.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { createLatestGuard } from './latest-request';
import type { NoteRow } from '@/lib/notes/schema';
import type { NotesListing } from '@/lib/messages/protocol';
import { notesApi, type ListQuery } from './notes-api';
import { useBroadcast } from '../use-broadcast';

export interface NotesView {
  /** The last listing received (kept on screen while a newer query runs). */
  listing: NotesListing | null;
  loading: boolean;
  error: string | null;
}

/** Bursts of changes (an import, two panels) become one query. */
const CHANGE_SETTLE_MS = 40;

export function useNotes(query: ListQuery): {
  view: NotesView;
  reload: () => void;
  /** Shows an edited row at once, before the re-query confirms it. */
  replace: (row: NoteRow) => void;
} {
  const [view, setView] = useState<NotesView>({ listing: null, loading: true, error: null });
  const [nonce, setNonce] = useState(0);
  const guard = useRef(createLatestGuard()).current;
  const settle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const key = JSON.stringify(query);

  useEffect(() => {
    const ticket = guard.begin();
    setView((v) => ({ ...v, loading: true }));
    void notesApi.list(JSON.parse(key) as ListQuery).then((answer) => {
      if (!guard.isCurrent(ticket)) return;
      setView((v) =>
        answer.ok ? { listing: answer.value, loading: false, error: null } : { listing: v.listing, loading: false, error: answer.error },
      );
    });
  }, [key, nonce, guard]);

  useEffect(
    () => () => {
      guard.cancel();
      if (settle.current) clearTimeout(settle.current);
    },
    [guard],
  );

  useBroadcast((message) => {
    if (message.type !== 'notes/changed' || settle.current) return;
    settle.current = setTimeout(() => {
      settle.current = null;
      setNonce((n) => n + 1);
    }, CHANGE_SETTLE_MS);
  });

  const reload = useCallback(() => {
    setView((v) => ({ ...v, error: null }));
    setNonce((n) => n + 1);
  }, []);

  const replace = useCallback((row: NoteRow) => {
    setView((v) =>
      v.listing ? { ...v, listing: { ...v.listing, notes: v.listing.notes.map((n) => (n.id === row.id ? row : n)) } } : v,
    );
  }, []);

  return { view, reload, replace };
}
