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
  /** e.g. 'number', 'anonymous-source', 'attribution', 'accusation', 'hedge', 'absolute',
   *  'quote', 'actor-event', 'dead-link'. */
  code: string;
  /** e.g. 'a number with no source link', 'anonymous source', "its link goes nowhere (#)",
   *  'hedged: allegedly'. */
  label: string;
}

/** A sentence that asserts something checkable and carries no working source link. */
export interface Claim {
  /** Stable for the same text: derived from the claim's text, e.g. 'claim:3f9a1c'. */
  id: string;
  start: number;
  end: number;
  text: string;
  /** 0..1, how strongly the sentence reads as a checkable claim. */
  score: number;
  reasons: ClaimReason[];
}

/** Everything lib/analysis finds in one text. */
export interface Analysis {
  sentences: SentenceSpan[];
  entities: Entity[];
  /** Unlinked claims only, in reading order. */
  claims: Claim[];
  /** ms the analysis took (for the bench and the panel's detail line). */
  tookMs: number;
}
