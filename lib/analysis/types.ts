// Plain-data shapes produced by lib/analysis: spans over ArticleSnapshot.text (or any plain
// text), structured-clone safe so they cross the message boundary and print from the CLI.

export type EntityType = 'person' | 'organization' | 'place';

/** A sentence of the text; offsets are end-exclusive. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** One place the text names an entity. */
export interface EntityMention {
  start: number;
  end: number;
  /** The text as written, e.g. 'Khalimov' or "the Pentagon's" minus the possessive. */
  text: string;
}

/** An entity merged across its mentions ('Gulmurod Khalimov', 'Khalimov'). */
export interface Entity {
  /** Stable within one analysis, e.g. 'person:gulmurod-khalimov'. */
  id: string;
  /** The fullest name the text uses, e.g. 'Gulmurod Khalimov'. */
  name: string;
  type: EntityType;
  /** In reading order. */
  mentions: EntityMention[];
}

/** Why a sentence was flagged, machine name plus the words a reader sees on the card. */
export interface ClaimReason {
  /** e.g. 'number', 'anonymous-source', 'vague-source', 'named-unlinked', 'dead-link',
   *  'no-source', 'attribution', 'hedge', 'quote'. */
  code: string;
  /** e.g. 'a number with no source link', 'anonymous source', "its link goes nowhere (#)",
   *  'names a report it does not link'. */
  label: string;
}

/**
 * How the reader can follow a check-worthy sentence's support from the article:
 * - linked: a working link to another site, in the sentence or in the clause that introduces it;
 * - on-record: attributed to a named person or body ("the ministry said", a quote with its speaker);
 * - anonymous: "officials said", "a person familiar with the talks";
 * - vague: "experts believe", "studies show";
 * - named-unlinked: a named report, study, poll or filing that is not linked;
 * - dead-link: its only link goes nowhere (#, javascript:, the same page) or to the outlet's own pages;
 * - none: nothing.
 */
export type SourcingKind = 'linked' | 'on-record' | 'anonymous' | 'vague' | 'named-unlinked' | 'dead-link' | 'none';

export interface ClaimSourcing {
  kind: SourcingKind;
  /** Who or what the sentence is attributed to, as written ('the ministry', 'Barack Obama',
   *  'a report by Oxfam'); for 'linked', the link's text. */
  source?: string;
  /** The working link (linked only). */
  url?: string;
  /** The attribution sits in the sentence before or after, in the same paragraph. */
  adjacent?: boolean;
}

/** A check-worthy sentence: it asserts something a reader might want to check. */
export interface Claim {
  /** Stable for the same text: derived from the claim's text, e.g. 'claim:3f9a1c'. */
  id: string;
  start: number;
  end: number;
  text: string;
  /** 0..1, how strongly the sentence reads as a checkable claim. */
  score: number;
  /** Why it is flagged (or, when not flagged, what makes it check-worthy), most telling first. */
  reasons: ClaimReason[];
  sourcing: ClaimSourcing;
  /** Check-worthy and its support cannot be followed from the article: highlighted on the page. */
  flagged: boolean;
}

/** Everything lib/analysis finds in one text. */
export interface Analysis {
  sentences: SentenceSpan[];
  entities: Entity[];
  /** Flagged claims only (unlinked claims), in reading order: what the page highlights. */
  claims: Claim[];
  /** Every check-worthy sentence, flagged or not, in reading order, with its sourcing: the
   *  panel's second view ("attributed to …", "linked"). Contains the objects of `claims`. */
  checkWorthy: Claim[];
  /** ms the analysis took (for the bench and the panel's detail line). */
  tookMs: number;
}
