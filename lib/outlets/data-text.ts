// Writing and splitting the directory's text files (see data-format.ts). The build writes with
// these; the loader and the tests read with them.
import { parse } from 'tldts';
import {
  COVERAGE_FORMAT,
  DIRECTORY_FORMAT,
  NAMES_FORMAT,
  RATINGS_FORMAT,
  SHARD_FORMAT,
  type CoverageHeader,
  type DirectoryHeader,
  type OutletRecord,
  type RatingRecord,
  type RatingsHeader,
  type ShardHeader,
  type StoredRecord,
} from './data-format';
import { normalizeName } from './names-normalize';
import { shardOf } from './shards';
import { sortByKey } from './sorted-lines';
import type { CoverageFocus, DomainRule } from './types';

/** A rule as a row writes it: 'cnn.com', 'forbes.com/sites/x'. */
export function ruleText(rule: string | DomainRule): string {
  return typeof rule === 'string' ? rule : `${rule.domain}${rule.pathPrefix ?? ''}`;
}

/** 'forbes.com/sites/x' → { domain, pathPrefix }; 'cnn.com' → 'cnn.com'. */
export function ruleFromText(text: string): string | DomainRule {
  const slash = text.indexOf('/');
  return slash < 0 ? text : { domain: text.slice(0, slash), pathPrefix: text.slice(slash) };
}

/** A file's header (its first line, JSON) and its rows. */
export function splitFile<H>(text: string): { header: H; rows: string[] } {
  const end = text.indexOf('\n');
  const header = JSON.parse(end < 0 ? text : text.slice(0, end)) as H;
  const rows = end < 0 ? [] : text.slice(end + 1).split('\n');
  if (rows.length && rows[rows.length - 1] === '') rows.pop();
  return { header, rows };
}

const host = (rule: string | DomainRule) => (typeof rule === 'string' ? rule : rule.domain);

/**
 * The directory's files: its header, and one text per shard holding every record with a domain
 * rule in that shard (a record with domains in several shards is written in each).
 */
export function directoryFiles(header: Omit<DirectoryHeader, 'format'>, records: readonly OutletRecord[]): { header: string; shards: string[] } {
  const rows: string[][] = Array.from({ length: header.shards }, () => []);
  records.forEach(({ id, domains, ...stored }, index) => {
    const row = `${index}\t${id}\t${domains.map(ruleText).join(' ')}\t${JSON.stringify(stored)}`;
    for (const shard of recordShards({ domains }, header.shards)) rows[shard].push(row);
  });
  return {
    header: `${JSON.stringify({ format: DIRECTORY_FORMAT, ...header })}\n`,
    shards: rows.map((list, shard) => `${[JSON.stringify({ format: SHARD_FORMAT, shard } satisfies ShardHeader), ...list].join('\n')}\n`),
  };
}

/** A directory row's parts, without parsing its JSON. */
export function rowParts(row: string): { index: number; id: string; rules: string[]; json: string } {
  const a = row.indexOf('\t');
  const b = row.indexOf('\t', a + 1);
  const c = row.indexOf('\t', b + 1);
  return { index: Number(row.slice(0, a)), id: row.slice(a + 1, b), rules: row.slice(b + 1, c).split(' '), json: row.slice(c + 1) };
}

/** The record in a directory row. */
export function recordFromRow(row: string): OutletRecord {
  const { id, rules, json } = rowParts(row);
  return { id, domains: rules.map(ruleFromText), ...(JSON.parse(json) as StoredRecord) };
}

/**
 * One rater's files, one per shard: each rating is written in every shard its outlet's record is
 * in (`shardsOf`), so the shard a lookup read holds the ratings of the outlets it found.
 */
export function ratingsFiles(
  header: Omit<RatingsHeader, 'format' | 'shard'>,
  ratings: readonly RatingRecord[],
  shardsOf: (outlet: string) => Iterable<number>,
  shards: number,
): string[] {
  const rows: string[][] = Array.from({ length: shards }, () => []);
  for (const { outlet, ...rest } of ratings) {
    const row = `${outlet}\t${JSON.stringify(rest)}`;
    for (const shard of shardsOf(outlet)) rows[shard].push(row);
  }
  return rows.map((list, shard) => `${[JSON.stringify({ format: RATINGS_FORMAT, ...header, shard }), ...sortByKey(list)].join('\n')}\n`);
}

/** The shards a record's rows are written in: one per domain rule's site. */
export function recordShards(record: Pick<OutletRecord, 'domains'>, shards: number): Set<number> {
  return new Set(record.domains.map((rule) => shardOf(host(rule), shards)));
}

export function ratingFromRow(row: string): RatingRecord {
  const tab = row.indexOf('\t');
  return { outlet: row.slice(0, tab), ...(JSON.parse(row.slice(tab + 1)) as Omit<RatingRecord, 'outlet'>) };
}

/** The coverage table's files, one per shard, each sorted by host. */
export function coverageFiles(
  header: Omit<CoverageHeader, 'format' | 'shard'>,
  rows: readonly (CoverageFocus & { host: string })[],
  shards: number,
): string[] {
  const lines: string[][] = Array.from({ length: shards }, () => []);
  for (const r of rows) lines[shardOf(r.host, shards)].push(`${r.host}\t${r.country}\t${r.mentions}\t${r.share}`);
  return lines.map((list, shard) => `${[JSON.stringify({ format: COVERAGE_FORMAT, ...header, shard }), ...sortByKey(list)].join('\n')}\n`);
}

/** The part of a domain-like name before its public suffix: 'Sott.net' → 'sott'; null if not domain-like. */
function domainStem(name: string): string | null {
  if (!/^[\w.-]+\.[a-z]{2,}$/i.test(name.trim())) return null;
  const parsed = parse(name.trim().toLowerCase());
  return parsed.isIcann && parsed.domainWithoutSuffix ? parsed.domainWithoutSuffix : null;
}

/**
 * The names index: every name of every record, normalized, with its tier — 0 the name readers
 * know (names[0]), 1 another or former name, 2 weak (an organization, the stem of a domain-like
 * name) — the record's directory index, id and main host (to read its shard), sorted by name.
 */
export function namesText(records: readonly OutletRecord[]): string {
  const lines: string[] = [];
  records.forEach((record, index) => {
    const tiers = new Map<string, number>();
    const add = (name: string | undefined, tier: number) => {
      const key = name ? normalizeName(name) : '';
      if (key.length >= 2 && !((tiers.get(key) ?? 9) <= tier)) tiers.set(key, tier);
    };
    record.names.forEach((name, i) => add(name, i === 0 ? 0 : 1));
    for (const [organization] of record.facts?.organization ?? []) add(String(organization), 2);
    for (const name of record.names) {
      const stem = domainStem(name);
      if (stem && stem.length >= 4) add(stem, 2);
    }
    const main = record.domains[0];
    const host = typeof main === 'string' ? main : main.domain;
    for (const [key, tier] of tiers) lines.push(`${key}\t${tier}\t${index}\t${record.id}\t${host}`);
  });
  // Within a name: the better tier first, then directory order.
  lines.sort((a, b) => {
    const [ka, ta, ia] = a.split('\t');
    const [kb, tb, ib] = b.split('\t');
    return ka < kb ? -1 : ka > kb ? 1 : Number(ta) - Number(tb) || Number(ia) - Number(ib);
  });
  return `${[JSON.stringify({ format: NAMES_FORMAT }), ...lines].join('\n')}\n`;
}
