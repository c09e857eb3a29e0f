// Whitespace-insensitive matching. An outlet re-flowing a paragraph, or a quote that spans two
// blocks ("\n\n" in the article text), must not cost a note its anchor, so quotes are matched
// against a copy of the text whose whitespace runs are single spaces, and mapped back.
import { partitionPoint } from '../sorted';

export interface CollapsedText {
  text: string;
  /** offsets[i] is where collapsed character i starts in the original; one extra entry at the end. */
  offsets: Int32Array;
}

const WS_RUN = /\s+/g;

/** `s` with every whitespace run replaced by one space. */
export function collapseSpaces(s: string): string {
  return s.replace(WS_RUN, ' ');
}

/** The collapsed text plus the map back to the original offsets. */
export function collapseWithMap(s: string): CollapsedText {
  const parts: string[] = [];
  const offsets = new Int32Array(s.length + 1);
  let n = 0;
  let last = 0;
  WS_RUN.lastIndex = 0;
  for (let m = WS_RUN.exec(s); m; m = WS_RUN.exec(s)) {
    for (let i = last; i < m.index; i++) offsets[n++] = i;
    parts.push(s.slice(last, m.index), ' ');
    offsets[n++] = m.index;
    last = m.index + m[0].length;
  }
  for (let i = last; i < s.length; i++) offsets[n++] = i;
  parts.push(s.slice(last));
  offsets[n] = s.length;
  return { text: parts.join(''), offsets: offsets.subarray(0, n + 1) };
}

/** The original range of collapsed [start, end). */
export function toOriginal(c: CollapsedText, start: number, end: number): { start: number; end: number } {
  const s = c.offsets[start];
  return { start: s, end: end > start ? c.offsets[end - 1] + 1 : s };
}

/** The collapsed offset of an original offset (the last collapsed character starting at or before it). */
export function toCollapsed(c: CollapsedText, original: number): number {
  return Math.max(0, partitionPoint(c.offsets.length, (i) => c.offsets[i] > original) - 1);
}
