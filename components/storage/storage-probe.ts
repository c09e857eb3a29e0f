// The browser's StorageManager and the extension's permissions, as the storage line reads them.
// Extension pages only: navigator.storage.persist() does not exist in a service worker.
import { browser } from 'wxt/browser';
import type { StorageFacts } from '@/lib/storage/storage-status';

export interface StorageProbe {
  facts(): Promise<StorageFacts>;
  /** Asks the browser to mark Backstory's storage persistent; its answer. */
  ask(): Promise<boolean>;
}

function manager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

export const browserStorageProbe: StorageProbe = {
  async facts() {
    const storage = manager();
    const canAsk = typeof storage?.persist === 'function';
    const [persisted, estimate] = await Promise.all([
      storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
      storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
    ]);
    const permissions = browser.runtime.getManifest().permissions ?? [];
    return {
      persisted,
      unlimited: permissions.includes('unlimitedStorage'),
      canAsk,
      ...(estimate?.usage !== undefined ? { usage: estimate.usage } : {}),
      ...(estimate?.quota !== undefined ? { quota: estimate.quota } : {}),
    };
  },
  async ask() {
    const storage = manager();
    if (!storage?.persist) return false;
    return storage.persist().catch(() => false);
  },
};

/**
 * Asks once per page, quietly, that the browser keep Backstory's data; called when the reader
 * saves a note. The browser decides without bothering the reader (Chrome), or already said yes
 * (Firefox grants it with unlimitedStorage); an extension page never shows a prompt for it.
 */
let asked: Promise<boolean> | null = null;
export function keepStorageQuietly(probe: StorageProbe = browserStorageProbe): Promise<boolean> {
  asked ??= probe
    .facts()
    .then((facts) => (facts.persisted === true ? true : facts.canAsk ? probe.ask() : false))
    .catch(() => false);
  return asked;
}
