// The per-site highlight switches as a synced kind. They live in extension storage (a list of
// sites, written by the options page and the panel alike), so local changes are found by
// comparing the list with the state last synced, kept beside it: a site added or removed since
// is pending. Each pending ref remembers what it pushed, so a switch flipped again during a sync
// stays pending.
import type { SyncItem, SyncedSiteSetting } from './items';
import type { KindsStore } from './combined-store';
import type { MergeWithLocal, PendingRef } from './local-store';

export interface SiteSettingsIO {
  /** Sites (registrable domains) with highlights off, as the app keeps them. */
  getOff(): Promise<string[]>;
  setOff(sites: string[]): Promise<void>;
  /** Each site's state as last synced: the time it was turned off, or absent when on. */
  getSynced(): Promise<Record<string, number>>;
  setSynced(state: Record<string, number>): Promise<void>;
  now(): number;
}

type SitePendingRef = PendingRef & { off: boolean };

export function siteSettingsStore(io: SiteSettingsIO): KindsStore {
  const itemOf = (domain: string, off: boolean, at: number): SyncItem =>
    off ? { kind: 'siteSetting', key: domain, updatedAt: at, value: { domain, highlightsOff: true, updatedAt: at } } : { kind: 'siteSetting', key: domain, updatedAt: at };

  return {
    kinds: ['siteSetting'],
    async pending(limit) {
      const [off, synced] = await Promise.all([io.getOff(), io.getSynced()]);
      const now = io.now();
      const current = new Set(off);
      const refs: SitePendingRef[] = [];
      for (const domain of current) if (!(domain in synced)) refs.push({ kind: 'siteSetting', key: domain, mark: now, off: true });
      for (const domain of Object.keys(synced)) if (!current.has(domain)) refs.push({ kind: 'siteSetting', key: domain, mark: now, off: false });
      return refs.slice(0, limit);
    },
    async settle(refs) {
      const synced = { ...(await io.getSynced()) };
      for (const ref of refs as SitePendingRef[]) {
        if (ref.off) synced[ref.key] = ref.mark;
        else delete synced[ref.key];
      }
      await io.setSynced(synced);
    },
    async read(refs) {
      const [off, synced] = await Promise.all([io.getOff(), io.getSynced()]);
      const now = io.now();
      return refs.map((ref) => (off.includes(ref.key) ? itemOf(ref.key, true, synced[ref.key] ?? now) : null));
    },
    async apply(items, merge: MergeWithLocal) {
      const [off, synced] = await Promise.all([io.getOff(), io.getSynced().then((s) => ({ ...s }))]);
      const current = new Set(off);
      const now = io.now();
      for (const incoming of items) {
        const domain = incoming.key;
        const isPending = current.has(domain) !== domain in synced;
        const result = isPending ? merge(incoming, itemOf(domain, current.has(domain), now)) : incoming;
        if (result.value) current.add(domain);
        else current.delete(domain);
        // What arrived is now the synced state; a local change that won stays pending.
        if (incoming.value) synced[domain] = (incoming.value as SyncedSiteSetting).updatedAt;
        else delete synced[domain];
      }
      await io.setOff([...current]);
      await io.setSynced(synced);
      return items.map((i) => ({ kind: i.kind, key: i.key }));
    },
    async markAllPending() {
      await io.setSynced({});
    },
    async clearPending() {
      // The synced state stays until sync is turned on again, which starts from nothing.
    },
  };
}
