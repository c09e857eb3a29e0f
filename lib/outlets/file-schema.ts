// Valibot schemas for the shipped directory files (data-format.ts). The build checks every row
// against them before writing, and the unit tests check the files in the repository, so a
// malformed row never ships. Not used at load time: the files are ours and loading stays fast.
import * as v from 'valibot';
import { COVERAGE_FORMAT, DIRECTORY_FORMAT, RATINGS_FORMAT } from './data-format';
import {
  ASPECTS,
  countryCode,
  date,
  DomainRuleSchema,
  domainName,
  ExcludeRuleSchema,
  FactSourceSchema,
  httpsUrl,
  OUTLET_TYPES,
  OWNERSHIP_TYPES,
  text,
  year,
  AssessmentSchema,
} from './schema';

const DATASET_KEY = /^[a-z][a-z\d-]*$/;

export const SourceRefSchema = v.union([
  v.pipe(v.string(), v.regex(/^[a-z][a-z\d-]*(?::\S.*)?$/, "a source reference is 'dataset' or 'dataset:item'"), v.maxLength(300)),
  FactSourceSchema,
]);

const sourceIndex = v.pipe(v.number(), v.integer(), v.minValue(0));
const recordFacts = <T extends v.GenericSchema>(value: T) =>
  v.optional(v.pipe(v.array(v.strictTuple([value, sourceIndex])), v.minLength(1, 'leave out a field with no facts')));

export const OutletRecordSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z\d][a-z\d._-]{0,99}$/, 'id must be lower-case letters, digits, . _ -')),
  names: v.array(text(300)),
  domains: v.pipe(v.array(v.union([domainName(false), DomainRuleSchema])), v.minLength(1, 'needs at least one domain')),
  excludes: v.optional(v.array(ExcludeRuleSchema)),
  sources: v.optional(v.pipe(v.array(SourceRefSchema), v.minLength(1))),
  facts: v.optional(
    v.strictObject({
      listedAs: recordFacts(text(300)),
      organization: recordFacts(text(300)),
      country: recordFacts(countryCode),
      region: recordFacts(text(200)),
      city: recordFacts(text(200)),
      founded: recordFacts(year),
      dissolved: recordFacts(year),
      owner: recordFacts(text(300)),
      ownershipType: recordFacts(v.picklist(OWNERSHIP_TYPES)),
      outletType: recordFacts(v.picklist(OUTLET_TYPES)),
      kind: recordFacts(text(200)),
      titles: recordFacts(text(300)),
      notes: recordFacts(text(1_000)),
    }),
  ),
  assessments: v.optional(v.array(AssessmentSchema)),
});

/** Problems a schema cannot see: a fact citing a source the record does not list. */
export function sourceIndexProblems(record: { sources?: unknown[]; facts?: Record<string, [unknown, number][] | undefined> }): string[] {
  const count = record.sources?.length ?? 0;
  return Object.entries(record.facts ?? {}).flatMap(([field, list]) =>
    (list ?? []).flatMap(([, index], i) => (index < count ? [] : [`facts.${field}.${i}: source ${index} is not in sources (${count})`])),
  );
}

export const DatasetInfoSchema = v.strictObject({
  label: text(100),
  title: text(300),
  credit: text(500),
  licence: text(100),
  licenceUrl: httpsUrl,
  url: httpsUrl,
  asOf: date('asOf'),
  itemUrl: v.optional(v.pipe(v.string(), v.startsWith('https://'), v.includes('{id}'))),
});

export const DirectoryHeaderSchema = v.strictObject({
  format: v.literal(DIRECTORY_FORMAT),
  built: date('built'),
  shards: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1024)),
  datasets: v.record(v.pipe(v.string(), v.regex(DATASET_KEY)), DatasetInfoSchema),
});

export const RatingRecordSchema = v.strictObject({
  outlet: v.pipe(v.string(), v.nonEmpty()),
  aspect: v.picklist(ASPECTS),
  rating: text(200),
  qualifier: v.optional(text(300)),
  asOf: v.optional(date('asOf')),
  item: v.optional(text(300)),
  note: v.optional(text(5_000)),
  appliesTo: v.optional(v.pipe(v.array(v.union([domainName(false), DomainRuleSchema])), v.minLength(1))),
});

export const RatingsHeaderSchema = v.strictObject({
  format: v.literal(RATINGS_FORMAT),
  shard: v.pipe(v.number(), v.integer(), v.minValue(0)),
  dataset: v.pipe(v.string(), v.regex(DATASET_KEY)),
  datasetInfo: DatasetInfoSchema,
  by: text(200),
  scale: text(300),
});

export const CoverageHeaderSchema = v.strictObject({
  format: v.literal(COVERAGE_FORMAT),
  shard: v.pipe(v.number(), v.integer(), v.minValue(0)),
  dataset: v.pipe(v.string(), v.regex(DATASET_KEY)),
  datasetInfo: DatasetInfoSchema,
  threshold: v.strictObject({ minMentions: v.pipe(v.number(), v.integer(), v.minValue(1)), minShare: v.pipe(v.number(), v.minValue(0), v.maxValue(1)) }),
});

/** A coverage row: host, ISO country, mentions, share. */
export const COVERAGE_ROW = /^[a-z\d.-]+\t[A-Z]{2}\t[1-9]\d*\t(?:0(?:\.\d+)?|1)$/;

/** Problems with one value against a schema, as readable lines ('facts.country.0.0: …'). */
export function problemsWith(schema: v.GenericSchema, value: unknown): string[] {
  const result = v.safeParse(schema, value);
  if (result.success) return [];
  return result.issues.map((issue) => {
    const inner = issue.issues?.find((sub) => sub.kind === 'validation') ?? issue;
    const path = v.getDotPath(inner) ?? v.getDotPath(issue);
    return path ? `${path}: ${inner.message}` : inner.message;
  });
}
