// The background's view of one tab, kept fresh: fetched on mount and again whenever the
// background says that tab changed.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { parseBroadcast } from '@/lib/messages/boundary';
import type { PanelMessage, TabState } from '@/lib/messages/protocol';

export type PanelView =
  | { kind: 'loading' }
  | { kind: 'state'; state: TabState }
  | { kind: 'error'; message: string };

async function request(message: PanelMessage): Promise<TabState> {
  const answer = (await browser.runtime.sendMessage(message)) as TabState | undefined;
  if (!answer || typeof answer !== 'object' || !('status' in answer)) {
    throw new Error('the background answered nothing');
  }
  return answer;
}

export function useTabState(tabId: number | null): { view: PanelView; refresh: () => void } {
  const [view, setView] = useState<PanelView>({ kind: 'loading' });

  const load = useCallback(
    (type: 'panel/get-tab-state' | 'panel/refresh-tab') => {
      if (tabId === null) return;
      request({ type, tabId })
        .then((state) => setView({ kind: 'state', state }))
        .catch((error: unknown) =>
          setView({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
        );
    },
    [tabId],
  );

  useEffect(() => {
    setView({ kind: 'loading' });
    load('panel/get-tab-state');
    const onMessage = (raw: unknown) => {
      const parsed = parseBroadcast(raw);
      if (parsed.ok && parsed.message.type === 'tab-state/changed' && parsed.message.tabId === tabId) {
        load('panel/get-tab-state');
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId, load]);

  const refresh = useCallback(() => {
    setView({ kind: 'loading' });
    load('panel/refresh-tab');
  }, [load]);

  return { view, refresh };
}
