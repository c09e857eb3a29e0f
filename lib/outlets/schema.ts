// A valibot schema for OutletProfile, strict enough to catch the typos hand-written directory
// data tends to have: a misspelled field name (objects are strict), a country written 'UK' or
// 'ca', a founding year of 20001, an aspect 'reliable', an http:// or relative source URL, a
// domain written with its scheme, path, upper case or www. prefix. The shipped files' own
// schema (records that refer to their sources) is in file-schema.ts.
import * as v from 'valibot';
import { parseSite } from '../sites';
import type { OutletProfile } from './types';

const OLDEST_FOUNDING = 1600; // the first printed newspapers; nothing in the directory is older

export const text = (max: number) =>
  v.pipe(
    v.string(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max),
    v.check((s) => s === s.trim(), 'must not start or end with spaces'),
  );

export const httpsUrl = v.pipe(
  v.string(),
  v.maxLength(2_000),
  v.check((s) => {
    try {
      const url = new URL(s);
      return url.protocol === 'https:' && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'must be an absolute https:// URL'),
);

const HOST = /^(?=.{1,253}$)(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z\d-]{2,63}$/;

/** A lower-case host under a public suffix, without scheme, port, path or a leading www. */
export const domainName = (allowWildcard: boolean) =>
  v.pipe(
    v.string(),
    v.check((s) => HOST.test(allowWildcard ? s.replace(/^\*\./, '') : s), 'must be a lower-case domain without scheme, path or port'),
    v.check((s) => !/^www\d*\./.test(s), 'drop the leading www. (subdomains match by themselves)'),
    v.check((s) => parseSite(s.replace(/^\*\./, '')) !== null, 'is not under a known public suffix'),
  );

export const pathPrefix = v.pipe(
  v.string(),
  v.regex(/^\/[^?#\s]*$/, "must start with '/' and have no query, fragment or spaces"),
  v.check((s) => s.length > 1, "must be longer than '/' (leave it out for the whole domain)"),
  v.check((s) => s === s.toLowerCase(), 'must be lower case (paths match case-insensitively)'),
);

export const DomainRuleSchema = v.strictObject({ domain: domainName(false), pathPrefix: v.optional(pathPrefix) });
export const ExcludeRuleSchema = v.strictObject({ domain: domainName(true), pathPrefix: v.optional(pathPrefix) });

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
export const date = (what: string) => v.pipe(v.string(), v.regex(DATE, `${what} must be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'`));

export const FactSourceSchema = v.strictObject({
  label: text(200),
  url: v.optional(httpsUrl),
  asOf: v.optional(date('asOf')),
  credit: v.optional(text(500)),
  licenceUrl: v.optional(httpsUrl),
});

const fact = <T extends v.GenericSchema>(value: T) => v.strictObject({ value, source: FactSourceSchema });
/** A list of facts: one per source, side by side when they disagree. */
const facts = <T extends v.GenericSchema>(value: T) => v.optional(v.pipe(v.array(fact(value)), v.minLength(1, 'leave out a field with no facts')));

export const COUNTRY = /^[A-Z]{2}$/;
export const countryCode = v.pipe(v.string(), v.regex(COUNTRY, 'country must be an ISO 3166-1 alpha-2 code like CA'));
export const year = v.pipe(v.number(), v.integer(), v.minValue(OLDEST_FOUNDING), v.maxValue(new Date().getFullYear()));

export const OWNERSHIP_TYPES = ['public-company', 'private', 'nonprofit', 'state', 'public-broadcaster', 'individual', 'cooperative'] as const;
export const OUTLET_TYPES = [
  'newspaper',
  'broadcaster',
  'wire',
  'magazine',
  'digital',
  'blog',
  'think-tank',
  'aggregator',
  'state-media',
  'fact-checker',
] as const;
export const ASPECTS = ['reliability', 'bias', 'satire', 'state-media', 'opinion', 'content'] as const;

export const AssessmentSchema = v.strictObject({
  by: text(200),
  aspect: v.picklist(ASPECTS, `aspect must be one of ${ASPECTS.join(', ')}`),
  rating: text(200),
  scale: v.optional(text(300)),
  asOf: v.optional(date('asOf')),
  url: v.optional(httpsUrl),
  qualifier: v.optional(text(300)),
  note: v.optional(text(5_000)),
  appliesTo: v.optional(v.pipe(v.array(DomainRuleSchema), v.minLength(1))),
  credit: v.optional(text(500)),
  licenceUrl: v.optional(httpsUrl),
});

export const CoverageFocusSchema = v.strictObject({
  country: countryCode,
  mentions: v.pipe(v.number(), v.integer(), v.minValue(1)),
  share: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
});

export const OutletProfileSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z\d][a-z\d._-]{0,99}$/, 'id must be lower-case letters, digits, . _ -')),
  names: v.array(text(300)),
  domains: v.pipe(v.array(v.union([domainName(false), DomainRuleSchema])), v.minLength(1, 'needs at least one domain')),
  excludes: v.optional(v.array(ExcludeRuleSchema)),
  listedAs: facts(text(300)),
  organization: facts(text(300)),
  country: facts(countryCode),
  region: facts(text(200)),
  city: facts(text(200)),
  founded: facts(year),
  dissolved: facts(year),
  owner: facts(text(300)),
  ownershipType: facts(v.picklist(OWNERSHIP_TYPES)),
  outletType: facts(v.picklist(OUTLET_TYPES)),
  kind: facts(text(200)),
  coverage: v.optional(fact(CoverageFocusSchema)),
  titles: facts(text(300)),
  assessments: v.array(AssessmentSchema),
  summary: v.optional(fact(text(5_000))),
  notes: facts(text(1_000)),
  origin: v.picklist(['directory', 'lookup', 'reader']),
  fetchedAt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

// The schema and the type must describe the same thing; this fails to compile if they drift.
const _sameShape: (p: v.InferOutput<typeof OutletProfileSchema>) => OutletProfile = (p) => p;
const _sameShapeBack: (p: OutletProfile) => v.InferInput<typeof OutletProfileSchema> = (p) => p;

/** Problems with one profile as readable lines ('domains.0: must be a lower-case domain…'); empty when valid. */
export function profileProblems(profile: unknown): string[] {
  const result = v.safeParse(OutletProfileSchema, profile);
  if (result.success) return [];
  return result.issues.map((issue) => {
    // A union ('example.com' or { domain, pathPrefix }) reports "invalid type"; the useful
    // message is the one from the branch whose type matched.
    const inner = issue.issues?.find((sub) => sub.kind === 'validation') ?? issue;
    const path = v.getDotPath(inner) ?? v.getDotPath(issue);
    return path ? `${path}: ${inner.message}` : inner.message;
  });
}
