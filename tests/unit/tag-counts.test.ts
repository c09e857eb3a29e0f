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

describe('matchesQuery', () => {
  it('matches every search word in quote, body, tags or title, and the tag in any case', async () => {
    const { matchesQuery } = await import('@/lib/db/notes');
    const row = {
      id: 'a', url: 'https://x.example/a', host: 'x.example', selectors: [], quote: 'The Pentagon said', body: 'Check the figure',
      tags: ['Sources'], pageTitle: 'A story', createdAt: 1, updatedAt: 1,
    };
    expect(matchesQuery(row, { search: 'pentagon figure' })).toBe(true);
    expect(matchesQuery(row, { search: 'pentagon kremlin' })).toBe(false);
    expect(matchesQuery(row, { tag: 'sources' })).toBe(true);
    expect(matchesQuery(row, { tag: 'dates', search: 'story' })).toBe(false);
    expect(matchesQuery(row, {})).toBe(true);
  });
});
