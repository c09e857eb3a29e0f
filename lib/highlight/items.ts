// The painted items of one page, indexed by their text offsets: which item is under a point
// of the text, and which comes next in reading order. Pure (no DOM), so it is unit-tested.
import type { HighlightKind } from './kinds';
import { partitionPoint } from '../sorted';

export interface PaintItem {
  /** The entity or claim id the item belongs to (several mentions share an entity's id). */
  key: string;
  kind: HighlightKind;
  /** Offsets into the article text, end exclusive. */
  start: number;
  end: number;
}

/** Identifies one painted span: an entity has one per mention. */
export const itemId = (item: PaintItem): string => `${item.key}@${item.start}`;

// Entities are short and sit inside claims, so a point is usually inside one of each: the
// more specific (shorter) item wins.
const specificity = (item: PaintItem) => item.end - item.start;

export class ItemIndex<T extends PaintItem = PaintItem> {
  /** In reading order; claims before entities that start at the same offset. */
  readonly ordered: T[];

  constructor(items: Iterable<T>) {
    this.ordered = [...items].sort(
      (a, b) => a.start - b.start || Number(b.kind === 'claim') - Number(a.kind === 'claim') || a.end - b.end,
    );
  }

  get size(): number {
    return this.ordered.length;
  }

  /** Items whose span contains `offset`, most specific first. */
  at(offset: number): T[] {
    const hits: T[] = [];
    // Items start in order; any item containing offset starts at or before it. Claims are
    // sentences, so scanning back from the last item that starts ≤ offset stays short.
    let i = this.lastStartingAtOrBefore(offset);
    for (let scanned = 0; i >= 0 && scanned < 400; i--, scanned++) {
      const item = this.ordered[i];
      if (item.end > offset) hits.push(item);
    }
    return hits.sort((a, b) => specificity(a) - specificity(b));
  }

  /** The next item after `offset` in reading order (direction 1), or the one before (-1);
   * wraps around at the ends. `current` is skipped so repeated steps move on. */
  step(offset: number, direction: 1 | -1, current?: T): T | null {
    const n = this.ordered.length;
    if (n === 0) return null;
    if (direction === 1) {
      let i = this.lastStartingAtOrBefore(offset) + 1;
      if (current) {
        const at = this.ordered.indexOf(current);
        if (at >= 0) i = at + 1;
      }
      return this.ordered[i % n];
    }
    let i = this.firstStartingAtOrAfter(offset) - 1;
    if (current) {
      const at = this.ordered.indexOf(current);
      if (at >= 0) i = at - 1;
    }
    return this.ordered[(i + n) % n];
  }

  /** The first item with the given key (an entity's first mention). */
  first(key: string): T | undefined {
    return this.ordered.find((item) => item.key === key);
  }

  private lastStartingAtOrBefore(offset: number): number {
    return partitionPoint(this.ordered.length, (i) => this.ordered[i].start > offset) - 1;
  }

  private firstStartingAtOrAfter(offset: number): number {
    return partitionPoint(this.ordered.length, (i) => this.ordered[i].start >= offset);
  }
}
