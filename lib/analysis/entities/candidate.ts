// The shapes the entity classifier works with: what it is given about the text and what it hands
// to the merger. Kept apart from the classifier so that the cue, scoring and merge modules can
// share them without importing each other.
import type { EntityType } from '../types';
import type { Token } from '../tokens';

export type Votes = Record<EntityType, number>;

export interface Candidate {
  first: number;
  last: number;
  sentence: number;
  votes: Votes;
  acronym: boolean;
}

export interface ClassifyContext {
  text: string;
  tokens: readonly Token[];
  tags: readonly ReadonlySet<string>[];
  /** Index of the first word of each token's sentence. */
  sentenceFirst: (tokenIndex: number) => number;
  /** Lower-case words seen capitalised away from a sentence start. */
  midCaps: ReadonlySet<string>;
  /** Words seen in lower case somewhere in the text. */
  lowerSeen: ReadonlySet<string>;
  /** The text reads as a match report (scores, "beat", "striker"), so club names are likely. */
  sport?: boolean;
  /** Whether sentence `s` reports a game ("by four wickets", "2-1", "a five-Test series"). */
  sportSentence?: (s: number) => boolean;
  /** The text of sentence `s`. */
  sentenceText?: (s: number) => string;
}
