// Turns a capitalised run into a typed candidate mention: trims titles, sentence-initial common
// words and nationality adjectives, then weighs the evidence for person / organisation / place.
// Weights: 3 = a list or a name pattern says so, 2 = compromise or a strong context cue,
// 1 = a weak cue (a preposition, the shape of a name).
import type { EntityType } from '../types';
import type { Token } from '../tokens';
import type { Run } from './runs';
import { CALENDAR, COMMON_WORDS, PLACE_OF_CUES, PLACE_PREPOSITIONS, SPEECH_VERBS, TITLES } from '../lexicon/words';
import { DEMONYMS, PLACE_ACRONYMS, PLACE_HEADS, PLACE_NAMES, PLACE_RIGHT_CUES } from '../lexicon/places';
import { NON_ENTITY_ACRONYMS, ORG_ACRONYMS, ORG_HEADS, ORG_NAMES, ORG_OF_HEADS } from '../lexicon/organizations';

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
}

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific'];
const NON_NOUN_TAGS = ['Verb', 'Adverb', 'Preposition', 'Determiner', 'Pronoun', 'Conjunction', 'Value', 'QuestionWord', 'Expression'];

export function classifyRun(run: Run, ctx: ClassifyContext): Candidate | null {
  const { tokens } = ctx;
  let first = run.first;
  let last = run.last;
  let titled = false;
  const lower = (i: number) => tokens[i].text.toLowerCase().replace(/\.$/, '');

  // Leading titles, "The", and a sentence opener that is only capitalised by position.
  for (;;) {
    if (first < last && TITLES.has(lower(first))) {
      titled = true;
      first++;
    } else if (lower(first) === 'the' || lower(first) === 'i' || (first === ctx.sentenceFirst(first) && !keepsOpener(first, first < last, ctx))) {
      if (first === last) return null;
      first++;
    } else break;
  }
  // Dates at either end are not part of a name ("November 2015 Paris" is handled by the run).
  while (last > first && CALENDAR.has(lower(last))) last--;
  if (DEMONYMS.has(lower(last)) || CALENDAR.has(lower(first))) return null;
  // "Lebanese Hizb'allah" → "Hizb'allah"; "Syrian Arab Army" keeps its adjective.
  const fullKey = () => tokensKey(first, last, ctx);
  if (DEMONYMS.has(lower(first)) && !hasHead(first, last, ctx) && !PLACE_NAMES.has(fullKey()) && !ORG_NAMES.has(fullKey())) {
    while (first < last && DEMONYMS.has(lower(first))) first++;
  }
  if (first === last && !isAcronym(tokens[first].text)) {
    // A single word the text also uses in lower case ("Member states", "member states") is a word.
    const w = lower(first);
    if (COMMON_WORDS.has(w) || (ctx.lowerSeen.has(w) && !PLACE_NAMES.has(w) && !ORG_NAMES.has(w))) return null;
  }
  // "Boston Marathon Bombings", "Gulf Allies": a plural common noun ends a phrase, not a name.
  if (first < last && ctx.tags[last].has('Plural') && !ORG_HEADS.has(lower(last)) && !PLACE_HEADS.has(lower(last))) {
    const known = knownSubName(first, last, ctx);
    if (!known) return null;
    [first, last] = known;
  }

  const votes: Votes = { person: 0, organization: 0, place: 0 };
  const words: string[] = [];
  for (let i = first; i <= last; i++) words.push(lower(i));
  const key = words.join(' ');
  const single = first === last;
  const acronym = single && isAcronym(tokens[first].text);

  if (acronym) {
    const bare = tokens[first].text.replace(/\./g, '');
    if (NON_ENTITY_ACRONYMS.has(bare)) return null;
    if (PLACE_ACRONYMS.has(bare)) votes.place += 3;
    else if (ORG_ACRONYMS.has(bare)) votes.organization += 3;
    else if (PLACE_NAMES.has(bare.toLowerCase())) votes.place += 3; // a dateline: "GENEVA"
    else if (bare.length >= 2 && bare.length <= 6) votes.organization += 1.5;
    return { first, last, sentence: run.sentence, votes, acronym };
  }

  if (PLACE_NAMES.has(key)) votes.place += 3;
  if (ORG_NAMES.has(key) || ORG_NAMES.has(key.replace(/-/g, ' ')) || /^hizb/.test(key)) votes.organization += 3;
  if (!single && PLACE_HEADS.has(words[words.length - 1])) votes.place += 3;
  else if (words.some((w, i) => ORG_HEADS.has(w) && (i > 0 || !single)) || (ORG_OF_HEADS.has(words[0]) && /\b(of|for)\b/.test(key))) {
    votes.organization += 3;
  }
  if (/\.(com|net|org|co|io|news)$/.test(key)) votes.organization += 2;

  const tagsOf = (i: number) => ctx.tags[i];
  const anyTag = (names: string[]) => {
    for (let i = first; i <= last; i++) if (names.some((n) => tagsOf(i).has(n))) return true;
    return false;
  };
  if (titled) votes.person += 3;
  if (!single && NAME_TAGS.some((n) => tagsOf(first).has(n)) && !PLACE_NAMES.has(key)) votes.person += 2.5;
  else if (anyTag(['Person'])) votes.person += 2;
  if (anyTag(['Country', 'City', 'Region', 'Place'])) votes.place += 2;
  if (anyTag(['Organization'])) votes.organization += 1;
  if (/^(abu|bin|ibn|al|el)\b/.test(key) || / (bin|ibn|al) /.test(` ${key} `)) votes.person += 1.5;

  const next = tokens[last + 1];
  const nextLower = next?.text.toLowerCase();
  const prev = tokens[first - 1];
  const prevLower = prev?.text.toLowerCase();
  if (next && !tokens[last].possessive && SPEECH_VERBS.has(nextLower ?? '')) votes.person += 2;
  if (next && !next.capitalized && PLACE_RIGHT_CUES.has(nextLower ?? '') && text(ctx, last, last + 1) === ' ') votes.place += 2;
  if (prevLower === 'of' && PLACE_OF_CUES.has(tokens[first - 2]?.text.toLowerCase() ?? '')) votes.place += 2;
  if (prev && PLACE_PREPOSITIONS.has(prevLower ?? '') && text(ctx, first - 1, first) === ' ') votes.place += 1.5;
  if (!single && looksLikePersonalName(first, last, ctx)) votes.person += 1;

  return { first, last, sentence: run.sentence, votes, acronym };
}

