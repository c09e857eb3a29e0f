// The outlet directory as loaded: its header (the dataset table) and the shards read so far
// (shards.ts) of the records, the coverage table and each rater's ratings. A shard read is split
// into lines and its rows are filed by host, reading only each row's rule column; a record's JSON
// is parsed when a lookup lands on it.
// Lookups are synchronous on the shards they need: the caller reads them first (load.ts).
import { parseCoverage, type CoverageTable } from './coverage';
import {
  DIRECTORY_FORMAT,
  RATINGS_FORMAT,
  SHARD_FORMAT,
  type DatasetInfo,
  type DirectoryData,
  type DirectoryHeader,
  type OutletRecord,
  type RatingRecord,
  type RatingsHeader,
  type ShardHeader,
} from './data-format';
import { directoryFiles, namesText, ratingFromRow, recordFromRow, rowParts, ruleFromText, splitFile } from './data-text';
import { stripMirrorLabel } from '../sites/mirror-label';
import { shardOf, SHARD_COUNT } from './shards';
import { linesWithKey } from './sorted-lines';
import type { DomainRule, FactField, FactSource, OutletProfile } from './types';
import { FACT_FIELDS } from './types';

/** One domain rule of one record, filed under its host. */
export interface DomainCandidate {
  /** The record's place in directory order (hand-written entries first). */
  index: number;
  shard: number;
  /** The record's row in its shard. */
  row: number;
  /** The rule's host, lower case, without a www./m./amp. label, e.g. 'globalresearch.ca', 'blogs.example.com'. */
  host: string;
  /** Lower-case path prefix for path-scoped rules. */
  pathPrefix?: string;
  /** Index in record.domains; 0 is the outlet's main site, later ones are aliases. */
  position: number;
}

interface Shard {
  rows: readonly string[];
  byHost: ReadonlyMap<string, readonly DomainCandidate[]>;
}

/** One rater's shards read so far: the header (the same in each) and each shard's rows, sorted by outlet id. */
export interface RaterFile {
  header: RatingsHeader;
  shards: Map<number, readonly string[]>;
}

/** A rating with the rater it came from. */
export interface FiledRating {
  rating: RatingRecord;
  file: RaterFile;
}

export interface OutletDirectory {
  datasets: Readonly<Record<string, DatasetInfo>>;
  /** Date of the corpus the directory was built from. */
  built: string;
  shardCount: number;
  /** Directory shards read so far, by number. */
  shards: Map<number, Shard>;
  /** Coverage shards read so far (null: read, and empty or missing). */
  coverage: Map<number, CoverageTable | null>;
  /** Each rater (by dataset key) whose shards have been read. */
  raters: Map<string, RaterFile>;
  /** Parsed records by id, filled as lookups need them. */
  records: Map<string, OutletRecord>;
  /** Parsed ratings by outlet id, filled as lookups need them. */
  ratings: Map<string, FiledRating[]>;
  /** The names index's lines (names.tsv), once read: only to resolve an outlet named in a byline. */
  names?: readonly string[];
}

/** A rule as written in data: 'cnn.com' or { domain, pathPrefix }. */
export function toRule(entry: string | DomainRule): DomainRule {
  return typeof entry === 'string' ? { domain: entry } : entry;
}

/** The identity of a rule for duplicate checks: 'cnn.com' or 'forbes.com/sites/x'. */
export function ruleKey(entry: string | DomainRule): string {
  const rule = toRule(entry);
  return `${stripMirrorLabel(rule.domain.toLowerCase())}${rule.pathPrefix?.toLowerCase() ?? ''}`;
}

export { normalizeName } from './names-normalize';

function readShard(text: string, expected: number): Shard {
  const { header, rows } = splitFile<ShardHeader>(text);
  if (header.format !== SHARD_FORMAT || header.shard !== expected) throw new Error(`outlet shard ${expected} is not the expected file`);
  const byHost = new Map<string, DomainCandidate[]>();
  rows.forEach((line, row) => {
    const { index, rules } = rowParts(line);
    rules.forEach((text, position) => {
      const rule = ruleFromText(text);
      const host = stripMirrorLabel((typeof rule === 'string' ? rule : rule.domain).toLowerCase());
      let list = byHost.get(host);
      if (!list) byHost.set(host, (list = []));
      list.push({ index, shard: expected, row, host, position, ...(typeof rule === 'string' ? {} : { pathPrefix: rule.pathPrefix!.toLowerCase() }) });
    });
  });
  return { rows, byHost };
}

