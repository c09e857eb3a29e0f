// The Local News Dataset (2018): US local newspapers and TV stations with their state, and the
// TV stations' owners as of August 2018 (chains have been sold since: the date travels with
// every fact). Shipped, see NOTICE for why.
import path from 'node:path';
import type { OutletType } from '../../../lib/outlets/types';
import { addFact, type Claim } from '../claims';
import { usState } from '../countries';
import { ruleFromUrl } from '../rules';
import { readTable } from '../tsv';

const MEDIUM: Record<string, { kind: string; type: OutletType }> = {
  Newspapers: { kind: 'local newspaper', type: 'newspaper' },
  'College Newspapers': { kind: 'college newspaper', type: 'newspaper' },
  Magazines: { kind: 'magazine', type: 'magazine' },
  'TV station': { kind: 'local TV station', type: 'broadcaster' },
};

export function localNewsClaims(dir: string): Claim[] {
  const claims: Claim[] = [];
  for (const row of readTable(path.join(dir, 'local_news_2018.tsv'))) {
    const rule = ruleFromUrl(row.website);
    if (!rule) continue;
    const ref = 'local-news-2018';
    const claim: Claim = { dataset: 'local-news-2018', rules: [rule], names: row.name ? [row.name] : [], facts: {} };
    addFact(claim, 'listedAs', row.name, ref);
    addFact(claim, 'country', 'US', ref);
    addFact(claim, 'region', usState(row.state), ref);
    addFact(claim, 'owner', row.owner, ref);
    const medium = MEDIUM[row.medium];
    if (medium) {
      addFact(claim, 'kind', medium.kind, ref);
      addFact(claim, 'outletType', medium.type, ref);
    }
    claims.push(claim);
  }
  return claims;
}
