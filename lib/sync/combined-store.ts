// One LocalStore made of several, each holding some kinds (the database holds notes, flags and
// lists; extension storage holds the per-site switches).
import type { SyncItem, SyncKind, SyncRef } from './items';
import type { LocalStore, MergeWithLocal, PendingRef } from './local-store';

export interface KindsStore extends LocalStore {
  readonly kinds: readonly SyncKind[];
}

export function combineStores(parts: readonly KindsStore[]): LocalStore {
  const owner = (kind: SyncKind): KindsStore => {
    const part = parts.find((p) => p.kinds.includes(kind));
    if (!part) throw new Error(`no local store holds ${kind}`);
    return part;
  };
  /** Splits `list` by owning store, keeping each element's position. */
  const byOwner = <T extends SyncRef>(list: readonly T[]) => {
    const groups = new Map<KindsStore, { items: T[]; at: number[] }>();
    list.forEach((x, i) => {
      const part = owner(x.kind);
      const group = groups.get(part) ?? { items: [], at: [] };
      group.items.push(x);
      group.at.push(i);
      groups.set(part, group);
    });
    return groups;
  };
  return {
    async pending(limit) {
      const all = (await Promise.all(parts.map((p) => p.pending(limit)))).flat();
      return all.sort((a, b) => a.mark - b.mark).slice(0, limit);
    },
    async settle(refs: readonly PendingRef[]) {
      await Promise.all([...byOwner(refs)].map(([part, g]) => part.settle(g.items)));
    },
    async read(refs) {
      const out: (SyncItem | null)[] = new Array(refs.length).fill(null);
      await Promise.all(
        [...byOwner(refs)].map(async ([part, g]) => {
          const items = await part.read(g.items);
          g.at.forEach((position, i) => (out[position] = items[i]));
        }),
      );
      return out;
    },
    async apply(items: readonly SyncItem[], merge: MergeWithLocal) {
      const changed = await Promise.all([...byOwner(items)].map(([part, g]) => part.apply(g.items, merge)));
      return changed.flat();
    },
    async markAllPending() {
      await Promise.all(parts.map((p) => p.markAllPending()));
    },
    async clearPending() {
      await Promise.all(parts.map((p) => p.clearPending()));
    },
  };
}
