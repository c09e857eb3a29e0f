// Words for entity types and claim reasons, shared by the in-page cards and the side panel.
import type { EntityType } from '@/lib/analysis/types';

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
