// The background's view of one tab, kept fresh: fetched on mount and again whenever the
// background says that tab changed.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { useBroadcast } from '@/components/use-broadcast';
import { askBackground } from '@/lib/messages/client';
import type { TabState } from '@/lib/messages/protocol';

export type PanelView =
  | { kind: 'loading' }
  | { kind: 'state'; state: TabState }
  | { kind: 'error'; message: string };

export function useTabState(tabId: number | null): { view: PanelView; refresh: () => void } {
  const [view, setView] = useState<PanelView>({ kind: 'loading' });

  const load = useCallback(
    (type: 'panel/get-tab-state' | 'panel/refresh-tab') => {
      if (tabId === null) return;
      void askBackground(type, { tabId }).then((answer) =>
        setView(answer.ok ? { kind: 'state', state: answer.value } : { kind: 'error', message: answer.error }),
      );
    },
    [tabId],
  );

  useEffect(() => {
    setView({ kind: 'loading' });
    load('panel/get-tab-state');
  }, [tabId, load]);
  useBroadcast((message) => {
    if (message.type === 'tab-state/changed' && message.tabId === tabId) load('panel/get-tab-state');
  });

  const refresh = useCallback(() => {
    setView({ kind: 'loading' });
    load('panel/refresh-tab');
  }, [load]);

  return { view, refresh };
}
