// The fundus crawler's publisher list: name, site and country (from fundus's country folder).
import path from 'node:path';
import { addFact, type Claim } from '../claims';
import { cleanHost, ruleFromUrl } from '../rules';
import { readTable } from '../tsv';

export function fundusClaims(dir: string): Claim[] {
  const claims: Claim[] = [];
  for (const row of readTable(path.join(dir, 'fundus_publishers.tsv'))) {
    const rule = ruleFromUrl(row.url) ?? (cleanHost(row.host) ? { domain: cleanHost(row.host)! } : null);
    if (!rule) continue;
    const ref = `fundus:${row.fundus_group}`;
    const claim: Claim = { dataset: 'fundus', rules: [rule], names: row.name ? [row.name] : [], facts: {} };
    addFact(claim, 'listedAs', row.name, ref);
    if (/^[A-Z]{2}$/.test(row.country)) addFact(claim, 'country', row.country, ref);
    claims.push(claim);
  }
  return claims;
}
