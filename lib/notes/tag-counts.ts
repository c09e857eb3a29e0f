// Every tag with the number of notes carrying it, kept up to date as notes are written, so the
// Notes section's tag filter does not walk the whole tags index (≈200 ms at 10,000 notes) on
// every query. Spellings that differ only in case are one tag; the first spelling seen is shown.
export interface TagCount {
  tag: string;
  count: number;
}

export class TagCounts {
  private readonly counts = new Map<string, TagCount>();

  constructor(initial: readonly TagCount[] = []) {
    for (const { tag, count } of initial) this.change([tag], count);
  }

  /** Adds (+1) or removes (-1) one note's tags. */
  change(tags: readonly string[], by: number): void {
    for (const tag of tags) {
      const key = tag.toLowerCase();
      const entry = this.counts.get(key);
      const count = (entry?.count ?? 0) + by;
      if (count <= 0) this.counts.delete(key);
      else this.counts.set(key, { tag: entry?.tag ?? tag, count });
    }
  }

  /** Most used first, then alphabetical. */
  list(): TagCount[] {
    return [...this.counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }
}
