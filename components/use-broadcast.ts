// Calls `handler` with each valid broadcast from the background while the component is mounted.
import { useEffect, useRef } from 'preact/hooks';
import { parseBroadcast } from '@/lib/messages/boundary';
import type { Broadcast } from '@/lib/messages/requests';

export function useBroadcast(handler: (message: Broadcast) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const onMessage = (raw: unknown): undefined => {
      const parsed = parseBroadcast(raw);
      if (parsed.ok) latest.current(parsed.message);
      // Answer nothing: other listeners (and the background) own replies.
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
}
