// The hand-written directory (overlay/*.json): outlets our editors described from their
// Wikipedia articles and own sites, each fact with its source. It comes first in the merge, so
// its ids, names and domain rules stand, and every open dataset adds to it.
import { readFileSync } from 'node:fs';
import { profileProblems } from '../../../lib/outlets/schema';
import { expandSource } from '../../../lib/outlets/sources';
import type { SourceRef } from '../../../lib/outlets/data-format';
import { FACT_FIELDS, type Fact, type FactSource, type OutletProfile } from '../../../lib/outlets/types';
import { toRule } from '../../../lib/outlets/directory';
import type { Claim } from '../claims';
import { DATASETS } from '../datasets';
import { REJECTED_RATERS } from '../rejected';

const WIKIPEDIA = 'https://en.wikipedia.org/wiki/';

/** A source written out in the overlay, as a reference when it is a Wikipedia article. */
function refOf(source: FactSource): SourceRef {
  if (source.label === 'Wikipedia' && source.url?.startsWith(WIKIPEDIA)) {
    const ref = `backstory-editors:${source.url.slice(WIKIPEDIA.length)}`;
    // Only when the reference gives back the very same link.
    if (expandSource(ref, DATASETS).url === source.url) return ref;
  }
  return { label: source.label, ...(source.url ? { url: source.url } : {}), asOf: DATASETS['backstory-editors'].asOf };
}

export function overlayClaims(files: string[]): Claim[] {
  const claims: Claim[] = [];
  for (const file of files) {
    const profiles = JSON.parse(readFileSync(file, 'utf8')) as OutletProfile[];
    for (const profile of profiles) {
      const problems = profileProblems(profile);
      if (!profile.names.length) problems.push('names: a hand-written entry needs a name');
      for (const a of profile.assessments) if (REJECTED_RATERS.test(a.by)) problems.push(`assessments: ${a.by} may not ship (see rejected.ts)`);
      if (problems.length) throw new Error(`${file}: ${profile.id}: ${problems.join('; ')}`);
      const claim: Claim = {
        dataset: 'backstory-editors',
        id: profile.id,
        rules: profile.domains.map(toRule),
        ...(profile.excludes ? { excludes: profile.excludes } : {}),
        names: profile.names,
        facts: {},
        ...(profile.assessments.length ? { assessments: profile.assessments } : {}),
      };
      for (const field of FACT_FIELDS) {
        const facts = profile[field] as Fact<string | number>[] | undefined;
        if (facts?.length) claim.facts[field] = facts.map((f) => [f.value, refOf(f.source)]);
      }
      claims.push(claim);
    }
  }
  return claims;
}
