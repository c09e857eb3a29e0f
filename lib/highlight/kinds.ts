// What Backstory paints and under which CSS highlight registry names. The names are public:
// pages and tests can see them in CSS.highlights, and readers' user styles can restyle them.
import type { EntityType } from '../analysis/types';

export type HighlightKind = EntityType | 'claim' | 'note';

export const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  person: 'backstory-person',
  organization: 'backstory-organization',
  place: 'backstory-place',
  claim: 'backstory-claim',
  note: 'backstory-note',
};

/** Briefly marks the highlight the reader was taken to (from the panel or the keyboard). */
export const FLASH_NAME = 'backstory-flash';

/** Higher paints on top where ranges overlap: an entity inside a claim keeps its colour. */
export const HIGHLIGHT_PRIORITY: Record<HighlightKind, number> = {
  claim: 0,
  note: 1,
  place: 2,
  organization: 3,
  person: 4,
};

// Translucent colours read on light and dark pages alike. Claims get a calm dotted underline
// rather than a fill (no "error" squiggle: a flag is not a verdict), so an entity inside a
// claim keeps its colour.
const RULES = `
::highlight(backstory-person) { background-color: rgba(255, 196, 0, 0.32); }
::highlight(backstory-organization) { background-color: rgba(0, 153, 255, 0.24); }
::highlight(backstory-place) { background-color: rgba(60, 200, 90, 0.26); }
::highlight(backstory-claim) { text-decoration: underline dotted rgba(214, 90, 0, 0.85) 2px; text-underline-offset: 3px; }
::highlight(backstory-note) { background-color: rgba(200, 120, 255, 0.3); }
::highlight(backstory-flash) { background-color: rgba(255, 120, 0, 0.55); }
`;

/** The rules on every element (`::highlight(x)`), as every browser with the API paints them. */
export const HIGHLIGHT_CSS = RULES;

/**
 * The highlight rules; `onRoot` writes them on :root alone. Rules for every element
 * (`::highlight(x)` is `*::highlight(x)`) make the browser recompute the style of the whole page
 * when the sheet is adopted: about 70 ms on a 1 MB article, the largest single cost of painting
 * it. Chromium passes highlight styles down from the root (CSS Pseudo 4 highlight inheritance:
 * every property, inherited or not; for custom highlights since Chromium 105, the API's first
 * version), so a rule on :root paints all text at the cost of one element.
 */
export function highlightCss(onRoot: boolean): string {
  return onRoot ? RULES.replace(/^::highlight/gm, ':root::highlight') : RULES;
}
