// Sentence segmentation that survives abbreviations, initials, decimals, quotes and ellipses,
// and never crosses a block boundary.
import type { TextBlock } from '../page/types';
import type { SentenceSpan } from './types';
import { ABBREVIATIONS, TITLE_ABBREVIATIONS } from './lexicon/words';

export interface Sentence extends SentenceSpan {
  /** Index into the resolved blocks. */
  block: number;
}

const CLOSERS = /["'”’)\]»]/;
const OPENERS = /["'“‘([«¿¡]/;
/** Capitalised words that usually open a new sentence after an ambiguous period ("U.S. The"). */
const SENTENCE_OPENERS = new Set(
  'the a an he she it they we i but and this that these those there in on at after before when while however yet so his her their its our one some many most if as for'.split(' '),
);

export function splitSentences(text: string, blocks: readonly TextBlock[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((block, index) => {
    let start = block.start;
    const re = /[.!?…]+/g;
    re.lastIndex = block.start;
    for (let m = re.exec(text); m && m.index < block.end; m = re.exec(text)) {
      let end = m.index + m[0].length;
      while (end < block.end && CLOSERS.test(text[end])) end++;
      if (end >= block.end) break;
      if (!/\s/.test(text[end])) continue; // "3.5", "U.S.-led", "Dept.'s", "Sott.net"
      let next = end;
      while (next < block.end && /\s/.test(text[next])) next++;
      if (next >= block.end) break;
      if (!endsHere(text, m.index, m[0], next)) continue;
      pushTrimmed(out, text, start, end, index);
      start = next;
    }
    pushTrimmed(out, text, start, block.end, index);
  });
  return out;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, block: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, block });
}

/** Whether the terminator `mark` at `at` ends a sentence, given the next word starts at `next`. */
function endsHere(text: string, at: number, mark: string, next: number): boolean {
  let n = next;
  while (OPENERS.test(text[n] ?? '') && n < next + 2) n++;
  const nextChar = text[n] ?? '';
  const nextWord = /^[\p{L}\p{N}'’]+/u.exec(text.slice(n, n + 30))?.[0] ?? '';
  // A new sentence starts with a capital, a digit or an opening quote; "wait... and" does not.
  if (!/[\p{Lu}\p{N}]/u.test(nextChar) && n === next) return false;
  if (mark !== '.') return true;

  const word = wordBefore(text, at);
  const lower = word.toLowerCase();
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "George W. Bush", "J. R. R. Tolkien"
  if (TITLE_ABBREVIATIONS.has(lower)) return false; // "Dr. Ortiz", "No. 5", "e.g. Paris"
  const isDotted = /^(\p{L}\.)+\p{L}$/u.test(word); // "U.S", "U.N", "e.g"
  if (ABBREVIATIONS.has(lower) || isDotted) {
    // "Jan. 1", "Inc. reported": continue unless the next word plainly opens a sentence.
    if (/\p{N}/u.test(nextChar)) return false;
    return SENTENCE_OPENERS.has(nextWord.toLowerCase());
  }
  return true;
}

/** The word (letters and inner dots) right before offset `at`. */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1])) i--;
  return text.slice(i, at).replace(/^\.+/, '');
}
