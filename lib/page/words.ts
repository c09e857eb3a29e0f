// Word counting for the article text. Counts runs of letters/digits (with inner apostrophes
// and hyphens), so punctuation, dashes and numbers with separators count the way a reader would.
const WORD = /[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/** Minutes a typical adult needs to read `words` words (238 wpm, Brysbaert 2019), at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 238));
}
