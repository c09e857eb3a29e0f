// The shape of what Backstory knows about an outlet. Every fact carries where it came from,
// so the panel can say "founded 2001 (from the outlet's About page)"; a field we do not know
// is left out rather than guessed.

/** Where a fact came from: a short label and, when there is one, a public URL. */
export interface FactSource {
  /** e.g. 'Wikipedia', 'the outlet's About page', 'Wikidata', 'you'. */
  label: string;
  url?: string;
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

/** A published judgement of an outlet, reported as its author published it. */
export interface Assessment {
  /** Who made it, e.g. "Wikipedia's perennial sources list", 'Media Bias/Fact Check', 'you'. */
  by: string;
  /** What it measures: reliability and bias are never mixed in one assessment. */
  aspect: 'reliability' | 'bias';
  /** The rating in the assessor's own words, e.g. 'generally unreliable', 'deprecated', 'left-center'. */
  rating: string;
  /** The assessor's scale, e.g. 'WP:RSP status' or 'MBFC factual reporting'. */
  scale?: string;
  /** When the assessment was made or last checked, 'YYYY' or 'YYYY-MM-DD'. */
  asOf?: string;
  url?: string;
  /** A remark the assessor attached to the rating (e.g. a line's note in a reader's list). */
  note?: string;
}

/** Which URLs of a domain belong to an entry (for platforms hosting several outlets). */
export interface DomainRule {
  /** Registrable domain or a host under it, lower case, e.g. 'globalresearch.ca', 'blogs.example.com'. */
  domain: string;
  /** Only URLs whose path starts with this belong to the outlet, e.g. '/sites/forbesbusiness'. */
  pathPrefix?: string;
}

export interface OutletProfile {
  /** Stable key, e.g. 'globalresearch'. */
  id: string;
  /** The name readers know, first; other names and former names after. */
  names: string[];
  /** Domains (and path-scoped rules) the outlet publishes under; the first is its main site. */
  domains: (string | DomainRule)[];
  /**
   * Hosts under those domains that are not this outlet (e.g. a platform's user blogs). A rule
   * covers its host and every host under it; a domain written '*.medium.com' covers only the
   * hosts under medium.com (not medium.com or www.medium.com itself).
   */
  excludes?: DomainRule[];
  organization?: Fact<string>;
  /** ISO 3166-1 alpha-2, e.g. 'CA'. */
  country?: Fact<string>;
  /** City of the head office, when known. */
  city?: Fact<string>;
  founded?: Fact<number>;
  owner?: Fact<string>;
  ownershipType?: Fact<OwnershipType>;
  outletType?: Fact<OutletType>;
  assessments: Assessment[];
  /** What the source calls the outlet when it does not fit OutletType, e.g. Wikidata's 'online newspaper'. */
  kind?: Fact<string>;
  /** One paragraph about the outlet (looked-up records: the English Wikipedia summary). */
  summary?: Fact<string>;
  /** Short neutral remarks, e.g. 'publishes the Sott.net "Signs of the Times" site'. */
  notes?: string[];
  /** Where the record came from: 'directory' (bundled), 'lookup' (Wikidata, cached), 'reader'. */
  origin: 'directory' | 'lookup' | 'reader';
  /** For looked-up records, when they were fetched (ms since epoch). */
  fetchedAt?: number;
}
