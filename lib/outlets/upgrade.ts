// Profiles saved before facts became lists (a Wikidata lookup cached in the reader's database)
// read as today's: a single fact becomes a list of one. Anything else is left as it is.
import { FACT_FIELDS, type OutletProfile } from './types';

export function upgradeProfile(profile: OutletProfile): OutletProfile {
  const old = profile as unknown as Record<string, unknown>;
  let changed: Record<string, unknown> | null = null;
  for (const field of FACT_FIELDS) {
    const value = old[field];
    if (value && typeof value === 'object' && !Array.isArray(value) && 'value' in value) {
      changed ??= { ...old };
      changed[field] = [value];
    } else if (field === 'notes' && Array.isArray(value) && value.some((n) => typeof n === 'string')) {
      // Notes used to be bare strings; without a source they are not shown.
      changed ??= { ...old };
      const sourced = value.filter((n) => typeof n !== 'string');
      if (sourced.length) changed[field] = sourced;
      else delete changed[field];
    }
  }
  return (changed as OutletProfile | null) ?? profile;
}
