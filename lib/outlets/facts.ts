// Reading a profile's fact lists: the same value from several sources is one value with several
// sources; different values stay apart, in the order the sources gave them.
import { toRule } from './directory';
import type { Fact, FactSource, OutletProfile } from './types';

export interface SourcedValue<T> {
  value: T;
  sources: FactSource[];
}

const sameValue = (a: unknown, b: unknown) =>
  a === b || (typeof a === 'string' && typeof b === 'string' && a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0);

/** Values with every source that gives them; more than one entry means the sources disagree. */
export function groupFacts<T>(facts: readonly Fact<T>[] | undefined): SourcedValue<T>[] {
  const groups: SourcedValue<T>[] = [];
  for (const fact of facts ?? []) {
    const group = groups.find((g) => sameValue(g.value, fact.value));
    if (group) {
      if (!group.sources.some((s) => s.label === fact.source.label && s.url === fact.source.url)) group.sources.push(fact.source);
    } else groups.push({ value: fact.value, sources: [fact.source] });
  }
  return groups;
}

/** The distinct values of a fact list, in source order. */
export function valuesOf<T>(facts: readonly Fact<T>[] | undefined): T[] {
  return groupFacts(facts).map((g) => g.value);
}

/** What to call the outlet: its first name, else its main domain (a site several titles share). */
export function displayName(profile: Pick<OutletProfile, 'names' | 'domains' | 'id'>): string {
  const main = profile.domains[0];
  return profile.names[0] ?? (main ? toRule(main).domain : profile.id);
}
