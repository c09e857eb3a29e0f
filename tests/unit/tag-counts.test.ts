import { describe, expect, it } from 'vitest';
import { TagCounts } from '@/lib/notes/tag-counts';

describe('TagCounts', () => {
  it('keeps counts as notes are tagged, retagged and deleted, spellings merged', () => {
    const counts = new TagCounts([
      { tag: 'Syria', count: 2 },
      { tag: 'sources', count: 1 },
    ]);
    counts.change(['syria', 'media'], +1); // a new note, another spelling
    expect(counts.list()).toEqual([
      { tag: 'Syria', count: 3 },
      { tag: 'media', count: 1 },
      { tag: 'sources', count: 1 },
    ]);
    counts.change(['sources'], -1); // a deleted note
    counts.change(['media'], -1);
    counts.change(['check'], +1);
    expect(counts.list()).toEqual([
      { tag: 'Syria', count: 3 },
      { tag: 'check', count: 1 },
    ]);
  });
});
