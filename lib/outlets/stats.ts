// Counts of what the directory knows, by registrable domain (`outlet --stats`, the build's
// summary). A domain counts as named, placed or owned when a record covering the whole domain
// or one of its hosts says so; a record that is only a path on a shared site (a paper's section
// on a newsstand) does not make the newsstand known.
import { parse } from 'tldts';
import { allRecords, shardFor, toRule, type OutletDirectory } from './directory';
import { linesWithKey } from './sorted-lines';

export interface DirectoryStats {
  records: number;
  /** Registrable domains with an outlet record (whole domain or a host on it). */
  domains: number;
  /** Registrable domains known only from GDELT's coverage figures (no outlet record). */
  coverageOnlyDomains: number;
  /** All registrable domains the directory says anything about. */
  totalDomains: number;
  /** Rules narrower than a domain: a host or a path. */
  hostRules: number;
  pathRules: number;
  withName: number;
  withCountry: number;
  withOwner: number;
  withFounded: number;
  withNameAndCountryOrOwner: number;
  withCoverage: number;
  /** Sites several titles share (a chain's site), with no name of their own. */
  sharedSites: number;
  dissolved: number;
  /** Assessments per rater (each rating of each outlet counts once). */
  assessmentsByRater: Record<string, number>;
  /** Facts per dataset key, across all records. */
  factsBySource: Record<string, number>;
}

export function directoryStats(directory: OutletDirectory): DirectoryStats {
  const perDomain = new Map<string, { name: boolean; country: boolean; owner: boolean; founded: boolean }>();
  let hostRules = 0;
  let pathRules = 0;
  let sharedSites = 0;
  let dissolved = 0;
  const factsBySource: Record<string, number> = {};
  const records = allRecords(directory);
  for (const record of records) {
    if (!record.names.length && record.facts?.titles) sharedSites++;
    if (record.facts?.dissolved) dissolved++;
    for (const list of Object.values(record.facts ?? {})) {
      for (const [, index] of list) {
        const ref = record.sources?.[index] ?? '?';
        // A source written out is a page a hand-written entry cites (an outlet's own site).
        const key = typeof ref === 'string' ? ref.split(':')[0] : 'pages cited by hand-written entries';
        factsBySource[key] = (factsBySource[key] ?? 0) + 1;
      }
    }
    for (const entry of record.domains) {
      const rule = toRule(entry);
      if (rule.pathPrefix) {
        pathRules++;
        continue;
      }
      const domain = parse(rule.domain).domain;
      if (!domain) continue;
      if (domain !== rule.domain) hostRules++;
      const known = perDomain.get(domain) ?? { name: false, country: false, owner: false, founded: false };
      known.name ||= record.names.length > 0;
      known.country ||= !!record.facts?.country;
      known.owner ||= !!record.facts?.owner;
      known.founded ||= !!record.facts?.founded;
      perDomain.set(domain, known);
    }
  }
  let coverageOnlyDomains = 0;
  let withCoverage = 0;
  const counted = new Set<string>();
  for (const line of [...directory.coverage.values()].flatMap((table) => table?.lines ?? [])) {
    const domain = parse(line.slice(0, line.indexOf('\t'))).domain;
    if (!domain || counted.has(domain)) continue;
    counted.add(domain);
    if (perDomain.has(domain)) withCoverage++;
    else coverageOnlyDomains++;
  }
  const assessmentsByRater: Record<string, number> = {};
  // Each rating is written in every shard of its outlet: count it in the shard of the outlet's main site.
  for (const rater of directory.raters.values()) {
    let n = 0;
    for (const record of records) {
      const main = record.domains[0];
      n += linesWithKey(rater.shards.get(shardFor(directory, toRule(main).domain)) ?? [], record.id).length;
    }
    assessmentsByRater[rater.header.by] = (assessmentsByRater[rater.header.by] ?? 0) + n;
  }
  for (const record of records) for (const a of record.assessments ?? []) assessmentsByRater[a.by] = (assessmentsByRater[a.by] ?? 0) + 1;
  const all = [...perDomain.values()];
  return {
    records: records.length,
    domains: perDomain.size,
    coverageOnlyDomains,
    totalDomains: perDomain.size + coverageOnlyDomains,
    hostRules,
    pathRules,
    withName: all.filter((d) => d.name).length,
    withCountry: all.filter((d) => d.country).length,
    withOwner: all.filter((d) => d.owner).length,
    withFounded: all.filter((d) => d.founded).length,
    withNameAndCountryOrOwner: all.filter((d) => d.name && (d.country || d.owner)).length,
    withCoverage,
    sharedSites,
    dissolved,
    assessmentsByRater,
    factsBySource,
  };
}