/** Indexes loaded data. Pure: the caller reads the files (see load.ts). */
export function buildDirectory(data: DirectoryData): OutletDirectory {
  const header = JSON.parse(data.header) as DirectoryHeader;
  if (header.format !== DIRECTORY_FORMAT) throw new Error(`unknown outlet directory format ${String(header.format)}`);
  const directory: OutletDirectory = {
    datasets: { ...header.datasets },
    built: header.built,
    shardCount: header.shards,
    shards: new Map(),
    coverage: new Map(),
    raters: new Map(),
    records: new Map(),
    ratings: new Map(),
  };
  for (const text of data.ratings ?? []) addRatingsShard(directory, text);
  for (const [shard, text] of data.shards ?? []) addShard(directory, shard, text);
  for (const [shard, text] of data.coverage ?? []) addCoverageShard(directory, shard, text);
  if (data.names !== undefined) addNames(directory, data.names);
  return directory;
}

/** One shard of one rater's ratings; a damaged file costs that rater's ratings there, not the directory. */
export function addRatingsShard(directory: OutletDirectory, text: string): void {
  let file: { header: RatingsHeader; rows: string[] };
  try {
    file = splitFile<RatingsHeader>(text);
  } catch {
    return;
  }
  const { header } = file;
  if (header.format !== RATINGS_FORMAT) return;
  let rater = directory.raters.get(header.dataset);
  if (!rater) directory.raters.set(header.dataset, (rater = { header, shards: new Map() }));
  rater.shards.set(header.shard, file.rows);
  // Each rater's files bring its dataset entry, so a rater added alone still credits its source.
  (directory.datasets as Record<string, DatasetInfo>)[header.dataset] ??= header.datasetInfo;
}

export function addShard(directory: OutletDirectory, shard: number, text: string): void {
  if (!directory.shards.has(shard)) directory.shards.set(shard, readShard(text, shard));
}

/** A coverage shard's text; '' for one that is missing (no coverage there). */
export function addCoverageShard(directory: OutletDirectory, shard: number, text: string): void {
  if (!directory.coverage.has(shard)) directory.coverage.set(shard, text ? parseCoverage(text) : null);
}

export function addNames(directory: OutletDirectory, text: string): void {
  directory.names ??= text ? splitFile(text).rows : [];
}

/** The shard a host's records and coverage are in. */
export function shardFor(directory: OutletDirectory, host: string): number {
  return shardOf(host, directory.shardCount);
}

function loadedShard(directory: OutletDirectory, host: string): Shard {
  const shard = shardFor(directory, host);
  const loaded = directory.shards.get(shard);
  if (!loaded) throw new Error(`outlet shard ${shard} for ${host} was not read (see load.ts: readShardsFor)`);
  return loaded;
}

/** The rules naming exactly this host (no www.), in directory order. */
export function candidatesForHost(directory: OutletDirectory, host: string): readonly DomainCandidate[] {
  return loadedShard(directory, host).byHost.get(host) ?? [];
}

/** The record a candidate rule belongs to, parsed once. */
export function recordOf(directory: OutletDirectory, candidate: DomainCandidate): OutletRecord {
  const line = directory.shards.get(candidate.shard)!.rows[candidate.row];
  const id = rowParts(line).id;
  let record = directory.records.get(id);
  if (!record) directory.records.set(id, (record = recordFromRow(line)));
  return record;
}

/** Whether every shard has been read (counts, names, tests). */
export function allShardsRead(directory: OutletDirectory): boolean {
  return directory.shards.size === directory.shardCount;
}

/** Every record once, in directory order (needs every shard read: for counts and tests, not lookups). */
export function allRecords(directory: OutletDirectory): OutletRecord[] {
  if (!allShardsRead(directory)) throw new Error('allRecords needs every outlet shard read');
  const byIndex = new Map<number, OutletRecord>();
  for (const shard of directory.shards.values()) {
    shard.rows.forEach((line) => {
      const { index, id } = rowParts(line);
      if (byIndex.has(index)) return;
      let record = directory.records.get(id);
      if (!record) directory.records.set(id, (record = recordFromRow(line)));
      byIndex.set(index, record);
    });
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, record]) => record);
}

