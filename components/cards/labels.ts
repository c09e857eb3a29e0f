// Words for entity types and claim reasons, shared by the in-page cards and the side panel.
import type { ClaimSourcing, EntityType } from '@/lib/analysis/types';

export const ENTITY_TYPE_LABEL: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
};

export const ENTITY_TYPE_PLURAL: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
};

/** 'Named 3 times in this article' */
export function timesNamed(n: number): string {
  return n === 1 ? 'Named once in this article' : `Named ${n} times in this article`;
}

/** The distinct ways the article writes a name, fullest first: 'Gulmurod Khalimov, Khalimov'. */
export function variantsOf(mentions: { text: string }[]): string[] {
  const seen = new Map<string, string>();
  for (const m of mentions) {
    const key = m.text.toLowerCase();
    if (!seen.has(key)) seen.set(key, m.text);
  }
  return [...seen.values()].sort((a, b) => b.length - a.length);
}

/** How a check-worthy sentence is sourced, in the reader's words ('attributed to Barack Obama'). */
export function sourcingLabel(sourcing: ClaimSourcing): string {
  switch (sourcing.kind) {
    case 'linked':
      return sourcing.url ? `linked: ${hostOf(sourcing.url) ?? sourcing.source ?? 'a source'}` : 'linked to its source';
    case 'on-record':
      return `attributed to ${sourcing.source ?? 'a named source'}`;
    case 'anonymous':
      return sourcing.source ? `anonymous source (${sourcing.source})` : 'anonymous source';
    case 'vague':
      return sourcing.source ? `vague source (${sourcing.source})` : 'vague source';
    case 'named-unlinked':
      return sourcing.source ? `names ${sourcing.source}, not linked` : 'names a source it does not link';
    case 'dead-link':
      return 'its link goes nowhere';
    default:
      return 'no source given';
  }
}

/** The card's title for a flagged claim: what is missing, never that it is false. */
export function flaggedTitle(sourcing: ClaimSourcing): string {
  switch (sourcing.kind) {
    case 'anonymous':
      return 'Anonymous source for this statement';
    case 'vague':
      return 'Vague source for this statement';
    case 'named-unlinked':
      return 'Its source is named but not linked';
    case 'dead-link':
      return 'Its link goes nowhere';
    default:
      return 'No source for this statement';
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
