// Conflicts, decided the same way on every device from the revisions alone:
//
// - A live revision beats a concurrent deletion (the deleting device never saw that edit; the
//   reader can delete it again, but a lost edit cannot be got back). This is also CouchDB's own
//   rule, so the revisions in conflict are exactly the live ones CouchDB lists in `_conflicts`.
// - Among live revisions the one with the newest `updatedAt` wins; equal times fall back to
//   CouchDB's revision order (higher generation, then the higher revision hash).
// - Nothing the reader wrote is dropped: a note's losing text (body and tags), when it differs,
//   is kept in the winner's `otherVersions`, shown with the note until the reader picks one; an
//   outlet note, one free text, gets the losing text added below its own. Flags, lists and site
//   settings carry no text: the winner stands.
import type { OtherVersion, SyncItem, SyncedNote, SyncedOutletNote } from './items';

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

type NoteVersion = OtherVersion;

function versionOf(note: SyncedNote): NoteVersion {
  return { body: note.body, tags: note.tags, updatedAt: note.updatedAt };
}

function sameText(a: NoteVersion, b: NoteVersion): boolean {
  if (a.body !== b.body) return false;
  const ta = (a.tags ?? []).map((t) => t.toLowerCase()).sort();
  const tb = (b.tags ?? []).map((t) => t.toLowerCase()).sort();
  return ta.length === tb.length && ta.every((t, i) => t === tb[i]);
}

/** A note: the losers' differing texts join the winner's other versions (each once, newest first). */
function keepNoteVersions(winner: SyncItem, losers: readonly SyncItem[]): SyncItem {
  const main = winner.value as SyncedNote;
  const mainVersion = versionOf(main);
  const kept = [...(main.otherVersions ?? [])];
  let added = false;
  for (const loser of losers) {
    const value = loser.value as SyncedNote;
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

/** Written between the two texts of an outlet note merged after a conflict. */
export const OTHER_TEXT_SEPARATOR = '\n\n— Also written on another browser —\n';

/** An outlet note is one free text: a losing text not already in the winner's is added to it,
 * below a separator line, for the reader to edit into one. */
function keepOutletNoteText(winner: SyncItem, losers: readonly SyncItem[]): SyncItem {
  const main = winner.value as SyncedOutletNote;
  let body = main.body;
  const others = losers.map((l) => l.value as SyncedOutletNote).sort((a, b) => b.updatedAt - a.updatedAt || (a.body < b.body ? -1 : 1));
  for (const other of others) if (!body.includes(other.body.trim())) body += `${OTHER_TEXT_SEPARATOR}${other.body.trim()}`;
  return body === main.body ? winner : ({ ...winner, value: { ...main, body } } as SyncItem);
}

/** The winner with the losers' texts kept (notes and outlet notes; other kinds have none).
 * Returns the winner itself when there is nothing to add. */
export function keepLosersText(winner: SyncItem, losers: readonly SyncItem[]): SyncItem {
  const live = losers.filter((l) => l.value && l.kind === winner.kind);
  if (!winner.value || !live.length) return winner;
  if (winner.kind === 'note') return keepNoteVersions(winner, live);
  if (winner.kind === 'outletNote') return keepOutletNoteText(winner, live);
  return winner;
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
