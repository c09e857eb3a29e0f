// What one source says about one outlet, before the sources are merged (merge.ts).
import type { Assessment, AssessmentAspect, DomainRule, FactField } from '../../lib/outlets/types';
import type { SourceRef } from '../../lib/outlets/data-format';

/** A value and the source that gives it. */
export type SourcedFact = [value: string | number, source: SourceRef];
import type { DatasetKey } from './datasets';

/** One rating a rater gave, with the part of the outlet it covers. */
export interface ClaimRating {
  aspect: AssessmentAspect;
  rating: string;
  qualifier?: string;
  asOf?: string;
  item?: string;
  note?: string;
  /** The rater's own title for the entry, when it rates several under one outlet ('Bild am Sonntag'). */
  title?: string;
  /** The hosts and paths the rater gave for this rating. */
  rules: DomainRule[];
}

export interface Claim {
  dataset: DatasetKey;
  /** A stable id for the outlet when the source has one worth keeping (the overlay's ids). */
  id?: string;
  /** Where the outlet publishes, main site first. */
  rules: DomainRule[];
  excludes?: DomainRule[];
  /** The source's name(s) for the outlet, best first; empty when the source names none. */
  names: string[];
  /** Facts with their sources. */
  facts: Partial<Record<FactField, SourcedFact[]>>;
  ratings?: ClaimRating[];
  /** Assessments written out in full (hand-written entries). */
  assessments?: Assessment[];
  /** With no rule, a claim may join an outlet already known by this name (RSP entries without a domain). */
  joinByName?: boolean;
  /** A title that has closed: on a site another source describes, it is listed as a past title. */
  historic?: boolean;
}

export function addFact(claim: Claim, field: FactField, value: string | number | undefined | null, source: SourceRef): void {
  if (value === undefined || value === null || value === '') return;
  const list = (claim.facts[field] ??= []);
  if (!list.some(([v, s]) => v === value && JSON.stringify(s) === JSON.stringify(source))) list.push([value, source]);
}
