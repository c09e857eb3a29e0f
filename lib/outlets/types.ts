// The shape of what Backstory knows about an outlet. Every fact carries where it came from, so
// the panel can say "founded 1851 (Wikidata, data of 2023)"; a field we do not know is left out
// rather than guessed. A field holds a list because sources disagree: two sources giving two
// countries are both kept, side by side, and the panel shows both — never one silently picked.

/** Where a fact came from: a short label and, when there is one, a public URL. */
export interface FactSource {
  /** e.g. 'Wikidata', 'Wikipedia', "the outlet's website", 'you'. */
  label: string;
  url?: string;
  /** When the source's data was taken or last checked: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  asOf?: string;
  /** The credit line the source's licence asks for, e.g. 'Wikidata (CC0 1.0)'. */
  credit?: string;
  /** The licence's own page. */
  licenceUrl?: string;
}

/** One fact with its source. */
export interface Fact<T> {
  value: T;
  source: FactSource;
}

export type OwnershipType = 'public-company' | 'private' | 'nonprofit' | 'state' | 'public-broadcaster' | 'individual' | 'cooperative';

export type OutletType =
  | 'newspaper'
  | 'broadcaster'
  | 'wire'
  | 'magazine'
  | 'digital'
  | 'blog'
  | 'think-tank'
  | 'aggregator'
  | 'state-media'
  | 'fact-checker';

/**
 * What a published judgement is about. These are different kinds of statement and are never
 * mixed or averaged: that a site is satire says nothing of its reliability, and that it is
 * state media is a fact about its control, not a rating of its reporting.
 *  - reliability: how far the rater trusts it as a source;
 *  - bias: its political leaning or viewpoint;
 *  - satire: it publishes satire;
 *  - state-media: a state controls it;
 *  - opinion: it publishes commentary rather than reporting;
 *  - content: what the rater says its content is (e.g. conspiracy theories, junk science, clickbait).
 */
export type AssessmentAspect = 'reliability' | 'bias' | 'satire' | 'state-media' | 'opinion' | 'content';

export const ASSESSMENT_ASPECTS: readonly AssessmentAspect[] = ['reliability', 'bias', 'satire', 'state-media', 'opinion', 'content'];

/** A published judgement of an outlet, reported as its author published it. */
export interface Assessment {
  /** Who made it, e.g. "Wikipedia's perennial sources list", 'OpenSources', 'you'. */
  by: string;
  aspect: AssessmentAspect;
  /** The rating in the rater's own words, e.g. 'generally unreliable', 'deprecated', 'satire'. */
  rating: string;
  /** The rater's scale, e.g. 'generally reliable · no consensus · generally unreliable · deprecated'. */
  scale?: string;
  /** When the assessment was made or last discussed, 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  asOf?: string;
  url?: string;
  /** What part of the outlet's output it covers, in the rater's words, e.g. '(politics and science)'. */
  qualifier?: string;
  /** A remark the rater attached (its summary; a note in a reader's list). */
  note?: string;
  /** Only pages under these hosts or paths; absent: every page of the outlet. */
  appliesTo?: DomainRule[];
  /** The credit line the rater's licence asks for. */
  credit?: string;
  licenceUrl?: string;
}

/** Which URLs of a domain belong to an entry (for platforms hosting several outlets). */
export interface DomainRule {
  /** Registrable domain or a host under it, lower case, e.g. 'globalresearch.ca', 'blogs.example.com'. */
  domain: string;
  /** Only URLs whose path starts with this belong to the outlet, e.g. '/sites/forbesbusiness'. */
  pathPrefix?: string;
}

/**
 * Where an outlet's coverage is focused: the country its articles mention most, as counted by
 * the GDELT Project. Not where it is based: an outlet covering world news is often counted for
 * the country it reports on most.
 */
export interface CoverageFocus {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** How many place mentions GDELT counted in the site's top five countries. */
  mentions: number;
  /** The top country's share of those mentions, 0–1. */
  share: number;
}

export interface OutletProfile {
  /** Stable key, e.g. 'globalresearch'. */
  id: string;
  /**
   * Names readers know it by, best first, for headings and for matching a name in a byline.
   * Empty for a domain several titles share (see `titles`): no single name is the site's.
   */
  names: string[];
  /** Domains (and path-scoped rules) the outlet publishes under; the first is its main site. */
  domains: (string | DomainRule)[];
  /**
   * Hosts under those domains that are not this outlet (e.g. a platform's user blogs). A rule
   * covers its host and every host under it; a domain written '*.medium.com' covers only the
   * hosts under medium.com (not medium.com or www.medium.com itself).
   */
  excludes?: DomainRule[];
  /** Each source's own name for the outlet: where it is listed, and as what. */
  listedAs?: Fact<string>[];
  /** Who runs or publishes it. */
  organization?: Fact<string>[];
  /** Where it is based, ISO 3166-1 alpha-2, e.g. 'CA'. */
  country?: Fact<string>[];
  /** A state or region within the country, e.g. 'Ohio'. */
  region?: Fact<string>[];
  /** City of the head office or of publication. */
  city?: Fact<string>[];
  founded?: Fact<number>[];
  /** The year it ceased publication (a dissolved title). */
  dissolved?: Fact<number>[];
  owner?: Fact<string>[];
  ownershipType?: Fact<OwnershipType>[];
  outletType?: Fact<OutletType>[];
  /** What the source calls the outlet when it does not fit OutletType, e.g. Wikidata's 'daily newspaper'. */
  kind?: Fact<string>[];
  /** Where its coverage is focused (GDELT), never where it is based. */
  coverage?: Fact<CoverageFocus>;
  /** For a domain several titles share (a chain's site): the titles each source lists on it. */
  titles?: Fact<string>[];
  assessments: Assessment[];
  /** One paragraph about the outlet (looked-up records: the English Wikipedia summary). */
  summary?: Fact<string>;
  /** Short neutral remarks, each with its source. */
  notes?: Fact<string>[];
  /** Where the record came from: 'directory' (shipped), 'lookup' (Wikidata, cached), 'reader'. */
  origin: 'directory' | 'lookup' | 'reader';
  /** For looked-up records, when they were fetched (ms since epoch). */
  fetchedAt?: number;
}

/** The fields of a profile that hold lists of facts (the ones sources can disagree on). */
export type FactField =
  | 'listedAs'
  | 'organization'
  | 'country'
  | 'region'
  | 'city'
  | 'founded'
  | 'dissolved'
  | 'owner'
  | 'ownershipType'
  | 'outletType'
  | 'kind'
  | 'titles'
  | 'notes';

export const FACT_FIELDS: readonly FactField[] = [
  'listedAs',
  'organization',
  'country',
  'region',
  'city',
  'founded',
  'dissolved',
  'owner',
  'ownershipType',
  'outletType',
  'kind',
  'titles',
  'notes',
];
