// The sync status the background keeps in extension storage, live: the options page and the
// panel follow it without asking the background.
import { useEffect, useState } from 'preact/hooks';
import { syncStatusItem } from '@/lib/settings/items';
import type { SyncStatus } from '@/lib/sync/status';

export function useSyncStatus(): SyncStatus | null {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    void syncStatusItem.getValue().then(setStatus);
    return syncStatusItem.watch((value) => setStatus(value));
  }, []);
  return status;
}
