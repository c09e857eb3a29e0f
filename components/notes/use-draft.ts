// The passage the reader selected in this tab, as the background keeps it: fetched when the tab
// changes and again whenever the background says that tab's draft changed.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { createLatestGuard } from './latest-request';
import type { NoteDraft } from '@/lib/messages/protocol';
import { notesApi } from './notes-api';
import { useBroadcast } from '../use-broadcast';

export interface DraftState {
  draft: NoteDraft | null;
  error: string | null;
  reload: () => void;
  /** Forget the draft here at once (saved or discarded); the background confirms with draft/changed. */
  clear: () => void;
}

export function useDraft(tabId: number | null): DraftState {
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const guard = useRef(createLatestGuard()).current;

  const reload = useCallback(() => {
    const ticket = guard.begin();
    if (tabId === null) {
      setDraft(null);
      return;
    }
    void notesApi.getDraft(tabId).then((answer) => {
      if (!guard.isCurrent(ticket)) return;
      if (answer.ok) {
        setDraft(answer.value);
        setError(null);
      } else setError(answer.error);
    });
  }, [tabId, guard]);

  useEffect(() => {
    setDraft(null);
    setError(null);
    reload();
    return () => guard.cancel();
  }, [reload, guard]);

  useBroadcast((message) => {
    if (message.type === 'draft/changed' && message.tabId === tabId) reload();
  });

  const clear = useCallback(() => {
    guard.cancel();
    setDraft(null);
  }, [guard]);

  return { draft, error, reload, clear };
}
