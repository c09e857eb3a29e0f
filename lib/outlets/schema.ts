// A valibot schema for OutletProfile, strict enough to catch the typos hand-written directory
// data tends to have: a misspelled field name (objects are strict), a country written 'UK' or
// 'ca', a founding year of 20001, an aspect 'reliable', an http:// or relative source URL, a
// domain written with its scheme, path, upper case or www. prefix.
import * as v from 'valibot';
import { parseSite } from '../sites';
import type { OutletProfile } from './types';

const OLDEST_FOUNDING = 1600; // the first printed newspapers; nothing in the directory is older

const text = (max: number) =>
  v.pipe(
    v.string(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max),
    v.check((s) => s === s.trim(), 'must not start or end with spaces'),
  );

const httpsUrl = v.pipe(
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
const domainName = (allowWildcard: boolean) =>
  v.pipe(
    v.string(),
    v.check((s) => HOST.test(allowWildcard ? s.replace(/^\*\./, '') : s), 'must be a lower-case domain without scheme, path or port'),
    v.check((s) => !/^www\d*\./.test(s), 'drop the leading www. (subdomains match by themselves)'),
    v.check((s) => parseSite(s.replace(/^\*\./, '')) !== null, 'is not under a known public suffix'),
  );

const pathPrefix = v.pipe(
  v.string(),
  v.regex(/^\/[^?#\s]*$/, "must start with '/' and have no query, fragment or spaces"),
  v.check((s) => s.length > 1, "must be longer than '/' (leave it out for the whole domain)"),
  v.check((s) => s === s.toLowerCase(), 'must be lower case (paths match case-insensitively)'),
);

export const DomainRuleSchema = v.strictObject({ domain: domainName(false), pathPrefix: v.optional(pathPrefix) });
const ExcludeRuleSchema = v.strictObject({ domain: domainName(true), pathPrefix: v.optional(pathPrefix) });

export const FactSourceSchema = v.strictObject({ label: text(200), url: v.optional(httpsUrl) });

const fact = <T extends v.GenericSchema>(value: T) => v.strictObject({ value, source: FactSourceSchema });

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export const AssessmentSchema = v.strictObject({
  by: text(200),
  aspect: v.picklist(['reliability', 'bias'], "aspect must be 'reliability' or 'bias'"),
  rating: text(200),
  scale: v.optional(text(200)),
  asOf: v.optional(v.pipe(v.string(), v.regex(DATE, "asOf must be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'"))),
  url: v.optional(httpsUrl),
  note: v.optional(text(2_000)),
});

export const OutletProfileSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z\d][a-z\d._-]{0,99}$/, 'id must be lower-case letters, digits, . _ -')),
  names: v.pipe(v.array(text(200)), v.minLength(1, 'needs at least one name')),
  domains: v.pipe(v.array(v.union([domainName(false), DomainRuleSchema])), v.minLength(1, 'needs at least one domain')),
  excludes: v.optional(v.array(ExcludeRuleSchema)),
  organization: v.optional(fact(text(300))),
  country: v.optional(fact(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code like CA')))),
  city: v.optional(fact(text(200))),
  founded: v.optional(
    fact(v.pipe(v.number(), v.integer(), v.minValue(OLDEST_FOUNDING), v.maxValue(new Date().getFullYear()))),
  ),
  owner: v.optional(fact(text(300))),
  ownershipType: v.optional(
    fact(v.picklist(['public-company', 'private', 'nonprofit', 'state', 'public-broadcaster', 'individual', 'cooperative'])),
  ),
  outletType: v.optional(
    fact(
      v.picklist([
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
      ]),
    ),
  ),
  assessments: v.array(AssessmentSchema),
  kind: v.optional(fact(text(200))),
  summary: v.optional(fact(text(5_000))),
  notes: v.optional(v.array(text(1_000))),
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
