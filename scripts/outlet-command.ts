// `npm run -s backstory -- outlet DOMAIN_OR_URL...`: one JSON line per argument, what the shipped
// directory knows of the site: its outlet's profile (every fact with its source, the ratings
// that apply to that page, where its coverage is focused) and how it matched.
// `outlet --stats`: counts of what the directory knows. Also the outlet fields `analyze` prints.
import { resolveOriginalSource, resolveSite, type MatchedBy } from '../lib/outlets/match';
import { directoryStats, type DirectoryStats } from '../lib/outlets/stats';
import { citedOutlets } from '../lib/outlets/cited';
import { displayName, valuesOf } from '../lib/outlets/facts';
import type { Assessment, CoverageFocus, Fact, OutletProfile } from '../lib/outlets/types';
import type { LinkSpan } from '../lib/page/types';
import { shippedDirectory } from './lib/outlet-files';

export type MatchedProfile = OutletProfile & { matchedBy: MatchedBy };

export interface OutletLine {
  /** The argument as given. */
  query: string;
  /** Its registrable domain, or null when it is not a public web address. */
  domain: string | null;
  matchedBy: MatchedBy | null;
  /** The outlet's profile, or null when the directory has no outlet for it. */
  outlet: OutletProfile | null;
  /** Where the site's coverage is focused (GDELT); for a site with no outlet, all that is known. */
  coverage: Fact<CoverageFocus> | null;
}

export function outletLine(query: string): OutletLine {
  const site = resolveSite(query, shippedDirectory());
  return {
    query,
    domain: site.domain || null,
    matchedBy: site.match?.matchedBy ?? null,
    outlet: site.match?.profile ?? null,
    coverage: site.coverage,
  };
}

/** One JSON line per argument (a domain, host or URL). */
export function runOutlet(args: string[]): string[] {
  return args.map((arg) => JSON.stringify(outletLine(arg)));
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '—');

export function formatStats(stats: DirectoryStats, built: string): string {
  const d = stats.domains;
  const rows: [string, string][] = [
    ['domains known', `${stats.totalDomains.toLocaleString('en-US')} registrable domains`],
    ['  with an outlet record', `${d.toLocaleString('en-US')}`],
    ['  with only GDELT coverage', `${stats.coverageOnlyDomains.toLocaleString('en-US')} (shown as "mostly covers", not as an outlet)`],
    ['outlet records', `${stats.records.toLocaleString('en-US')} (${stats.hostRules} host rules, ${stats.pathRules} path rules; ${stats.sharedSites} shared sites)`],
    ['with a name', `${stats.withName.toLocaleString('en-US')} (${pct(stats.withName, d)})`],
    ['with a country', `${stats.withCountry.toLocaleString('en-US')} (${pct(stats.withCountry, d)})`],
    ['with an owner', `${stats.withOwner.toLocaleString('en-US')} (${pct(stats.withOwner, d)})`],
    ['with a founding year', `${stats.withFounded.toLocaleString('en-US')} (${pct(stats.withFounded, d)})`],
    ['name + country or owner', `${stats.withNameAndCountryOrOwner.toLocaleString('en-US')}`],
    ['with GDELT coverage', `${stats.withCoverage.toLocaleString('en-US')}`],
    ['dissolved titles', `${stats.dissolved}`],
  ];
  for (const [by, n] of Object.entries(stats.assessmentsByRater)) rows.push([`assessments: ${by}`, n.toLocaleString('en-US')]);
  for (const [by, n] of Object.entries(stats.factsBySource).sort((a, b) => b[1] - a[1])) rows.push([`facts from ${by}`, n.toLocaleString('en-US')]);
  const width = Math.max(...rows.map(([k]) => k.length));
  return [`Outlet directory (data of ${built}; counts by registrable domain)`, ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
}

/** The `outlet` command; returns the exit status. */
export function outletCommand(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  if (args.includes('--stats')) {
    const directory = shippedDirectory();
    const stats = directoryStats(directory);
    out.write(args.includes('--json') ? `${JSON.stringify(stats)}\n` : `${formatStats(stats, directory.built)}\n`);
    return 0;
  }
  const queries = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--'));
  if (unknown.length || !queries.length) {
    err.write(`${unknown.length ? `unknown option ${unknown[0]}` : 'outlet needs at least one DOMAIN_OR_URL (or --stats)'}\n`);
    return 2;
  }
  for (const line of runOutlet(queries)) out.write(`${line}\n`);
  return 0;
}

/** One cited outlet as `analyze` prints it: who it is, what kind, how it is rated, and the links. */
export interface CitedOutletLine {
  domain: string;
  outlet: string | null;
  name: string;
  matchedBy: MatchedBy | null;
  kind: string[];
  country: string[];
  mostlyCovers: string | null;
  assessments: Pick<Assessment, 'by' | 'aspect' | 'rating' | 'qualifier' | 'asOf'>[];
  links: { text: string; url: string }[];
}

/** The article's external links grouped by outlet, with what the directory knows of each. */
export function citedOutletLines(links: readonly LinkSpan[]): CitedOutletLine[] {
  return citedOutlets(links, shippedDirectory()).map((c) => {
    const p = c.match?.profile;
    return {
      domain: c.domain,
      outlet: p?.id ?? null,
      name: p ? displayName(p) : c.domain,
      matchedBy: c.match?.matchedBy ?? null,
      kind: [...valuesOf(p?.outletType), ...valuesOf(p?.kind)],
      country: valuesOf(p?.country),
      mostlyCovers: c.coverage?.value.country ?? null,
      assessments: (p?.assessments ?? []).map(({ by, aspect, rating, qualifier, asOf }) => ({ by, aspect, rating, ...(qualifier ? { qualifier } : {}), ...(asOf ? { asOf } : {}) })),
      links: c.links.map(({ text, url }) => ({ text, url })),
    };
  });
}

/**
 * The page's outlet and, for a cross-post, the original outlet. `originalOutlet` is null when
 * the original source is the page's own outlet (a site naming itself is not a cross-post).
 */
export function outletFieldsFor(
  pageUrl: string,
  originalSource?: { name?: string; url?: string },
): { outlet: MatchedProfile | null; originalOutlet: OutletProfile | null; outletCoverage: Fact<CoverageFocus> | null } {
  const directory = shippedDirectory();
  const site = resolveSite(pageUrl, directory);
  const outlet = site.match ? { ...site.match.profile, matchedBy: site.match.matchedBy } : null;
  const original = originalSource ? resolveOriginalSource(originalSource, directory) : null;
  return { outlet, originalOutlet: original && original.id !== outlet?.id ? original : null, outletCoverage: site.coverage };
}
