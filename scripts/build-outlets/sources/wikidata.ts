// Wikidata's newspapers with an official website (P856). An "official website" that is a
// library, archive or platform (the corpus's not_outlet_domain: loc.gov, bnf.fr, archive.org,
// newsbank…) is not the outlet's domain and is dropped; a website with a path keeps it (the
// title is a section of a bigger site). Owners are P127 (owned by) and P749 (parent
// organization); P123 (publisher) is who publishes it.
import path from 'node:path';
import { outletTypeOf } from '../../../lib/outlets/lookup';
import { shardDomain } from '../../../lib/outlets/shards';
import type { DomainRule } from '../../../lib/outlets/types';
import { addFact, type Claim } from '../claims';
import { countryCode } from '../countries';
import { ruleFromUrl } from '../rules';
import { many, readTable } from '../tsv';

const yearOf = (value: string) => {
  const m = /^(-?\d{1,4})/.exec(value.trim());
  return m ? Number(m[1]) : null;
};

export interface WikidataReport {
  claims: Claim[];
  /** Items left out: every website was an archive or platform, or unreadable. */
  noOutletSite: number;
  /** Country labels with no ISO code (former states, regions). */
  unmappedCountries: Map<string, number>;
}

export function wikidataClaims(dir: string): WikidataReport {
  const rows = readTable(path.join(dir, 'newspapers.tsv.gz'));
  const claims: Claim[] = [];
  const unmappedCountries = new Map<string, number>();
  let noOutletSite = 0;
  for (const row of rows) {
    const notOutlet = new Set(many(row.not_outlet_domain));
    const rules: DomainRule[] = [];
    for (const website of many(row.websites)) {
      const rule = ruleFromUrl(website);
      if (!rule) continue;
      // The corpus names archives by their registrable domain under the ICANN suffixes.
      const domain = shardDomain(rule.domain);
      if (!domain || notOutlet.has(domain)) continue;
      if (!rules.some((r) => r.domain === rule.domain && r.pathPrefix === rule.pathPrefix)) rules.push(rule);
    }
    // A whole-site rule makes a path rule on the same host redundant ('iz.ru' and 'iz.ru/newspaper').
    const kept = rules.filter((r) => !r.pathPrefix || !rules.some((o) => !o.pathPrefix && o.domain === r.domain));
    if (!kept.length) {
      noOutletSite++;
      continue;
    }
    kept.sort((a, b) => Number(!!a.pathPrefix) - Number(!!b.pathPrefix));
    const ref = `wikidata:${row.qid}`;
    const label = row.name && row.name !== row.qid ? row.name : row.enwiki || '';
    const claim: Claim = { dataset: 'wikidata', rules: kept, names: label ? [label] : [], facts: {} };
    addFact(claim, 'listedAs', label, ref);
    const countries = many(row.country).length ? many(row.country) : many(row.country_of_origin);
    for (const name of countries) {
      const code = countryCode(name);
      if (code) addFact(claim, 'country', code, ref);
      else unmappedCountries.set(name, (unmappedCountries.get(name) ?? 0) + 1);
    }
    for (const city of many(row.place_of_publication).slice(0, 2)) addFact(claim, 'city', city, ref);
    if (!claim.facts.city) for (const city of many(row.headquarters).slice(0, 1)) addFact(claim, 'city', city, ref);
    const founded = yearOf(row.inception);
    const now = new Date().getFullYear();
    if (founded && founded >= 1600 && founded <= now) addFact(claim, 'founded', founded, ref);
    const dissolved = yearOf(row.dissolved);
    if (dissolved && dissolved >= 1600 && dissolved <= now) {
      addFact(claim, 'dissolved', dissolved, ref);
      claim.historic = true;
    }
    for (const owner of [...many(row.owned_by), ...many(row.parent_organization)]) {
      if (!/^Q\d+$/.test(owner)) addFact(claim, 'owner', owner, ref);
    }
    for (const publisher of many(row.publisher)) if (!/^Q\d+$/.test(publisher)) addFact(claim, 'organization', publisher, ref);
    const kinds = many(row.instance_of).filter((k) => !/^Q\d+$/.test(k));
    const typed = kinds.map(outletTypeOf).find(Boolean);
    if (typed) addFact(claim, 'outletType', typed, ref);
    // 'newspaper' as a kind says no more than the type; 'daily newspaper' does.
    for (const kind of kinds.slice(0, 3)) if (kind !== typed) addFact(claim, 'kind', kind, ref);
    claims.push(claim);
  }
  return { claims, noOutletSite, unmappedCountries };
}
