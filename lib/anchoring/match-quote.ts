// Finding a quote in text, exactly or approximately, scored by its context — the scheme of
// Hypothesis's match-quote.ts: the best candidate weighs how closely the quote, its prefix and
// its suffix match, and how near it is to where the passage used to be.
import approxSearch from 'approx-string-match';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the passage is expected to start (its old TextPositionSelector.start). */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0…1: weighted similarity of quote, prefix, suffix and position. */
  score: number;
  /** Edits between the quote and the matched text. */
  errors: number;
}

interface RawMatch {
  start: number;
  end: number;
  errors: number;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Every exact occurrence of `str` in `text` (overlapping ones too). */
export function exactMatches(text: string, str: string): RawMatch[] {
  const out: RawMatch[] = [];
  if (!str) return out;
  for (let i = text.indexOf(str); i !== -1; i = text.indexOf(str, i + 1)) {
    out.push({ start: i, end: i + str.length, errors: 0 });
  }
  return out;
}

/** The most edits a fuzzy match may need: a quarter of the quote, at most 256. */
export function maxErrorsFor(quote: string): number {
  return Math.min(256, Math.floor(quote.length / 4));
}

function search(text: string, str: string, maxErrors: number): RawMatch[] {
  // approx-string-match does not short-cut exact matches; indexOf is far faster.
  const exact = exactMatches(text, str);
  if (exact.length > 0 || maxErrors <= 0) return exact;
  return approxSearch(text, str, maxErrors);
}

/** 0…1: how well `str` occurs in `text` (1 when it occurs exactly). */
export function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  if (text.includes(str)) return 1;
  const matches = approxSearch(text, str, str.length);
  return matches.length ? 1 - matches[0].errors / str.length : 0;
}

/** Context similarity of a candidate: the mean of prefix and suffix scores (1 without context). */
export function contextScore(text: string, start: number, end: number, context: QuoteContext): number {
  const { prefix, suffix } = context;
  const p = prefix ? textMatchScore(text.slice(Math.max(0, start - prefix.length), start), prefix) : 1;
  const s = suffix ? textMatchScore(text.slice(end, end + suffix.length), suffix) : 1;
  return (p + s) / 2;
}

/** Scores candidate matches of `quote` and returns the best. */
export function bestMatch(text: string, quote: string, matches: RawMatch[], context: QuoteContext): QuoteMatch | null {
  let best: QuoteMatch | null = null;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.length;
    const ctx = contextScore(text, m.start, m.end, context);
    const posScore = typeof context.hint === 'number' ? 1 - Math.abs(m.start - context.hint) / Math.max(1, text.length) : 1;
    const raw = QUOTE_WEIGHT * quoteScore + (PREFIX_WEIGHT + SUFFIX_WEIGHT) * ctx + POSITION_WEIGHT * posScore;
    const score = raw / MAX_SCORE;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score, errors: m.errors };
  }
  return best;
}

/**
 * The best match of `quote` in `text`, exact or with at most `maxErrors` edits (default
 * maxErrorsFor(quote)), or null when there is none.
 */
export function matchQuote(
  text: string,
  quote: string,
  context: QuoteContext = {},
  maxErrors = maxErrorsFor(quote),
): QuoteMatch | null {
  if (quote.length === 0) return null;
  return bestMatch(text, quote, search(text, quote, maxErrors), context);
}
