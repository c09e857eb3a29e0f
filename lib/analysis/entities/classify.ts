// Turns a capitalised run into a typed candidate mention: trims titles, sentence-initial common
// words and nationality adjectives, then weighs the evidence for person / organisation / place.
// Weights: 3 = a list or a name pattern says so, 2 = compromise or a strong context cue,
// 1 = a weak cue (a preposition, the shape of a name).
import type { EntityType } from '../types';
import type { Token } from '../tokens';
import type { Run } from './runs';
import { isDictionaryWord } from './tagger';
import { CALENDAR, COMMON_WORDS, EVENT_PLURALS, GROUP_NOUNS, NOT_NAMES, PLACE_OF_CUES, PLACE_PREPOSITIONS, ROLE_NOUNS, SPEECH_VERBS, TITLES } from '../lexicon/words';
import { DEMONYMS, PLACE_ACRONYMS, PLACE_HEADS, PLACE_NAMES, PLACE_RIGHT_CUES } from '../lexicon/places';
import {
  COMPANY_SUFFIXES,
  MASTHEAD_WORDS,
  NON_ENTITY_ACRONYMS,
  ORG_ACRONYMS,
  ORG_HEADS,
  ORG_NAMES,
  ORG_OF_HEADS,
  TEAM_SUFFIXES,
  THE_INSTITUTIONS,
  THE_NOT_COMPANY,
} from '../lexicon/organizations';

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
}

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific'];
const NON_NOUN_TAGS = ['Verb', 'Adverb', 'Preposition', 'Determiner', 'Pronoun', 'Conjunction', 'Value', 'QuestionWord', 'Expression'];

/** Lower-case words right before a person's name ("rival Raila Odinga", "wife Jane"). */
const PERSON_BEFORE = new Set(['rival', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'widow', 'colleague', 'candidate', 'nominee', 'challenger', 'incumbent', 'suspect', 'defendant', 'victim', 'star', 'veteran', 'host', 'dr', 'mr', 'mrs', 'ms']);

/** Words before "in X" / "by X" that make X a journal or an outlet ("a study in Nature Medicine"). */
const PUBLISHED_IN = new Set(['published', 'reported', 'appeared', 'printed', 'study', 'studies', 'analysis', 'paper', 'report', 'article', 'estimated', 'wrote', 'writing', 'letter', 'editorial', 'review', 'commentary', 'survey', 'op-ed', 'column', 'interview']);

/** Words that open or close the name of an event, a storm or an operation. */
const EVENT_PREFIXES = new Set(['hurricane', 'storm', 'typhoon', 'cyclone', 'tropical', 'operation']);
const EVENT_HEADS = new Set(['show', 'festival', 'cup', 'championship', 'championships', 'olympics', 'games', 'marathon', 'prize', 'awards', 'award', 'expo', 'war', 'act', 'bill', 'day', 'week']);

/** "Virginia Democrat", "a Texas Republican": the party word is not part of the place. */
const PARTY_MEMBER = new Set(['democrat', 'republican', 'democrats', 'republicans']);
/** Verbs and words around a team's name in a match report. */
const SPORT_BEFORE = new Set(['beat', 'beats', 'defeated', 'defeat', 'thrashed', 'edged', 'routed', 'hammered', 'downed', 'against', 'vs', 'v', 'versus', 'host', 'hosts', 'hosted']);
const SPORT_AFTER = new Set(['beat', 'beats', 'defeated', 'thrashed', 'edged', 'routed', 'hammered', 'drew', 'lost', 'won', 'fc', 'striker', 'midfielder', 'defender', 'goalkeeper', 'manager', 'coach', 'fans', 'captain']);
/** A dateline after a sentence-initial capitalised place: "WASHINGTON (Reuters) -", "MUMBAI:". */
const DATELINE_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?[-—–:]|^,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s*(?:\([^)]{1,40}\)\s*)?[-—–:]/u;

