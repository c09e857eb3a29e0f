// A profile assembled from a shipped record for one page: each fact with its source written
// out, the ratings that apply to that page (an assessment of a site's politics pages applies
// there only), and where the site's coverage is focused.
import { coverageFor } from './coverage';
import type { OutletRecord, SourceRef } from './data-format';
import { ratingsOf, shardFor, toRule, type FiledRating, type OutletDirectory } from './directory';
import { parseSite, type SiteTarget } from '../sites';
import { ruleCovers } from './rules';
import { siteHost } from './site-host';
import { creditOf, expandSource } from './sources';
import type { Assessment, CoverageFocus, DomainRule, Fact, FactField, FactSource, OutletProfile } from './types';
import { FACT_FIELDS } from './types';

/** The dataset key GDELT's coverage figures are credited to. */
export const COVERAGE_DATASET = 'gdelt';

const expanded = new WeakMap<OutletDirectory, Map<string, FactSource>>();

function sourceOf(directory: OutletDirectory, ref: SourceRef): FactSource {
  if (typeof ref !== 'string') return ref;
  let cache = expanded.get(directory);
  if (!cache) expanded.set(directory, (cache = new Map()));
  let source = cache.get(ref);
  if (!source) cache.set(ref, (source = expandSource(ref, directory.datasets)));
  return source;
}

/**
 * Whose GDELT figures are the outlet's: the page's host and its parents up to this host (the
 * registrable domain; or only the outlet's own host when it is one host of a shared domain), or
 * null for none (an outlet that is a path on a platform: the figures are the platform's).
 */
export type CoverageScope = string | null;

function assessmentOf(directory: OutletDirectory, { rating, file }: FiledRating): Assessment {
  const { header } = file;
  const dataset = directory.datasets[header.dataset] ?? header.datasetInfo;
  const url = rating.item && dataset.itemUrl ? expandSource(`${header.dataset}:${rating.item}`, directory.datasets).url : dataset.url;
  return {
    by: header.by,
    aspect: rating.aspect,
    rating: rating.rating,
    scale: header.scale,
    ...(rating.asOf ? { asOf: rating.asOf } : {}),
    ...(url ? { url } : {}),
    ...(rating.qualifier ? { qualifier: rating.qualifier } : {}),
    ...(rating.note ? { note: rating.note } : {}),
    ...(rating.appliesTo ? { appliesTo: rating.appliesTo.map(toRule) } : {}),
    ...creditOf(dataset),
  };
}

function applies(rules: readonly (string | DomainRule)[] | undefined, target: SiteTarget | null): boolean {
  if (!rules) return true;
  return !!target && rules.some((rule) => ruleCovers(toRule(rule), target));
}

/** The page a record stands for when no page is given: its main site. */
export function mainTarget(record: OutletRecord): SiteTarget | null {
  const main = record.domains[0];
  if (!main) return null;
  const rule = toRule(main);
  return parseSite(`${rule.domain}${rule.pathPrefix ?? '/'}`);
}

export function coverageFact(directory: OutletDirectory, target: SiteTarget, upTo: CoverageScope): Fact<CoverageFocus> | null {
  const table = directory.coverage.get(shardFor(directory, target.host));
  if (!table || upTo === null) return null;
  const focus = coverageFor(table, siteHost(target), upTo);
  return focus ? { value: focus, source: sourceOf(directory, COVERAGE_DATASET) } : null;
}

/** The profile of `record` as it applies to `target` (default: the record's main site); see CoverageScope. */
export function profileOf(
  directory: OutletDirectory,
  record: OutletRecord,
  target: SiteTarget | null = mainTarget(record),
  coverage: CoverageScope = target?.domain ?? null,
): OutletProfile {
  const profile: OutletProfile = {
    id: record.id,
    names: record.names,
    domains: record.domains,
    ...(record.excludes ? { excludes: record.excludes } : {}),
    assessments: [],
    origin: 'directory',
  };
  for (const field of FACT_FIELDS) {
    const facts = record.facts?.[field];
    if (!facts?.length) continue;
    (profile as unknown as Record<FactField, Fact<unknown>[]>)[field] = facts.map(([value, index]) => ({
      value,
      source: sourceOf(directory, record.sources?.[index] ?? 'unknown'),
    }));
  }
  const written = (record.assessments ?? []).filter((a) => applies(a.appliesTo, target));
  // The shard the record was found in (or, for a record found by name, its main site's) holds its ratings.
  const where = target ?? mainTarget(record);
  const rated = where ? ratingsOf(directory, record.id, shardFor(directory, where.host)).filter((r) => applies(r.rating.appliesTo, target)) : [];
  profile.assessments = [...written, ...rated.map((r) => assessmentOf(directory, r))];
  const focus = target ? coverageFact(directory, target, coverage) : null;
  if (focus) profile.coverage = focus;
  return profile;
}

