// Writing the shipped files: records and ratings checked against their schemas first, one record
// per line so a rebuild's diff shows what changed.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeName } from '../../lib/outlets/directory';
import { OUTLET_FILES, type DirectoryData, type OutletRecord, type RatingRecord, type SourceRef } from '../../lib/outlets/data-format';
import { coverageFiles, directoryFiles, namesText, ratingsFiles, recordShards } from '../../lib/outlets/data-text';
import { SHARD_COUNT } from '../../lib/outlets/shards';
import { OutletRecordSchema, problemsWith, RatingRecordSchema, sourceIndexProblems } from '../../lib/outlets/file-schema';
import { FACT_FIELDS, type DomainRule } from '../../lib/outlets/types';
import type { ClaimRating } from './claims';
import { DATASETS, type DatasetKey } from './datasets';
import type { Draft } from './merge';
import { COVERAGE_THRESHOLD, type CoverageRow } from './sources/gdelt';

const readerName = (title: string) => title.replace(/\s*\([^)]*\)\s*$/, '').trim();

function covers(outer: DomainRule, inner: DomainRule): boolean {
  const hostUnder = inner.domain === outer.domain || inner.domain.endsWith(`.${outer.domain}`);
  if (!hostUnder) return false;
  if (!outer.pathPrefix) return true;
  const p = inner.pathPrefix ?? '';
  return p === outer.pathPrefix || p.startsWith(`${outer.pathPrefix}/`);
}

export function recordOf(draft: Draft): OutletRecord {
  const sources: SourceRef[] = [];
  const keys: string[] = [];
  const indexOf = (ref: SourceRef) => {
    const key = JSON.stringify(ref);
    const at = keys.indexOf(key);
    if (at >= 0) return at;
    keys.push(key);
    return sources.push(ref) - 1;
  };
  const facts: OutletRecord['facts'] = {};
  for (const field of FACT_FIELDS) {
    const list = draft.facts[field];
    if (list?.length) facts[field] = list.map(([value, ref]) => [value, indexOf(ref)]);
  }
  return {
    id: draft.id,
    names: draft.shared ? [] : draft.names,
    domains: draft.rules.map((r) => (r.pathPrefix ? { domain: r.domain, pathPrefix: r.pathPrefix } : r.domain)),
    ...(draft.excludes ? { excludes: draft.excludes } : {}),
    ...(sources.length ? { sources } : {}),
    ...(Object.keys(facts).length ? { facts } : {}),
    ...(draft.assessments.length ? { assessments: draft.assessments } : {}),
  };
}

/**
 * A rating as shipped. It covers the whole outlet when one of the rater's rules covers the
 * outlet's main site; otherwise only the hosts and paths the rater gave (Rolling Stone's
 * politics pages, Deutsche Welle's English site).
 */
export function ratingOf(draft: Draft, rating: ClaimRating): RatingRecord {
  const main = draft.rules[0];
  const whole = !rating.rules.length || rating.rules.some((r) => covers(r, main));
  // When one outlet holds several of the rater's entries ('Bild', 'Bild am Sonntag'), say which.
  const known = new Set(draft.names.map(normalizeName));
  const title = rating.title && draft.names.length && !known.has(normalizeName(readerName(rating.title))) && !known.has(normalizeName(rating.title)) ? rating.title : undefined;
  const qualifier = [title, rating.qualifier].filter(Boolean).join(' ');
  return {
    outlet: draft.id,
    aspect: rating.aspect,
    rating: rating.rating,
    ...(qualifier ? { qualifier } : {}),
    ...(rating.asOf ? { asOf: rating.asOf } : {}),
    ...(rating.item ? { item: rating.item } : {}),
    ...(rating.note ? { note: rating.note } : {}),
    ...(whole ? {} : { appliesTo: rating.rules.map((r) => (r.pathPrefix ? { domain: r.domain, pathPrefix: r.pathPrefix } : r.domain)) }),
  };
}

function check(what: string, problems: string[]): void {
  if (problems.length) throw new Error(`${what}: ${problems.slice(0, 5).join('; ')}`);
}

export interface Written {
  /** Every file written, by its path under public/outlets/. */
  files: Map<string, string>;
  /** The same as loaded data, for the build's own counts. */
  data: DirectoryData;
}

export function writeOutletFiles(
  outDir: string,
  drafts: Draft[],
  raters: { dataset: DatasetKey; by: string; scale: string; folder: string }[],
  coverage: CoverageRow[],
  built: string,
): Written {
  // A site no source names or describes (a shared site whose titles have no name) says nothing.
  const kept = drafts.filter((d) => d.names.length || Object.keys(d.facts).length || d.ratings.length || d.assessments.length);
  const records = kept.map(recordOf);
  for (const record of records) {
    check(`record ${JSON.stringify(record).slice(0, 300)}`, [...problemsWith(OutletRecordSchema, record), ...sourceIndexProblems(record)]);
  }
  const files = new Map<string, string>();
  const directory = directoryFiles({ built, shards: SHARD_COUNT, datasets: DATASETS }, records);
  files.set(OUTLET_FILES.header, directory.header);
  directory.shards.forEach((text, shard) => files.set(OUTLET_FILES.directoryShard(shard), text));
  files.set(OUTLET_FILES.names, namesText(records));

  const ratings: string[] = [];
  const shardsById = new Map(records.map((r) => [r.id, recordShards(r, SHARD_COUNT)]));
  for (const rater of raters) {
    const rows = kept.flatMap((d) => d.ratings.filter((r) => r.dataset === rater.dataset).map((r) => ratingOf(d, r.rating)));
    for (const row of rows) check(`${rater.folder} rating of ${row.outlet}`, problemsWith(RatingRecordSchema, row));
    const texts = ratingsFiles(
      { dataset: rater.dataset, datasetInfo: DATASETS[rater.dataset], by: rater.by, scale: rater.scale },
      rows,
      (outlet) => shardsById.get(outlet) ?? [],
      SHARD_COUNT,
    );
    texts.forEach((text, shard) => files.set(OUTLET_FILES.ratingsShard(rater.folder, shard), text));
    ratings.push(...texts);
  }

  const coverageShards = coverageFiles({ dataset: 'gdelt', datasetInfo: DATASETS.gdelt, threshold: { ...COVERAGE_THRESHOLD } }, coverage, SHARD_COUNT);
  coverageShards.forEach((text, shard) => files.set(OUTLET_FILES.coverageShard(shard), text));

  // The output folder holds exactly what this build wrote (and the licences copied beside it).
  for (const sub of ['directory', 'coverage-gdelt', ...OUTLET_FILES.raters]) rmSync(path.join(outDir, sub), { recursive: true, force: true });
  for (const old of readdirSync(outDir, { withFileTypes: true })) if (old.isFile() && /\.(?:tsv|json)$/.test(old.name)) rmSync(path.join(outDir, old.name));
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), text);
  }
  return {
    files,
    data: {
      header: directory.header,
      ratings,
      shards: new Map(directory.shards.map((text, shard) => [shard, text])),
      coverage: new Map(coverageShards.map((text, shard) => [shard, text])),
      names: files.get(OUTLET_FILES.names),
    },
  };
}
