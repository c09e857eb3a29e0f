// Text offsets → selectors. The quote carries 32 characters of context either side so that a
// passage can be told apart from another occurrence of the same words.
import { CONTEXT_LENGTH, type TextPositionSelector, type TextQuoteSelector } from './types';

/** The selectors for text[start, end): a TextQuoteSelector and a TextPositionSelector. */
export function describeRange(
  text: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  const s = Math.max(0, Math.min(start, end, text.length));
  const e = Math.min(text.length, Math.max(start, end, 0));
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - CONTEXT_LENGTH), s),
      suffix: text.slice(e, e + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start: s, end: e },
  ];
}
