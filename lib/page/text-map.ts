// Offsets in ArticleExtraction.text ↔ points in the DOM. extractArticle stores only where each
// text node's collapsed text sits; the collapse is recomputed here over node.data on demand.
import type { ArticleExtraction, TextNodeSpan } from './types';
import { partitionPoint } from '../sorted';
import { isWhitespaceAt } from './whitespace';

export interface TextPoint {
  node: Text;
  offset: number;
}


const spanMaps = new WeakMap<ArticleExtraction, Map<Node, TextNodeSpan>>();
function spanOf(ex: ArticleExtraction, node: Node): TextNodeSpan | undefined {
  let m = spanMaps.get(ex);
  if (!m) spanMaps.set(ex, (m = new Map(ex.nodes.map((s) => [s.node, s]))));
  return m.get(node);
}

// extractArticle drops a node's leading whitespace when the text before it already ends in
// whitespace (or a block starts): then the text shows the node's first visible character.
const skipsLead = (s: TextNodeSpan, text: string) => isWhitespaceAt(s.node.data, 0) && !isWhitespaceAt(text, s.start);

/** Index in node.data of the k-th character the node contributes to the text. */
function dataIndex(s: TextNodeSpan, text: string, k: number): number {
  const d = s.node.data;
  let i = 0;
  if (skipsLead(s, text)) while (isWhitespaceAt(d, i)) i++;
  for (let out = 0; i < d.length && out < k; out++) {
    if (isWhitespaceAt(d, i)) while (isWhitespaceAt(d, i)) i++;
    else i++;
  }
  return i;
}

/** First span whose end is after `offset` (binary search; spans are sorted and disjoint). */
function spanAfter(nodes: TextNodeSpan[], offset: number): number {
  return partitionPoint(nodes.length, (i) => nodes[i].end > offset);
}

/** The DOM point for a text offset: 'forward' is just before the character at `offset`,
 * 'backward' just after the character before it (they differ between nodes and blocks). */
export function pointFromOffset(
  ex: ArticleExtraction,
  offset: number,
  affinity: 'forward' | 'backward' = 'forward',
): TextPoint | null {
  const { nodes, text } = ex;
  if (affinity === 'forward') {
    const s = nodes[spanAfter(nodes, offset)];
    if (!s) return null;
    return { node: s.node, offset: dataIndex(s, text, Math.max(0, offset - s.start)) };
  }
  let i = spanAfter(nodes, offset);
  if (i === nodes.length || nodes[i].start >= offset) i--;
  const s = nodes[i];
  if (!s) return null;
  const k = Math.min(offset, s.end) - s.start; // ≥ 1
  return { node: s.node, offset: dataIndex(s, text, k - 1) + 1 };
}

/** The text offset of a point inside a text node of the article, or null for other nodes. */
export function offsetFromPoint(ex: ArticleExtraction, node: Node, offset: number): number | null {
  const s = spanOf(ex, node);
  if (!s) return null;
  const d = s.node.data;
  let i = 0;
  if (skipsLead(s, ex.text)) while (isWhitespaceAt(d, i)) i++;
  let out = 0;
  while (i < offset && i < d.length) {
    if (isWhitespaceAt(d, i)) while (isWhitespaceAt(d, i)) i++;
    else i++;
    out++;
  }
  return s.start + Math.min(out, s.end - s.start);
}

/** A DOM Range over text[start, end), or null when the offsets are out of order. */
export function rangeFromOffsets(ex: ArticleExtraction, start: number, end: number): Range | null {
  if (start > end) return null;
  const s = Math.max(0, Math.min(start, ex.text.length));
  const e = Math.max(0, Math.min(end, ex.text.length));
  const a = pointFromOffset(ex, s, 'forward') ?? pointFromOffset(ex, s, 'backward');
  if (!a) return null;
  const range = ex.root.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  const b = e > s ? pointFromOffset(ex, e, 'backward') : null;
  // Only separators between s and e: nothing to select, collapse at s.
  const bOffset = b && offsetFromPoint(ex, b.node, b.offset);
  const aOffset = offsetFromPoint(ex, a.node, a.offset);
  if (b && bOffset !== null && aOffset !== null && bOffset > aOffset) range.setEnd(b.node, b.offset);
  else range.collapse(true);
  return range;
}

function nextSkipping(n: Node): Node | null {
  for (let c: Node | null = n; c; c = c.parentNode) if (c.nextSibling) return c.nextSibling;
  return null;
}
const next = (n: Node) => n.firstChild ?? nextSkipping(n);
function lastDescendant(n: Node): Node {
  while (n.lastChild) n = n.lastChild;
  return n;
}
const prev = (n: Node) => (n.previousSibling ? lastDescendant(n.previousSibling) : n.parentNode);

/** Text offset of a range boundary; boundaries outside the article text snap to the nearest
 * article text after (start) or before (end) them. */
function boundary(ex: ArticleExtraction, container: Node, offset: number, isStart: boolean): number {
  const exact = offsetFromPoint(ex, container, offset);
  if (exact !== null) return exact;
  const isData = container.nodeType === 3 || container.nodeType === 4 || container.nodeType === 8;
  const child = isData ? null : (container.childNodes[offset] ?? null);
  if (isStart) {
    for (let n = child ?? nextSkipping(container); n; n = next(n)) {
      const s = spanOf(ex, n);
      if (s) return s.start;
    }
    return ex.text.length;
  }
  for (let n = child ? prev(child) : isData ? prev(container) : lastDescendant(container); n; n = prev(n)) {
    const s = spanOf(ex, n);
    if (s) return s.end;
  }
  return 0;
}

/** Text offsets of a DOM range, clamped to the article text; null if it holds none of it. */
export function offsetsFromRange(ex: ArticleExtraction, range: Range): { start: number; end: number } | null {
  const start = boundary(ex, range.startContainer, range.startOffset, true);
  const end = boundary(ex, range.endContainer, range.endOffset, false);
  if (start > end || (start === end && !range.collapsed)) return null;
  return { start, end };
}
