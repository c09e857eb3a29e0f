// GDELT's count of the countries each site's articles mention (2015 to mid-2023): where its
// coverage is focused, never where it is based (aljazeera.com is counted for the US). Only sites
// GDELT saw enough of, with a clear leading country, are kept (COVERAGE_THRESHOLD); the rest say
// too little to show.
import path from 'node:path';
import { cleanHost } from '../rules';
import { readTable } from '../tsv';

/**
 * At least 100 place mentions among the site's top five countries, and at least half of them in
 * the leading one. On the domains the corpus's other tables also place, this agrees with
 * Wikidata's country 97.8% of the time (2,402 domains), with fundus's 100% (137) and with the US
 * local-news list's 99.5% (4,208), against 95.2%, 93.5% and 98.7% with no threshold; about a
 * third of GDELT's 170,000 sites pass it.
 */
export const COVERAGE_THRESHOLD = { minMentions: 100, minShare: 0.5 } as const;

/**
 * Where the corpus's FIPS → ISO mapping is wrong: FIPS 10-4 'NL' is the Netherlands, which the
 * corpus mapped to BQ (the Caribbean Netherlands), so every Dutch site "mostly covered" Bonaire.
 */
const FIPS_TO_ISO_FIXES: Record<string, string> = { NL: 'NL' };

export interface CoverageRow {
  host: string;
  country: string;
  mentions: number;
  share: number;
}

export function gdeltCoverage(dir: string): { rows: CoverageRow[]; read: number } {
  const rows = readTable(path.join(dir, 'gdelt_domain_country.tsv.gz'));
  const byHost = new Map<string, CoverageRow>();
  for (const row of rows) {
    const mentions = Number(row.top5_total);
    const share = Number(row.top_share);
    if (!(mentions >= COVERAGE_THRESHOLD.minMentions && share >= COVERAGE_THRESHOLD.minShare)) continue;
    const country = FIPS_TO_ISO_FIXES[row.top_fips] ?? row.top_iso2;
    if (!/^[A-Z]{2}$/.test(country)) continue;
    const host = cleanHost(row.domain);
    if (!host) continue;
    const previous = byHost.get(host);
    if (previous && previous.mentions >= mentions) continue;
    byHost.set(host, { host, country, mentions, share: Math.round(share * 1000) / 1000 });
  }
  return { rows: [...byHost.values()], read: rows.length };
}
