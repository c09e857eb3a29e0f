// Finds the sentences of a labelled dev set (tests/devsets/news-claims.json) in the article text
// Backstory extracts. The set stores only each sentence's first and last ~40 characters, so the
// corpus text itself stays out of the repository; this turns those anchors back into offsets.

export interface SentenceAnchor {
  startQuote: string;
  endQuote: string;
}

export interface AnchoredSpan {
  start: number;
  /** Exclusive. */
  end: number;
}

export type AnchorResult = { ok: true; spans: AnchoredSpan[] } | { ok: false; index: number; problem: string };

/**
 * Resolves anchors in order: a sentence starts at the first occurrence of its startQuote at or
 * after the previous sentence's end, and ends where the first occurrence of its endQuote that
 * ends at or after the startQuote's own end finishes. Reports the first sentence that cannot be
 * found that way.
 */
export function resolveAnchors(text: string, sentences: readonly SentenceAnchor[]): AnchorResult {
  const spans: AnchoredSpan[] = [];
  let cursor = 0;
  for (let i = 0; i < sentences.length; i++) {
    const { startQuote, endQuote } = sentences[i];
    if (!startQuote || !endQuote) return { ok: false, index: i, problem: 'empty quote' };
    const start = text.indexOf(startQuote, cursor);
    if (start < 0) return { ok: false, index: i, problem: `startQuote not found after offset ${cursor}` };
    const from = Math.max(start, start + startQuote.length - endQuote.length);
    const endAt = text.indexOf(endQuote, from);
    if (endAt < 0) return { ok: false, index: i, problem: 'endQuote not found after startQuote' };
    const end = endAt + endQuote.length;
    spans.push({ start, end });
    cursor = end;
  }
  return { ok: true, spans };
}
