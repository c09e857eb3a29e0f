// Qui possède les médias ? (2021): the main shareholders of French media sites, by domain.
// The list names sites by domain only, so it adds owners to outlets and names none.
import path from 'node:path';
import { addFact, type Claim } from '../claims';
import { cleanHost } from '../rules';
import { readTable } from '../tsv';

/** 'la famille Bouygues' → 'the Bouygues family': the panel speaks English. */
const holderName = (holder: string) => holder.replace(/^la famille (.+)$/i, 'the $1 family');

export function frenchMediaClaims(dir: string): Claim[] {
  const claims: Claim[] = [];
  for (const row of readTable(path.join(dir, 'qui-possede-les-medias', 'sites.csv'), ',')) {
    const domain = cleanHost(row.domain);
    if (!domain) continue;
    const claim: Claim = { dataset: 'qui-possede-les-medias', rules: [{ domain }], names: [], facts: {} };
    for (const key of ['holder1', 'holder2', 'holder3', 'holder4']) {
      if (row[key]) addFact(claim, 'owner', holderName(row[key]), 'qui-possede-les-medias');
    }
    if (claim.facts.owner) claims.push(claim);
  }
  return claims;
}
