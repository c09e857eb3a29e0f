// The shipped directory files (public/outlets/, written by `npm run build:outlets`). The
// directory is split into shards by site (shards.ts): the first lookup after a worker starts
// reads the header and the one shard its site falls in.
//   directory.json             the header: date, number of shards, the dataset table
//   directory/NN.tsv           a JSON header line, then one row per record on a site of that shard:
//                              index \t id \t domain rules ('cnn.com forbes.com/sites/x') \t record JSON
//                              (a record with domains in several shards is in each of them)
//   coverage-gdelt/NN.tsv      a JSON header line, then host \t country \t mentions \t share, sorted
//   ratings-<rater>/NN.tsv     a JSON header line, then outlet id \t rating JSON, sorted by id, for
//                              the outlets in that shard (one folder per rater, so each rater's
//                              licence travels with its data and the rater can be left out whole)
//   names.tsv                  a JSON header line, then normalized name \t tier \t index \t id \t
//                              main host, sorted: read only to resolve an outlet named in a byline
// Rows are split into lines when a shard is read; a record's JSON is parsed only when a lookup
// lands on it. A record lists its sources once ('wikidata:Q42' → the dataset 'wikidata', item
// Q42) and each fact names one by index; the dataset table gives label, date, link and credit once.
import type { Assessment, AssessmentAspect, DomainRule, FactField, FactSource } from './types';
import { shardName } from './shards';

export const DIRECTORY_FORMAT = 'backstory-outlets/3';
export const SHARD_FORMAT = 'backstory-outlet-shard/1';
export const RATINGS_FORMAT = 'backstory-ratings/3';
export const COVERAGE_FORMAT = 'backstory-coverage/2';

/** The files of the directory, as the loader is asked for them (relative to public/outlets/). */
export const OUTLET_FILES = {
  header: 'directory.json',
  directoryShard: (shard: number) => `directory/${shardName(shard)}.tsv`,
  coverageShard: (shard: number) => `coverage-gdelt/${shardName(shard)}.tsv`,
  raters: ['ratings-wikipedia-rsp', 'ratings-opensources'],
  ratingsShard: (rater: string, shard: number) => `${rater}/${shardName(shard)}.tsv`,
  names: 'names.tsv',
} as const;

export const NAMES_FORMAT = 'backstory-outlet-names/1';

/** One source dataset: what to call it, how old it is, where it came from, how to credit it. */
export interface DatasetInfo {
  /** Short label shown beside a fact, e.g. 'Wikidata'. */
  label: string;
  /** What the dataset is, e.g. 'Wikidata: newspapers with an official website'. */
  title: string;
  /** The credit line its licence asks for (or that is polite, for CC0). */
  credit: string;
  licence: string;
  licenceUrl: string;
  /** Where the data was taken from (a repository at a commit, or the publisher's site). */
  url: string;
  /** Date of the data: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  asOf: string;
  /** Link to one item, '{id}' replaced by the item's id: 'https://www.wikidata.org/wiki/{id}'. */
  itemUrl?: string;
}

/** 'dataset' or 'dataset:item' (item filled into the dataset's itemUrl), or a source written out. */
export type SourceRef = string | FactSource;

/** A fact as shipped: its value and the index of its source in the record's `sources`. */
export type RecordFact = [value: string | number, source: number];

/** One outlet (or one shared site). */
export interface OutletRecord {
  id: string;
  names: string[];
  domains: (string | DomainRule)[];
  excludes?: DomainRule[];
  /** The sources the record's facts cite, each once; a fact names one by its index. */
  sources?: SourceRef[];
  facts?: Partial<Record<FactField, RecordFact[]>>;
  /** Assessments written out in full (hand-written data, tests); shipped ratings live in ratings files. */
  assessments?: Assessment[];
}

/** A record as its row's JSON holds it: index, id and domains are the row's first columns. */
export type StoredRecord = Omit<OutletRecord, 'id' | 'domains'>;

export interface DirectoryHeader {
  format: typeof DIRECTORY_FORMAT;
  /** Date of the corpus the directory was built from, 'YYYY-MM-DD'. */
  built: string;
  /** How many shards directory/ and coverage-gdelt/ hold. */
  shards: number;
  /** Every dataset the directory, its coverage and its ratings files draw on. */
  datasets: Record<string, DatasetInfo>;
}

export interface ShardHeader {
  format: typeof SHARD_FORMAT;
  shard: number;
}

/** One rater's published judgement of one outlet. */
export interface RatingRecord {
  /** The OutletRecord id it belongs to. */
  outlet: string;
  aspect: AssessmentAspect;
  rating: string;
  qualifier?: string;
  asOf?: string;
  /** The item id for the dataset's itemUrl (e.g. the RSP entry's shortcut). */
  item?: string;
  note?: string;
  /** Only pages under these hosts or paths; absent: every page of the outlet. */
  appliesTo?: (string | DomainRule)[];
}

/** One rater's file header: kept apart so each rater's licence travels with its data. */
export interface RatingsHeader {
  format: typeof RATINGS_FORMAT;
  shard: number;
  /** Key of the dataset (also in the directory's dataset table). */
  dataset: string;
  datasetInfo: DatasetInfo;
  /** Who rates, as the panel names them, e.g. "Wikipedia's perennial sources list". */
  by: string;
  /** The rater's scale in its own words. */
  scale: string;
}

export interface CoverageHeader {
  format: typeof COVERAGE_FORMAT;
  shard: number;
  dataset: string;
  datasetInfo: DatasetInfo;
  /** Only sites with at least this many place mentions and this share for the leading country. */
  threshold: { minMentions: number; minShare: number };
}

/** What the loader read, as text, before indexing: the header, and the shards read so far. */
export interface DirectoryData {
  header: string;
  /** Rater shard files read so far (each says its rater and shard). */
  ratings?: string[];
  /** Directory shards by number (all of them, or the ones read so far). */
  shards?: ReadonlyMap<number, string>;
  /** Coverage shards by number; an absent or empty one means no coverage there. */
  coverage?: ReadonlyMap<number, string>;
  /** The names index, when read. */
  names?: string;
}
