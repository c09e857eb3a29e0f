import { describe, expect, it } from 'vitest';
import type { SyncItem, SyncedNote } from '@/lib/sync/items';
import { compareRevs, keepLosersText, mergeIncomingWithLocal, OTHER_TEXT_SEPARATOR, pickWinner, resolveConflict, type Candidate } from '@/lib/sync/resolve';
import { note } from './sync-support';

const noteItem = (n: SyncedNote): SyncItem => ({ kind: 'note', key: n.id, updatedAt: n.updatedAt, value: n });
const deleted = (key: string, updatedAt: number): SyncItem => ({ kind: 'note', key, updatedAt });
const cand = (rev: string, item: SyncItem): Candidate => ({ rev, item });

describe('conflict resolution', () => {
  it('orders revisions like CouchDB: generation first, then the hash', () => {
    expect(compareRevs('3-aaa', '2-fff')).toBeGreaterThan(0);
    expect(compareRevs('10-aaa', '9-aaa')).toBeGreaterThan(0); // numerically, not as text
    expect(compareRevs('2-abc', '2-abd')).toBeLessThan(0);
    expect(compareRevs('2-abc', '2-abc')).toBe(0);
  });

  it('picks the newest edit, the same whatever order the revisions come in', () => {
    const a = cand('2-aaa', noteItem(note('n1', 'older text', 1000)));
    const b = cand('2-bbb', noteItem(note('n1', 'newer text', 2000)));
    const c = cand('3-ccc', noteItem(note('n1', 'oldest text', 500)));
    expect(pickWinner([a, b, c])).toBe(b);
    expect(pickWinner([c, b, a])).toBe(b);
    // Equal times: CouchDB's order decides, on every device alike.
    const d = cand('2-ddd', noteItem(note('n1', 'same time', 2000)));
    expect(pickWinner([b, d])).toBe(d);
    expect(pickWinner([d, b])).toBe(d);
  });

  it("keeps the losing note's text as another version, and the winner's as the note", () => {
    const mine = cand('2-aaa', noteItem(note('n1', 'Written on the laptop', 1000, { tags: ['laptop'] })));
    const theirs = cand('2-bbb', noteItem(note('n1', 'Written on the desktop', 2000)));
    const { winner, item, losers } = resolveConflict([mine, theirs]);
    expect(winner).toBe(theirs);
    expect(losers).toEqual([mine]);
    const value = item.value as SyncedNote;
    expect(value.body).toBe('Written on the desktop');
    expect(value.updatedAt).toBe(2000);
    expect(value.otherVersions).toEqual([{ body: 'Written on the laptop', tags: ['laptop'], updatedAt: 1000 }]);
  });

  it('adds no other version when the texts agree, and each text only once', () => {
    const a = noteItem(note('n1', 'Same', 1000, { tags: ['A', 'b'] }));
    const b = noteItem(note('n1', 'Same', 2000, { tags: ['B', 'a'] }));
    expect(keepLosersText(b, [a])).toBe(b);
    const loser = noteItem(note('n1', 'Other', 1000, { otherVersions: [{ body: 'Third', updatedAt: 10 }] }));
    const winner = noteItem(note('n1', 'Main', 3000, { otherVersions: [{ body: 'Third', updatedAt: 10 }] }));
    const merged = keepLosersText(winner, [loser, loser]).value as SyncedNote;
    expect(merged.otherVersions!.map((v) => v.body)).toEqual(['Other', 'Third']);
  });

  it("adds the losing outlet note's text below the winner's, once", () => {
    const outlet = (body: string, updatedAt: number): SyncItem => ({ kind: 'outletNote', key: 'example.org', updatedAt, value: { domain: 'example.org', body, updatedAt } });
    const merged = resolveConflict([cand('2-a', outlet('Owned by a trust', 1)), cand('2-b', outlet('Check who funds it', 2))]).item;
    expect((merged.value as { body: string }).body).toBe(`Check who funds it${OTHER_TEXT_SEPARATOR}Owned by a trust`);
    // Resolved again (another device did the same), nothing is added twice.
    expect(keepLosersText(merged, [outlet('Owned by a trust', 1), outlet('Check who funds it', 2)])).toBe(merged);
  });

  it('lets flags and settings win without merging (they carry no text)', () => {
    const older: SyncItem = { kind: 'dismissal', key: 'k', updatedAt: 1, value: { url: 'https://a.example/x', key: 'claim-1', at: 1 } };
    const newer: SyncItem = { kind: 'dismissal', key: 'k', updatedAt: 2, value: { url: 'https://a.example/x', key: 'claim-1', at: 2 } };
    const { item } = resolveConflict([cand('2-a', older), cand('2-b', newer)]);
    expect(item).toBe(newer);
  });

  it('merges a change from another device with a local edit not yet sent, losing neither', () => {
    const local = noteItem(note('n1', 'Edited here just now', 5000));
    const incoming = noteItem(note('n1', 'Edited there earlier', 4000));
    const kept = mergeIncomingWithLocal(incoming, local).value as SyncedNote;
    expect(kept.body).toBe('Edited here just now');
    expect(kept.otherVersions?.[0].body).toBe('Edited there earlier');
    // A deletion from elsewhere does not remove an edit made here, nor the other way round.
    expect(mergeIncomingWithLocal(deleted('n1', 9000), local)).toBe(local);
    expect(mergeIncomingWithLocal(incoming, deleted('n1', 9000))).toBe(incoming);
  });
});
