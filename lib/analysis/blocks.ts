// The blocks (paragraphs, headings, list items) that sentences never cross. A snapshot brings
// its own; for plain text, line breaks are the boundaries.
import type { TextBlock } from '../page/types';
import { partitionPoint } from '../sorted';

/** Sorted, clipped blocks; derived from line breaks when none are given. */
export function resolveBlocks(text: string, blocks?: readonly TextBlock[]): TextBlock[] {
  if (blocks && blocks.length > 0) {
    return blocks
      .map((b) => ({ start: Math.max(0, b.start), end: Math.min(text.length, b.end), kind: b.kind }))
      .filter((b) => b.end > b.start)
      .sort((a, b) => a.start - b.start);
  }
  const out: TextBlock[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    out.push({ start, end: start + body.length, kind: looksLikeHeading(body) ? 'heading' : 'paragraph' });
  }
  // A single line is the whole text, not a heading over nothing.
  if (out.length === 1) out[0].kind = 'paragraph';
  return out;
}

/** A short line with no closing punctuation reads as a heading in plain text. */
function looksLikeHeading(line: string): boolean {
  const wordCount = line.split(/\s+/).length;
  return wordCount <= 12 && !/[.!?:;,"'”’)]$/.test(line);
}

/** Index of the block holding `offset`, by binary search (blocks sorted by start). */
export function blockIndexAt(blocks: readonly TextBlock[], offset: number): number {
  const i = partitionPoint(blocks.length, (k) => blocks[k].end > offset);
  return i < blocks.length && blocks[i].start <= offset ? i : -1;
}