function text(ctx: ClassifyContext, a: number, b: number): string {
  return ctx.text.slice(ctx.tokens[a].end, ctx.tokens[b].start);
}

function tokensKey(first: number, last: number, ctx: ClassifyContext): string {
  const parts: string[] = [];
  for (let i = first; i <= last; i++) parts.push(ctx.tokens[i].text.toLowerCase());
  return parts.join(' ');
}

/** The longest stretch of a run that a list knows ("Boston" in "Boston Marathon Bombings"). */
function knownSubName(first: number, last: number, ctx: ClassifyContext): [number, number] | null {
  for (let len = last - first; len >= 1; len--) {
    for (let a = first; a + len - 1 <= last; a++) {
      const key = tokensKey(a, a + len - 1, ctx);
      if (PLACE_NAMES.has(key) || ORG_NAMES.has(key)) return [a, a + len - 1];
    }
  }
  return null;
}

function hasHead(first: number, last: number, ctx: ClassifyContext): boolean {
  for (let i = first + 1; i <= last; i++) if (ORG_HEADS.has(ctx.tokens[i].text.toLowerCase())) return true;
  return false;
}

/** Whether a sentence's first word belongs to the name rather than being capitalised by position. */
function keepsOpener(i: number, moreFollow: boolean, ctx: ClassifyContext): boolean {
  const tok = ctx.tokens[i];
  const lower = tok.text.toLowerCase();
  if (COMMON_WORDS.has(lower)) return false;
  if (isAcronym(tok.text) || PLACE_NAMES.has(lower) || ORG_NAMES.has(lower) || DEMONYMS.has(lower)) return true;
  const tags = ctx.tags[i];
  if (['Person', 'FirstName', 'Place', 'Country', 'City', 'Organization'].some((t) => tags.has(t))) return true;
  if (ctx.midCaps.has(lower)) return true;
  if (ctx.lowerSeen.has(lower)) return false;
  // "Mwangi reported from Nairobi": an unknown word that speaks is a person.
  if (!moreFollow && SPEECH_VERBS.has(ctx.tokens[i + 1]?.text.toLowerCase() ?? '') && !NON_NOUN_TAGS.some((t) => tags.has(t))) return true;
  if (NON_NOUN_TAGS.some((t) => tags.has(t)) || tags.has('Plural') || tags.has('Adjective')) return false;
  return moreFollow;
}

function looksLikePersonalName(first: number, last: number, ctx: ClassifyContext): boolean {
  if (last - first > 3) return false;
  for (let i = first; i <= last; i++) {
    const tok = ctx.tokens[i];
    const lower = tok.text.toLowerCase();
    if (isAcronym(tok.text) && !/^\p{Lu}\.$/u.test(tok.text)) return false;
    if (COMMON_WORDS.has(lower) || ctx.lowerSeen.has(lower) || DEMONYMS.has(lower) || PLACE_NAMES.has(lower)) return false;
    if (ORG_HEADS.has(lower) || PLACE_HEADS.has(lower)) return false;
    const tags = ctx.tags[i];
    if (tags.has('Plural') || tags.has('Verb') || tags.has('Adjective') && !tags.has('Person')) return false;
  }
  return true;
}

export function isAcronym(word: string): boolean {
  return /^(\p{Lu}\.){2,}$/u.test(word) || /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(word);
}
