// Which tab the panel talks about. Opened as a side panel it follows the active tab of its
// own window; opened as a normal tab with ?tab=<id> (pop-out, tests) it stays on that tab.
import { useEffect, useState } from 'preact/hooks';

export type FollowedTab = { kind: 'fixed' | 'active'; tabId: number | null };

export function tabFromQuery(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

export function useFollowedTab(): FollowedTab {
  const fixed = tabFromQuery(location.search);
  const [active, setActive] = useState<number | null>(null);

  useEffect(() => {
    if (fixed !== null) return;
    let windowId: number | undefined;
    let cancelled = false;
    void (async () => {
      const current = await browser.windows.getCurrent();
      windowId = current.id;
      const [tab] = await browser.tabs.query({ active: true, windowId });
      if (!cancelled) setActive(tab?.id ?? null);
    })();
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId) setActive(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [fixed]);

  return fixed !== null ? { kind: 'fixed', tabId: fixed } : { kind: 'active', tabId: active };
}
