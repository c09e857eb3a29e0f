// Page furniture that reads like a claim but is none: credits, disclosures, sources of a chart,
// "X reported from Nairobi", an author's bio line. Never check-worthy, so never flagged.
import type { TextBlock } from '../../page/types';

/** A labelled note: "Source: Office for National Statistics.", "Disclosure: …", "Photo: Reuters", "Update: …". */
const LABELLED = /^(?:sources?|disclosure|photo(?:graph)?|images?|credits?|caption|editor['’]?s note|correction|clarification|update|read more|related|note|watch|listen|video|graphic|chart|map|illustration)\s*[:|–—-]/i;

const FURNITURE = [
  LABELLED,
  /^(?:originally |first )?(?:published|republished|reprinted|posted|syndicated) (?:by|in|on|at|with)\b/i,
  /\b(?:reported from|contributed (?:reporting|to this (?:report|article|story))|additional reporting by|writing by|editing by|reporting by)\b/i,
  /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s+(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:co-?)?(?:author|editor|writer|columnist|contributor|correspondent|reporter|founder)\b/u,
  /\breceives? funding from\b|\bhas no (?:conflicts?|competing interests?)\b|\bdeclares? no\b/i,
  /^(?:all )?(?:images?|photos?|pictures?)\s+(?:in this (?:article|story|post)\s+)?(?:are\s+)?(?:from|courtesy|by)\b/i,
];

/**
 * Whether a sentence is page furniture. `text` is the article text the block's offsets point
 * into: every sentence of a block that opens with a label ("Disclosure: … She has advised …",
 * "Correction: … The article said …") belongs to that note, not to the article's argument.
 */
export function isPageFurniture(sentence: string, block: TextBlock | undefined, text?: string): boolean {
  if (block?.kind === 'caption') return true;
  if (block && text !== undefined && LABELLED.test(text.slice(block.start, Math.min(block.end, block.start + 40)).trimStart())) return true;
  return FURNITURE.some((p) => p.test(sentence));
}
