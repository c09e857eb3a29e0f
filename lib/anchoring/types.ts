// W3C Web Annotation selectors over the article text (ArticleSnapshot.text). A note stores
// them as they are (lib/notes), so a note's selectors need no conversion.

/** The passage by its exact text and a little context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** The passage by its offsets into the article text (end exclusive). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** How a passage was found again: at its stored offsets, by its exact quote, or approximately. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** A passage found in the article text (offsets, end exclusive). */
export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Characters of context kept before and after a quote. */
export const CONTEXT_LENGTH = 32;
