// Selectors → a passage in today's article text. In order of cost: the stored position (if the
// text there is still the quote), the exact quote (whitespace-insensitive; several occurrences
// are told apart by context and position), then an approximate match with bounded errors.
// Text a note cannot be placed in gives null: the caller lists the note as an orphan.
import { bestMatch, contextScore, exactMatches, matchQuote } from './match-quote';
import type { Anchor, Selector, TextPositionSelector, TextQuoteSelector } from './types';
import { collapseSpaces, collapseWithMap, toCollapsed, toOriginal, type CollapsedText } from './whitespace';

/** Below this length a fuzzy match also needs its context to agree (short quotes match too easily). */
const SHORT_QUOTE = 20;
const MIN_SHORT_CONTEXT = 0.5;

export interface Anchorer {
  (selectors: readonly Selector[]): Anchor | null;
}

/** An anchorer for one text: the whitespace map is built once, and only if a quote needs it. */
export function createAnchorer(text: string): Anchorer {
  let collapsed: CollapsedText | undefined;
  const getCollapsed = () => (collapsed ??= collapseWithMap(text));

  return (selectors) => {
    const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
    const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');

    if (position && validPosition(position, text.length)) {
      if (!quote) return { start: position.start, end: position.end, method: 'position' };
      if (text.slice(position.start, position.end) === quote.exact) {
        return { start: position.start, end: position.end, method: 'position' };
      }
    }
    if (!quote || !quote.exact.trim()) return null;

    const c = getCollapsed();
    const exact = collapseSpaces(quote.exact);
    const context = {
      prefix: collapseSpaces(quote.prefix ?? ''),
      suffix: collapseSpaces(quote.suffix ?? ''),
      hint: position && validPosition(position, text.length) ? toCollapsed(c, position.start) : undefined,
    };

    const exactHits = exactMatches(c.text, exact);
    if (exactHits.length > 0) {
      const m = exactHits.length === 1 ? exactHits[0] : bestMatch(c.text, exact, exactHits, context)!;
      return { ...toOriginal(c, m.start, m.end), method: 'quote' };
    }

    const m = matchQuote(c.text, exact, context);
    if (!m) return null;
    if (exact.length < SHORT_QUOTE && contextScore(c.text, m.start, m.end, context) < MIN_SHORT_CONTEXT) return null;
    return { ...toOriginal(c, m.start, m.end), method: 'fuzzy' };
  };
}

function validPosition(p: TextPositionSelector, length: number): boolean {
  return Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.start <= p.end && p.end <= length;
}

/** Where the selectors' passage is in `text`, or null when it cannot be found. */
export function anchorSelectors(text: string, selectors: readonly Selector[]): Anchor | null {
  return createAnchorer(text)(selectors);
}

/** Anchors every note on one text, in input order; `anchor` is null for an orphan. */
export function anchorMany<T extends { selectors: readonly Selector[] }>(
  text: string,
  notes: readonly T[],
): { note: T; anchor: Anchor | null }[] {
  const anchor = createAnchorer(text);
  return notes.map((note) => ({ note, anchor: anchor(note.selectors) }));
}
