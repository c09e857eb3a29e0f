// W3C Web Annotation selectors over the article text (ArticleSnapshot.text), the shapes stored
// with a note. They are the database's own types, so a note's selectors need no conversion.
import type { StoredSelector } from '../db/database';

export type Selector = StoredSelector;
export type TextQuoteSelector = Extract<StoredSelector, { type: 'TextQuoteSelector' }>;
export type TextPositionSelector = Extract<StoredSelector, { type: 'TextPositionSelector' }>;

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
