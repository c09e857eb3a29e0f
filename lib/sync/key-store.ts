// Where a device keeps the keys derived from the passphrase: IndexedDB of the extension's
// origin, as non-extractable CryptoKeys (IndexedDB stores them as they are; chrome.storage could
// only hold their bytes). The passphrase itself is never stored.
import type { SyncKeys } from './crypto';

export interface KeyStore {
  get(): Promise<SyncKeys | null>;
  set(keys: SyncKeys | null): Promise<void>;
}

const STORE = 'keys';
const KEY = 'current';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDb(name: string): Promise<IDBDatabase> {
  const req = indexedDB.open(name, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

/** The keys in the IndexedDB database `name`. */
export function indexedDbKeyStore(name = 'backstory-sync-keys'): KeyStore {
  const run = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const db = await openDb(name);
    try {
      const tx = db.transaction(STORE, mode);
      const result = await request(work(tx.objectStore(STORE)));
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
      return result;
    } finally {
      db.close();
    }
  };
  return {
    async get() {
      const found = (await run('readonly', (s) => s.get(KEY))) as SyncKeys | undefined;
      return found?.encrypt && found.ids && typeof found.salt === 'string' ? found : null;
    },
    async set(keys) {
      await run<unknown>('readwrite', (s) => (keys ? s.put(keys, KEY) : s.delete(KEY)) as IDBRequest<unknown>);
    },
  };
}