export function classifyRun(run: Run, ctx: ClassifyContext): Candidate | null {
  const { tokens } = ctx;
  let first = run.first;
  let last = run.last;
  let titled = run.titled === true;
  const lower = (i: number) => tokens[i].text.toLowerCase().replace(/\.$/, '');

  // A dateline: "WASHINGTON (Reuters) -", "NEW DELHI:", "KYIV, Ukraine (AP) —".
  if (first === ctx.sentenceFirst(first) && isAllCaps(first, last, ctx) && DATELINE_AFTER.test(ctx.text.slice(tokens[last].end, tokens[last].end + 60))) {
    return { first, last, sentence: run.sentence, votes: { person: 0, organization: 0, place: 5 }, acronym: false };
  }

  // Leading titles, "The", demonyms, and a sentence opener that is only capitalised by position.
  for (;;) {
    const w = lower(first);
    if (first < last && TITLES.has(w) && !endsWithHead(first, last, ctx)) {
      titled = true;
      first++;
    } else if (w === 'the' || w === 'i' || (first === ctx.sentenceFirst(first) && !keepsOpener(first, first < last, ctx))) {
      if (first === last) return null;
      first++;
    } else if (first < last && (GROUP_NOUNS.has(w) || NOT_NAMES.has(w))) {
      first++;
    } else break;
  }
  // "LAURIE OAKES IS THE NINE NETWORK …": a shouted line, not a name.
  if (last - first >= 2 && isAllCaps(first, last, ctx)) {
    for (let i = first; i <= last; i++) if (COMMON_WORDS.has(lower(i))) return null;
  }
  // Named events are not entities: "Hurricane Sandy", "Paris Motor Show", "World Cup".
  if (first < last && (EVENT_PREFIXES.has(lower(first)) || EVENT_HEADS.has(lower(last)))) return null;
  // Dates and party labels at the end are not part of a name ("Virginia Democrat" → "Virginia").
  while (last > first && (CALENDAR.has(lower(last)) || PARTY_MEMBER.has(lower(last)))) last--;
  if (DEMONYMS.has(lower(last)) || CALENDAR.has(lower(first))) return null;
  // "Lebanese Hizb'allah" → "Hizb'allah"; "Syrian Arab Army" keeps its adjective.
  const fullKey = () => tokensKey(first, last, ctx);
  if (DEMONYMS.has(lower(first)) && !hasHead(first, last, ctx) && !PLACE_NAMES.has(fullKey()) && !ORG_NAMES.has(fullKey())) {
    while (first < last && DEMONYMS.has(lower(first))) first++;
  }
  const prevWord = tokens[first - 1]?.text.toLowerCase();
  const afterThe = prevWord === 'the' && text(ctx, first - 1, first) === ' ';
  if (first === last && !isAcronym(tokens[first].text)) {
    // A single word the text also uses in lower case ("Member states", "member states") is a word.
    const w = lower(first);
    const theCapital = tokens[first - 1]?.text === 'The';
    if (theCapital && MASTHEAD_WORDS.has(w)) return { first, last, sentence: run.sentence, votes: { person: 0, organization: 3, place: 0 }, acronym: false };
    if (afterThe && THE_INSTITUTIONS.has(w)) return { first, last, sentence: run.sentence, votes: { person: 0, organization: 4, place: 0 }, acronym: false };
    if (TITLES.has(w) || GROUP_NOUNS.has(w) || NOT_NAMES.has(w) || PARTY_MEMBER.has(w)) return null;
    if (COMMON_WORDS.has(w) || (ctx.lowerSeen.has(w) && !PLACE_NAMES.has(w) && !ORG_NAMES.has(w))) return null;
  }
  // "Boston Marathon Bombings", "Gulf Allies": a plural common noun ends a phrase, not a name;
  // but "the Denver Nuggets", "the Revolutionary Guards" are a team and a force.
  let theTeam = false;
  if (ctx.tags[last].has('Plural') && !ORG_HEADS.has(lower(last)) && !PLACE_HEADS.has(lower(last)) && !PLACE_NAMES.has(fullKey()) && !ORG_NAMES.has(fullKey())) {
    const w = lower(last);
    if (afterThe && !EVENT_PLURALS.has(w) && !GROUP_NOUNS.has(w) && !ctx.lowerSeen.has(w)) theTeam = true;
    else if (first < last) {
      const known = knownSubName(first, last, ctx);
      if (!known) return null;
      [first, last] = known;
    }
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
    // "HIGH", "BREAKING": a shouted word, not an acronym.
    const word = bare.toLowerCase();
    if (!ORG_ACRONYMS.has(bare) && !PLACE_ACRONYMS.has(bare) && !PLACE_NAMES.has(word) && bare.length >= 4 && (isDictionaryWord(word) || COMMON_WORDS.has(word) || ctx.lowerSeen.has(word))) return null;
    if (PLACE_ACRONYMS.has(bare)) votes.place += 3;
    else if (ORG_ACRONYMS.has(bare)) votes.organization += 3;
    else if (PLACE_NAMES.has(bare.toLowerCase())) votes.place += 3; // a dateline: "GENEVA"
    else if (bare.length >= 2 && bare.length <= 6) votes.organization += 1.5;
    return { first, last, sentence: run.sentence, votes, acronym };
  }

  // A name the lists know outweighs the shape of the words around it.
  const knownPlace = PLACE_NAMES.has(key);
  const knownOrg = ORG_NAMES.has(key) || ORG_NAMES.has(key.replace(/-/g, ' ')) || /^hizb/.test(key);
  if (knownOrg && afterThe && THE_NOT_COMPANY.has(key) && knownPlace) votes.place += 6; // "the Amazon"
  else if (knownOrg) votes.organization += 6;
  else if (knownPlace) votes.place += 6;
  const lastWord = words[words.length - 1];
  if (!single && (COMPANY_SUFFIXES.has(lastWord) || TEAM_SUFFIXES.has(lastWord))) votes.organization += 6;
  if (!single && PLACE_HEADS.has(lastWord)) votes.place += 3;
  else if (words.some((w, i) => ORG_HEADS.has(w) && (i > 0 || !single)) || (ORG_OF_HEADS.has(words[0]) && /\b(of|for)\b/.test(key))) {
    votes.organization += 3;
  }
  if (/\.(com|net|org|co|io|news)$/.test(key)) votes.organization += 2;
  if (/ & /.test(ctx.text.slice(tokens[first].start, tokens[last].end))) votes.organization += 2.5;
  if (theTeam) votes.organization += 2.5;
  let hasAcronym = false;
  let orgAcronym = false;
  for (let i = first; i <= last; i++) {
    const w = tokens[i].text.replace(/\./g, '');
    if (isAcronym(tokens[i].text) && w.length > 1) {
      hasAcronym = true;
      if (ORG_ACRONYMS.has(w)) orgAcronym = true;
    }
  }
  // "NHS England", "BBC Scotland": an organisation's acronym with a place it serves.
  if (orgAcronym && words.every((w) => ORG_ACRONYMS.has(w.toUpperCase().replace(/\./g, '')) || PLACE_NAMES.has(w) || ORG_HEADS.has(w))) votes.organization += 3;

  const tagsOf = (i: number) => ctx.tags[i];
  const anyTag = (names: string[]) => {
    for (let i = first; i <= last; i++) if (names.some((n) => tagsOf(i).has(n))) return true;
    return false;
  };
  // People's names hold no acronyms ("NHS England") and no company or team suffix.
  const pluralEnd = !single && ctx.tags[last].has('Plural') && isDictionaryWord(lastWord) && !NAME_TAGS.some((n) => tagsOf(first).has(n));
  const mayBePerson = !hasAcronym && !knownOrg && !knownPlace && votes.organization < 6 && !pluralEnd && !EVENT_PREFIXES.has(words[0]);
  if (titled && mayBePerson) votes.person += 3;
  if (mayBePerson) {
    if (!single && NAME_TAGS.some((n) => tagsOf(first).has(n))) votes.person += 2.5;
    else if (anyTag(['Person'])) votes.person += 2;
  }
  if (anyTag(['Country', 'City', 'Region', 'Place'])) votes.place += 2;
  if (anyTag(['Organization', 'SportsTeam'])) votes.organization += 1;
  if (/^(abu|bin|ibn|al|el)\b/.test(key)) votes.person += 1.5;
  // "Mohammed bin Salman", "Ursula von der Leyen", "Ahmed al-Sharaa": a particle inside a name.
  if (/^\S+(?: \S+)? (?:bin|ibn|bint|van|von|de|da|di|del|della|dos|al|ter)[ -]\S/.test(key)) votes.person += 3;

  const next = tokens[last + 1];
  const nextLower = next?.text.toLowerCase() ?? '';
  const prev = tokens[first - 1];
  const prevLower = prev?.text.toLowerCase() ?? '';
  const after = ctx.text.slice(tokens[last].end, tokens[last].end + 12);
  if (next && !tokens[last].possessive && SPEECH_VERBS.has(nextLower) && mayBePerson) votes.person += 2;
  if (next && !next.capitalized && PLACE_RIGHT_CUES.has(nextLower) && text(ctx, last, last + 1) === ' ') votes.place += 2;
  if (prevLower === 'of' && PLACE_OF_CUES.has(tokens[first - 2]?.text.toLowerCase() ?? '')) votes.place += 2;
  if (prev && PLACE_PREPOSITIONS.has(prevLower) && text(ctx, first - 1, first) === ' ') votes.place += 1.5;
  // "analysts at Goldman Sachs", "chief executive of Tesla": a role at an employer.
  if (/^(?:at|of|from|for|with)$/.test(prevLower) && ROLE_NOUNS.has(tokens[first - 2]?.text.toLowerCase() ?? '')) votes.organization += 2.5;
  // "published in Nature", "told the BBC", "a report by Oxfam".
  if (/^(?:in|by)$/.test(prevLower) && PUBLISHED_IN.has(tokens[first - 2]?.text.toLowerCase() ?? '')) votes.organization += 4;
  // A match report: "beat Liverpool 2-1", "Borussia Dortmund 4-0", "Bayern Munich thrashed".
  if (/^\s+\d{1,3}-\d{1,3}\b/.test(after) || SPORT_BEFORE.has(prevLower) || SPORT_AFTER.has(nextLower)) {
    if (/^\s+\d{1,3}-\d{1,3}\b/.test(after) || ctx.sport) votes.organization += 9;
  }
  if (!single && mayBePerson && looksLikePersonalName(first, last, ctx)) votes.person += 1;
  // "rival Raila Odinga", "former security chief Emmerson Mnangagwa, who …", "Jane Doe, 45,".
  if (mayBePerson && !single) {
    if (prev && !prev.capitalized && (ROLE_NOUNS.has(prevLower) || TITLES.has(prevLower) || PERSON_BEFORE.has(prevLower))) votes.person += 2;
    if (/^,\s+(?:who\b|\d{1,3},)/.test(after)) votes.person += 2;
    // "the Prime Minister, Rishi Sunak,": a name in apposition to a title.
    if (prev && TITLES.has(prevLower.replace(/\.$/, '')) && /^,\s$/.test(ctx.text.slice(prev.end, tokens[first].start))) votes.person += 2;
    // '"…," said Amara Nwosu': an inverted attribution.
    if (SPEECH_VERBS.has(prevLower) || prevLower === 'by') votes.person += prevLower === 'by' ? 0.5 : 2;
  }

  return { first, last, sentence: run.sentence, votes, acronym };
}

function isAllCaps(first: number, last: number, ctx: ClassifyContext): boolean {
  for (let i = first; i <= last; i++) if (!/^[\p{Lu}.'’-]{2,}$/u.test(ctx.tokens[i].text)) return false;
  return true;
}

/** "Crown Prosecution Service", "Prime Minister's Office": a title word opening an organisation's name. */
function endsWithHead(first: number, last: number, ctx: ClassifyContext): boolean {
  for (let i = first + 1; i <= last; i++) if (ORG_HEADS.has(ctx.tokens[i].text.toLowerCase()) || PLACE_HEADS.has(ctx.tokens[i].text.toLowerCase())) return true;
  return false;
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
    if (ORG_HEADS.has(lower) || PLACE_HEADS.has(lower) || (i > first && isDictionaryWord(lower))) return false;
    const tags = ctx.tags[i];
    if (tags.has('Plural') || tags.has('Verb') || tags.has('Adjective') && !tags.has('Person')) return false;
  }
  return true;
}

export function isAcronym(word: string): boolean {
  return /^(\p{Lu}\.){2,}$/u.test(word) || /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(word);
}