/** A record by id, among the shards read. */
export function recordById(directory: OutletDirectory, id: string): OutletRecord | null {
  const known = directory.records.get(id);
  if (known) return known;
  for (const shard of directory.shards.values()) {
    for (const line of shard.rows) if (rowParts(line).id === id) return recordFromRow(line);
  }
  return null;
}

/** The ratings of one outlet, from a shard its record is in (every such shard holds them all). */
export function ratingsOf(directory: OutletDirectory, id: string, shard: number): FiledRating[] {
  let found = directory.ratings.get(id);
  if (!found) {
    found = [...directory.raters.values()].flatMap((file) =>
      linesWithKey(file.shards.get(shard) ?? [], id).map((line) => ({ rating: ratingFromRow(line), file })),
    );
    // Remembered only once that shard's records (read with its ratings) are in: before that the
    // answer would be an empty list that is not true.
    if (directory.shards.has(shard)) directory.ratings.set(id, found);
  }
  return found;
}

export interface DirectoryDuplicates {
  /** Rule keys ('cnn.com', 'forbes.com/sites/x') claimed more than once, with who claims them. */
  domains: { key: string; ids: string[] }[];
  /** Record ids used more than once. */
  ids: string[];
}

/** Every domain rule and id that appears twice, across all the given records (and within one). */
export function findDuplicates(records: readonly Pick<OutletRecord, 'id' | 'domains'>[]): DirectoryDuplicates {
  const owners = new Map<string, string[]>();
  const ids = new Map<string, number>();
  for (const record of records) {
    ids.set(record.id, (ids.get(record.id) ?? 0) + 1);
    for (const entry of record.domains) {
      const key = ruleKey(entry);
      owners.set(key, [...(owners.get(key) ?? []), record.id]);
    }
  }
  return {
    domains: [...owners].filter(([, who]) => who.length > 1).map(([key, who]) => ({ key, ids: who })),
    ids: [...ids].filter(([, n]) => n > 1).map(([id]) => id),
  };
}

/** A record holding a profile's facts with their sources written out (tests, hand-written data). */
export function recordFromProfile(profile: OutletProfile): OutletRecord {
  const facts: OutletRecord['facts'] = {};
  const sources: FactSource[] = [];
  const indexOf = (source: FactSource) => {
    const at = sources.indexOf(source);
    return at >= 0 ? at : sources.push(source) - 1;
  };
  for (const field of FACT_FIELDS) {
    const list = profile[field as FactField];
    if (list?.length) facts[field] = list.map((fact) => [fact.value, indexOf(fact.source)]);
  }
  return {
    id: profile.id,
    names: profile.names,
    domains: profile.domains,
    ...(profile.excludes ? { excludes: profile.excludes } : {}),
    ...(sources.length ? { sources } : {}),
    ...(Object.keys(facts).length ? { facts } : {}),
    ...(profile.assessments.length ? { assessments: profile.assessments } : {}),
  };
}

/** A directory of the given records alone, every shard read (tests, hand-written data). */
export function directoryOfRecords(
  records: readonly OutletRecord[],
  extra: { datasets?: Record<string, DatasetInfo>; ratings?: string[]; coverage?: string[]; shards?: number } = {},
): OutletDirectory {
  // `ratings`: every shard file of each rater (data-text.ts ratingsFiles).
  const shards = extra.shards ?? SHARD_COUNT;
  const files = directoryFiles({ built: '2026-01-01', shards, datasets: extra.datasets ?? {} }, records);
  return buildDirectory({
    header: files.header,
    names: namesText(records),
    ratings: extra.ratings ?? [],
    shards: new Map(files.shards.map((text, shard) => [shard, text])),
    coverage: new Map(Array.from({ length: shards }, (_, shard) => [shard, extra.coverage?.[shard] ?? ''])),
  });
}

/** A directory of the given profiles alone, with no coverage or ratings files. */
export function directoryFromProfiles(profiles: readonly OutletProfile[], datasets: Record<string, DatasetInfo> = {}): OutletDirectory {
  return directoryOfRecords(profiles.map(recordFromProfile), { datasets });
}
