// Conflicts, decided the same way on every device from the revisions alone:
//
// - A live revision beats a concurrent deletion (the deleting device never saw that edit; the
//   reader can delete it again, but a lost edit cannot be got back). This is also CouchDB's own
//   rule, so the revisions in conflict are exactly the live ones CouchDB lists in `_conflicts`.
// - Among live revisions the one with the newest `updatedAt` wins; equal times fall back to
//   CouchDB's revision order (higher generation, then the higher revision hash).
// - Nothing the reader wrote is dropped: for notes and outlet notes, a losing revision whose text
//   differs from the winner's is kept in the winner's `otherVersions` (shown beside the note
//   until the reader picks one). Flags, lists and site settings carry no text: the winner stands.
import type { OtherVersion, SyncItem, SyncKind, SyncedNote, SyncedOutletNote } from './items';

/** A live revision of one item. */
export interface Candidate {
  rev: string;
  item: SyncItem;
}

function revParts(rev: string): [number, string] {
  const dash = rev.indexOf('-');
  return [Number.parseInt(rev.slice(0, dash), 10) || 0, rev.slice(dash + 1)];
}

/** CouchDB's order of revisions: positive when `a` would win. */
export function compareRevs(a: string, b: string): number {
  const [ga, ha] = revParts(a);
  const [gb, hb] = revParts(b);
  if (ga !== gb) return ga - gb;
  return ha < hb ? -1 : ha > hb ? 1 : 0;
}

/** The winning revision among live candidates. */
export function pickWinner(candidates: readonly Candidate[]): Candidate {
  if (!candidates.length) throw new Error('no candidates');
  return candidates.reduce((best, c) => {
    const byTime = c.item.updatedAt - best.item.updatedAt;
    return byTime > 0 || (byTime === 0 && compareRevs(c.rev, best.rev) > 0) ? c : best;
  });
}

const TEXT_KINDS = new Set<SyncKind>(['note', 'outletNote']);

type TextValue = SyncedNote | SyncedOutletNote;

function versionOf(value: TextValue): OtherVersion {
  const tags = 'tags' in value ? value.tags : undefined;
  return tags ? { body: value.body, tags, updatedAt: value.updatedAt } : { body: value.body, updatedAt: value.updatedAt };
}

function sameText(a: OtherVersion, b: OtherVersion): boolean {
  if (a.body !== b.body) return false;
  const ta = (a.tags ?? []).map((t) => t.toLowerCase()).sort();
  const tb = (b.tags ?? []).map((t) => t.toLowerCase()).sort();
  return ta.length === tb.length && ta.every((t, i) => t === tb[i]);
}

/** The winner's value with the losers' differing texts added to its other versions (each text
 * once, newest first). Returns the winner itself when there is nothing to add. */
export function keepLosersText(winner: SyncItem, losers: readonly SyncItem[]): SyncItem {
  if (!TEXT_KINDS.has(winner.kind) || !winner.value) return winner;
  const main = winner.value as TextValue;
  const mainVersion = versionOf(main);
  const kept = [...(main.otherVersions ?? [])];
  let added = false;
  for (const loser of losers) {
    if (!loser.value || loser.kind !== winner.kind) continue;
    const value = loser.value as TextValue;
    for (const version of [versionOf(value), ...(value.otherVersions ?? [])]) {
      if (sameText(version, mainVersion) || kept.some((k) => sameText(k, version))) continue;
      kept.push(version);
      added = true;
    }
  }
  if (!added) return winner;
  kept.sort((a, b) => b.updatedAt - a.updatedAt || (a.body < b.body ? -1 : a.body > b.body ? 1 : 0));
  return { ...winner, value: { ...main, otherVersions: kept } } as SyncItem;
}

/** What a conflict becomes: the winning revision, the value to store on top of it (the winner's
 * own, or with the losers' texts added) and the revisions to remove. */
export function resolveConflict(candidates: readonly Candidate[]): { winner: Candidate; item: SyncItem; losers: Candidate[] } {
  const winner = pickWinner(candidates);
  const losers = candidates.filter((c) => c !== winner);
  return { winner, item: keepLosersText(winner.item, losers.map((l) => l.item)), losers };
}

/** An item from another device met a pending local change to the same item (the reader edited
 * it here while the other device's change was on its way): the same rules, with the local
 * change standing in for a revision not yet written. */
export function mergeIncomingWithLocal(incoming: SyncItem, local: SyncItem): SyncItem {
  if (!local.value) return incoming.value ? incoming : local; // a live change beats a deletion
  if (!incoming.value) return local;
  const localWins = local.updatedAt >= incoming.updatedAt;
  return localWins ? keepLosersText(local, [incoming]) : keepLosersText(incoming, [local]);
}
