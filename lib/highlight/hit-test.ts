// Which painted item is under the pointer. Highlights are not elements, so there is nothing
// to attach a hover listener to: the caret position under the pointer gives a text offset,
// the item index gives the items there, and the range's boxes confirm the pointer is on the
// text itself (the caret snaps to the nearest character even over empty margins).
import type { ItemIndex } from './items';
import type { PaintedItem } from './painter';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

const SLACK = 2; // px around the text boxes, so the edges of a word still count

export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK) return true;
  }
  return false;
}

/** The most specific painted item under viewport point (x, y), or null. */
export function itemAtPoint(
  doc: Document,
  x: number,
  y: number,
  index: ItemIndex<PaintedItem>,
  offsetOf: (node: Node, offset: number) => number | null,
): PaintedItem | null {
  if (index.size === 0) return null;
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const offset = offsetOf(caret.node, caret.offset);
  if (offset === null) return null;
  // The caret sits between characters: the character under the pointer may be either side.
  const candidates = [...new Set([...index.at(offset), ...(offset > 0 ? index.at(offset - 1) : [])])];
  candidates.sort((a, b) => a.end - a.start - (b.end - b.start));
  return candidates.find((item) => rangeContainsPoint(item.range, x, y)) ?? null;
}
