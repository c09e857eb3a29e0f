// Page furniture that reads like a claim but is none: credits, disclosures, sources of a chart,
// "X reported from Nairobi", an author's bio line. Never check-worthy, so never flagged.
import type { TextBlock } from '../../page/types';

const FURNITURE = [
  // "Source: Office for National Statistics.", "Disclosure: …", "Photo: Reuters", "Update: …"
  /^(?:sources?|disclosure|photo(?:graph)?|images?|credits?|caption|editor['’]?s note|correction|clarification|update|read more|related|note|watch|listen|video|graphic|chart|map|illustration)\s*[:|–—-]/i,
  /^(?:originally |first )?(?:published|republished|reprinted|posted|syndicated) (?:by|in|on|at|with)\b/i,
  /\b(?:reported from|contributed (?:reporting|to this (?:report|article|story))|additional reporting by|writing by|editing by|reporting by)\b/i,
  /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s+(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:co-?)?(?:author|editor|writer|columnist|contributor|correspondent|reporter|founder)\b/u,
  /\breceives? funding from\b|\bhas no (?:conflicts?|competing interests?)\b|\bdeclares? no\b/i,
  /^(?:all )?(?:images?|photos?|pictures?)\s+(?:in this (?:article|story|post)\s+)?(?:are\s+)?(?:from|courtesy|by)\b/i,
];

export function isPageFurniture(sentence: string, block: TextBlock | undefined): boolean {
  if (block?.kind === 'caption') return true;
  return FURNITURE.some((p) => p.test(sentence));
}
