// Turns a capitalised run into a typed candidate mention: trims titles, sentence-initial common
// words and nationality adjectives, then weighs the evidence for person / organisation / place.
// Weights: 3 = a list or a name pattern says so, 2 = compromise or a strong context cue,
// 1 = a weak cue (a preposition, the shape of a name).
import type { EntityType } from '../types';
import type { Token } from '../tokens';
import type { Run } from './runs';
import { isDictionaryWord } from './tagger';
import {
  CREDIT_BEFORE,
  EVENT_HEADS,
  EVENT_PREFIXES,
  NAME_MONTHS,
  PARTY_MEMBER,
  PERSON_BEFORE,
  PERSON_PRONOUNS,
  PUBLISHED_IN,
  SIDE_VERBS,
  SPORT_AFTER,
  SPORT_BEFORE,
  STAKE_IN,
  STATE_WORDS,
  STRONG_PLACE_PREPOSITIONS,
  THING_PRONOUNS,
  VENUE_BEFORE,
  appositionNoun,
  passiveBefore,
  pronounAfter,
} from './context';
import { CALENDAR, COMMON_WORDS, EVENT_PLURALS, GROUP_NOUNS, NOT_NAMES, PLACE_OF_CUES, PERSON_NOUNS, PLACE_PREPOSITIONS, ROLE_NOUNS, SPEECH_VERBS, TITLES, TITLE_MODIFIERS } from '../lexicon/words';
import { DEMONYMS, GEO_MODIFIERS, PLACE_ACRONYMS, PLACE_HEADS, PLACE_NAMES, PLACE_PREFIXES, PLACE_RIGHT_CUES } from '../lexicon/places';
import {
  COMPANY_SUFFIXES,
  MASTHEAD_WORDS,
  NON_ENTITY_ACRONYMS,
  ORG_ACRONYMS,
  ORG_HEADS,
  ORG_LAST_HEADS,
  ORG_NAMES,
  ORG_NOUNS,
  ORG_OF_HEADS,
  ORG_POSSESSIONS,
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
  /** Whether sentence `s` reports a game ("by four wickets", "2-1", "a five-Test series"). */
  sportSentence?: (s: number) => boolean;
  /** The text of sentence `s`. */
  sentenceText?: (s: number) => string;
}

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific'];
const NON_NOUN_TAGS = ['Verb', 'Adverb', 'Preposition', 'Determiner', 'Pronoun', 'Conjunction', 'Value', 'QuestionWord', 'Expression'];

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
    } else if (w === 'the' || w === 'i' || (first === ctx.sentenceFirst(first) && !keepsOpener(first, last, ctx, ctx.sportSentence?.(run.sentence) ?? false))) {
      if (first === last) return null;
      first++;
    } else if (first < last && (GROUP_NOUNS.has(w) || NOT_NAMES.has(w))) {
      first++;
    } else break;
  }
  // "the Finance Minister", "Crown Prince": a title with no name is not an entity.
  let allTitle = true;
  for (let i = first; i <= last && allTitle; i++) allTitle = TITLES.has(lower(i)) || TITLE_MODIFIERS.has(lower(i));
  if (allTitle) return null;
  // "Group A", "Pool B", "Plan B": a label, not a name.
  if (last === first + 1 && /^\p{Lu}\.?$/u.test(tokens[last].text) && !NAME_TAGS.some((n) => ctx.tags[first].has(n))) return null;
  // "LAURIE OAKES IS THE NINE NETWORK …": a shouted line, not a name.
  if (last - first >= 2 && isAllCaps(first, last, ctx)) {
    for (let i = first; i <= last; i++) if (COMMON_WORDS.has(lower(i))) return null;
  }
  // Named events are not entities: "Hurricane Sandy", "Paris Motor Show", "World Cup".
  if (first < last && (EVENT_PREFIXES.has(lower(first)) || EVENT_HEADS.has(lower(last)))) return null;
  // Dates and party labels at the end are not part of a name ("Virginia Democrat" → "Virginia").
  while (last > first && ((CALENDAR.has(lower(last)) && !(NAME_MONTHS.has(lower(last)) && !CALENDAR.has(lower(last - 1)))) || PARTY_MEMBER.has(lower(last)))) last--;
  if (DEMONYMS.has(lower(last)) || CALENDAR.has(lower(first))) return null;
  // "Lebanese Hizb'allah" → "Hizb'allah"; "Syrian Arab Army" keeps its adjective.
  const fullKey = () => tokensKey(first, last, ctx);
  if (DEMONYMS.has(lower(first)) && !hasHead(first, last, ctx) && !PLACE_NAMES.has(fullKey()) && !ORG_NAMES.has(fullKey())) {
    while (first < last && DEMONYMS.has(lower(first))) first++;
  }
  const prevWord = tokens[first - 1]?.text.toLowerCase();
  const sportSentence = ctx.sportSentence?.(run.sentence) ?? false;
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
  const lw = lower(last);
  // "the Super Eagles", "Kaizer Chiefs": compromise tags a capitalised plural as a proper noun.
  const inThe = afterThe && PLACE_PREPOSITIONS.has(tokens[first - 2]?.text.toLowerCase() ?? '');
  if (first < last && (sportSentence || (afterThe && ctx.sport)) && !inThe && !GEO_MODIFIERS.has(lower(first)) && /[^s]s$/.test(lw) && !ctx.tags[last].has('Plural') && !ctx.lowerSeen.has(lw) && !EVENT_PLURALS.has(lw) && !GROUP_NOUNS.has(lw) && !ORG_HEADS.has(lw) && !PLACE_HEADS.has(lw)) theTeam = true;
  else if (ctx.tags[last].has('Plural') && !ORG_HEADS.has(lower(last)) && !ORG_LAST_HEADS.has(lower(last)) && !PLACE_HEADS.has(lower(last)) && !PLACE_NAMES.has(fullKey()) && !ORG_NAMES.has(fullKey())) {
    const w = lower(last);
    if ((afterThe || (sportSentence && first < last)) && !EVENT_PLURALS.has(w) && !GROUP_NOUNS.has(w) && !ctx.lowerSeen.has(w)) theTeam = true;
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
    const bare = tokens[first].text.replace(/[.+]/g, '');
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
  const placeHeadLast = !single && PLACE_HEADS.has(lastWord);
  const orgHeadLast = !single && (ORG_HEADS.has(lastWord) || ORG_LAST_HEADS.has(lastWord));
  if (!single && (COMPANY_SUFFIXES.has(lastWord) || TEAM_SUFFIXES.has(lastWord))) votes.organization += 6;
  // "Mount Everest", "Lake Victoria", "Cape Town": a place word before the name.
  if (!single && !knownOrg && PLACE_PREFIXES.has(words[0]) && !orgHeadLast) votes.place += 4;
  if (placeHeadLast) votes.place += 3;
  else if (orgHeadLast) votes.organization += 4.5;
  else if (words.some((w, i) => ORG_HEADS.has(w) && (i > 0 || !single)) || (ORG_OF_HEADS.has(words[0]) && /\b(of|for)\b/.test(key))) {
    votes.organization += 3;
  }
  if (!single && !knownOrg && !knownPlace && !placeHeadLast && !orgHeadLast) {
    // "Samsung Electronics", "Tata Steel": a company's name with a word after it.
    if (words.some((w) => ORG_NAMES.has(w) && !PLACE_NAMES.has(w))) votes.organization += 3;
    // "Cricket Australia", "Air India": a place with a common word is an organisation's name;
    // "East Java", "Greater Manchester" stay places.
    else {
      const known = knownSubName(first, last, ctx, PLACE_NAMES);
      if (known) {
        const rest = words.filter((_, k) => first + k < known[0] || first + k > known[1]);
        // "Democratic Republic of Congo", "Kingdom of Saudi Arabia", "East Java": still a place.
        if (rest.every((w) => GEO_MODIFIERS.has(w) || STATE_WORDS.has(w))) votes.place += 3;
        else if (rest.every((w, k) => !NAME_TAGS.some((n) => ctx.tags[first + k]?.has(n)) && !PLACE_NAMES.has(w))) votes.organization += 2.5;
      }
    }
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

  const next = tokens[last + 1];
  const nextLower = next?.text.toLowerCase() ?? '';
  const prev = tokens[first - 1];
  const prevLower = prev?.text.toLowerCase() ?? '';
  const after = ctx.text.slice(tokens[last].end, tokens[last].end + 40);
  const spaceAfter = next !== undefined && text(ctx, last, last + 1) === ' ';
  const spaceBefore = prev !== undefined && text(ctx, first - 1, first) === ' ';
  const speaks = spaceAfter && !tokens[last].possessive && SPEECH_VERBS.has(nextLower);
  // "Glencore said on Wednesday it would …" is a company; "Kane Williamson said his side" a person.
  const pronoun = speaks ? pronounAfter(last + 2, ctx) : '';

  const tagsOf = (i: number) => ctx.tags[i];
  const anyTag = (names: string[]) => {
    for (let i = first; i <= last; i++) if (names.some((n) => tagsOf(i).has(n))) return true;
    return false;
  };
  // People's names hold no acronyms ("NHS England") and no company or team suffix, and never
  // follow "the" ("at the Santiago Bernabéu").
  const pluralEnd = !single && ctx.tags[last].has('Plural') && isDictionaryWord(lastWord) && !NAME_TAGS.some((n) => tagsOf(first).has(n));
  const nameLike = !single && looksLikePersonalName(first, last, ctx);
  // "Brent crude", "Chelsea striker": a name followed by a noun describes that noun.
  const modifier = single && spaceAfter && !next.capitalized && !tokens[last].possessive && (tagsOf(last + 1).has('Noun') || tagsOf(last + 1).has('Adjective')) && !tagsOf(last + 1).has('Verb') && !SPEECH_VERBS.has(nextLower);
  const mayBePerson =
    !hasAcronym && !knownOrg && !knownPlace && votes.organization < 6 && !pluralEnd && !EVENT_PREFIXES.has(words[0]) && !(afterThe && !titled) && !modifier && !THING_PRONOUNS.has(pronoun) && !PLACE_PREFIXES.has(words[0]);
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

  if (speaks) {
    if (THING_PRONOUNS.has(pronoun)) votes.organization += 3;
    else if (mayBePerson && (single || nameLike || PERSON_PRONOUNS.has(pronoun))) votes.person += 2;
    else if (!single && !nameLike && !knownPlace) votes.organization += 1.5;
  }
  if (spaceAfter && !next.capitalized && PLACE_RIGHT_CUES.has(nextLower)) votes.place += 2;
  // "the Unite union", "the Wagner group": a name before the kind of organisation it is.
  if (spaceAfter && !next.capitalized && ORG_NOUNS.has(nextLower) && !knownPlace) votes.organization += 2.5;
  // "Northvolt's chief executive", "Ocado's shares": what a company has.
  if (tokens[last].possessive && next && !next.capitalized && (ORG_POSSESSIONS.has(nextLower) || (nextLower === 'chief' && /^executive|^financial/.test(tokens[last + 2]?.text ?? '')))) votes.organization += 2.5;
  // "a 27-year-old Werribee man": a home town.
  if (single && prevLower === 'old' && /^(?:man|woman|boy|girl|resident|father|mother)$/.test(nextLower)) votes.place += 3;
  // "residents of Yellowknife", "the capital of the Northwest Territories".
  const ofAt = afterThe ? first - 2 : first - 1;
  if (tokens[ofAt]?.text === 'of' && PLACE_OF_CUES.has(tokens[ofAt - 1]?.text.toLowerCase() ?? '') && !orgHeadLast) votes.place += 2;
  const strongPlace = prev !== undefined && STRONG_PLACE_PREPOSITIONS.has(prevLower) && spaceBefore && !tokens[last].possessive;
  if (prev && PLACE_PREPOSITIONS.has(prevLower) && spaceBefore) votes.place += strongPlace ? 3 : 1.5;
  // "at the Emirates Stadium", "at the Santiago Bernabéu": a venue.
  if (afterThe && tokens[first - 2]?.text.toLowerCase() === 'at' && !orgHeadLast && !knownOrg) votes.place += 3;
  // "analysts at Goldman Sachs", "chief executive of Tesla": a role at an employer.
  if (/^(?:at|of|from|for|with)$/.test(prevLower) && ROLE_NOUNS.has(tokens[first - 2]?.text.toLowerCase() ?? '')) votes.organization += 2.5;
  // "published in Nature", "told the BBC", "a report by Oxfam".
  if (/^(?:in|by)$/.test(prevLower) && PUBLISHED_IN.has(tokens[first - 2]?.text.toLowerCase() ?? '')) votes.organization += 4;
  // "shares in Ocado", "invested in Stripe".
  if (prevLower === 'in' && STAKE_IN.has(tokens[first - 2]?.text.toLowerCase() ?? '')) votes.organization += 4;
  // A match report: "beat Liverpool 2-1", "Borussia Dortmund 4-0", "Bayern Munich thrashed",
  // "India beat Pakistan by four wickets"; but "in Melbourne" is where they played.
  const scoreAfter = /^\s+\d{1,3}-\d{1,3}\b/.test(after);
  const sideBefore = SPORT_BEFORE.has(prevLower) && !['with', 'to', 'over'].includes(prevLower);
  // "Aryna Sabalenka beat Coco Gauff 6-3, 7-5": players, not sides.
  const player = !single && mayBePerson && (NAME_TAGS.some((n) => tagsOf(first).has(n)) || nameLike) && /\b\d{1,2}-\d{1,2},\s*\d{1,2}-\d{1,2}\b/.test((ctx.sentenceText?.(run.sentence) ?? ''));
  const side = () => {
    if (!player) votes.organization = Math.max(votes.organization + 9, votes.place + 1);
  };
  // "Liverpool manager Arne Slot", "India captain", "Newcastle have won": a club or a national side.
  const clubRole = spaceAfter && !next.capitalized && (/^(?:manager|striker|midfielder|defender|goalkeeper|coach|captain|fc|fans|supporters|squad|skipper|boss)$/.test(nextLower) || (/^(?:have|are|were)$/.test(nextLower) && /^(?:won|lost|drawn|beaten|been|scored|conceded)$/.test(tokens[last + 2]?.text ?? '')));
  if (player) votes.person += 1.5;
  if (clubRole && (knownPlace || single) && !hasAcronym) side();
  else if (scoreAfter || (ctx.sport && (sideBefore || SPORT_AFTER.has(nextLower)))) side();
  else if (sportSentence && !VENUE_BEFORE.has(prevLower) && (!placeHeadLast || knownPlace) && !titled) {
    // In a sentence that reports a game, a country or a club next to a sporting verb is a side.
    const sideWord = SPORT_BEFORE.has(prevLower) || (spaceAfter && (SIDE_VERBS.has(nextLower) || SPORT_AFTER.has(nextLower)));
    if (sideWord && (knownPlace || theTeam || (single && !hasAcronym))) side();
  }
  // "Virat Kohli scored …": a name nobody knows, doing something.
  const acts = spaceAfter && (tagsOf(last + 1).has('Verb') || SIDE_VERBS.has(nextLower)) && !next.capitalized;
  if (!single && mayBePerson && nameLike && !strongPlace) votes.person += acts && unknownWords(last, last, ctx) ? 1.5 : 1;
  // "rival Raila Odinga", "former security chief Emmerson Mnangagwa, who …", "Jane Doe, 45,".
  if (mayBePerson && !single) {
    if (prev && !prev.capitalized && (ROLE_NOUNS.has(prevLower) || TITLES.has(prevLower) || PERSON_BEFORE.has(prevLower))) votes.person += 2;
    if (/^,\s+(?:who\b|\d{1,3},)/.test(after)) votes.person += 2;
    // "the Prime Minister, Rishi Sunak,": a name in apposition to a title.
    if (prev && TITLES.has(prevLower.replace(/\.$/, '')) && /^,\s$/.test(ctx.text.slice(prev.end, tokens[first].start))) votes.person += 2;
    // '"…," said Amara Nwosu': an inverted attribution.
    if (SPEECH_VERBS.has(prevLower) || prevLower === 'by') votes.person += prevLower === 'by' ? 0.5 : 2;
  }
  // "Ghana's cocoa regulator, Cocobod, …", "her lawyer, Jane Doe,": the noun the name stands for.
  const before = prev && !prev.capitalized && /^,\s$/.test(ctx.text.slice(prev.end, tokens[first].start)) ? prevLower : '';
  if (before && ORG_NOUNS.has(before) && !knownPlace) votes.organization += 2.5;
  else if (before && PERSON_NOUNS.has(before) && mayBePerson) votes.person += 2;
  // "fined £104m by Ofwat", "acquired by Nvidia": the agent of a passive verb.
  if (single && prevLower === 'by' && !NAME_TAGS.some((n) => tagsOf(first).has(n)) && !knownPlace && passiveBefore(first - 1, ctx)) votes.organization += 1.5;
  // "Photograph: Umit Bektas/Reuters": a photographer's credit.
  if (mayBePerson && !single && (/^\/\s*\p{Lu}[\p{L}.]*(?: Images)?\s*(?:$|[.,;)])/u.test(after) || CREDIT_BEFORE.test(ctx.text.slice(Math.max(0, tokens[first].start - 24), tokens[first].start)))) votes.person += 2;
  // "Wanjiru Kamau, a nurse at …", "Mistral AI, the Paris-based start-up, …".
  const apposition = appositionNoun(after);
  if (apposition && PERSON_NOUNS.has(apposition) && mayBePerson) votes.person += 2;
  else if (apposition && ORG_NOUNS.has(apposition) && !knownPlace) votes.organization += 3;

  return { first, last, sentence: run.sentence, votes, acronym };
}

function isAllCaps(first: number, last: number, ctx: ClassifyContext): boolean {
  for (let i = first; i <= last; i++) if (!/^[\p{Lu}.'’-]{2,}$/u.test(ctx.tokens[i].text)) return false;
  return true;
}

/** "Crown Prosecution Service", "Prime Minister's Office": a title word opening an organisation's name. */
function endsWithHead(first: number, last: number, ctx: ClassifyContext): boolean {
  for (let i = first + 1; i <= last; i++) if (ORG_HEADS.has(ctx.tokens[i].text.toLowerCase()) || PLACE_HEADS.has(ctx.tokens[i].text.toLowerCase())) return true;
  return last > first && ORG_LAST_HEADS.has(ctx.tokens[last].text.toLowerCase());
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
function knownSubName(first: number, last: number, ctx: ClassifyContext, only?: ReadonlySet<string>): [number, number] | null {
  for (let len = last - first; len >= 1; len--) {
    for (let a = first; a + len - 1 <= last; a++) {
      const key = tokensKey(a, a + len - 1, ctx);
      if (only ? only.has(key) : PLACE_NAMES.has(key) || ORG_NAMES.has(key)) return [a, a + len - 1];
    }
  }
  return null;
}

function hasHead(first: number, last: number, ctx: ClassifyContext): boolean {
  for (let i = first + 1; i <= last; i++) if (ORG_HEADS.has(ctx.tokens[i].text.toLowerCase())) return true;
  return false;
}





/** Whether a sentence's first word belongs to the name rather than being capitalised by position. */
function keepsOpener(i: number, last: number, ctx: ClassifyContext, sportSentence: boolean): boolean {
  const tok = ctx.tokens[i];
  const lower = tok.text.toLowerCase();
  const moreFollow = i < last;
  if (COMMON_WORDS.has(lower)) return false;
  // "Mount Everest is …", "Qantas Airways cancelled …": a place word or an organisation's head
  // word shows the run is a name.
  const unknown = !isDictionaryWord(lower) && !ctx.lowerSeen.has(lower);
  if (moreFollow && (PLACE_PREFIXES.has(lower) || (unknown && endsWithHead(i, last, ctx)))) return true;
  // "Médecins Sans Frontières told …": no word of the run is one compromise knows.
  if (moreFollow && unknown && !TITLES.has(lower.replace(/s$/, '')) && !GROUP_NOUNS.has(lower)) {
    let all = true;
    for (let k = i + 1; k <= last && all; k++) {
      const w = ctx.tokens[k].text.toLowerCase();
      all = isAcronym(ctx.tokens[k].text) || (!isDictionaryWord(w) && !ctx.lowerSeen.has(w) && !COMMON_WORDS.has(w));
    }
    if (all) return true;
  }
  // "Revolut, the London-based fintech, said …": an unknown word with an apposition.
  if (!moreFollow && unknown && appositionNoun(ctx.text.slice(tok.end, tok.end + 40))) return true;
  // "Northvolt's chief executive …": a word nobody writes in lower case, owning something.
  if (!moreFollow && tok.possessive && unknown) return true;
  // "Arsenal moved top …" in a match report.
  if (!moreFollow && sportSentence && !ctx.lowerSeen.has(lower) && SIDE_VERBS.has(ctx.tokens[i + 1]?.text.toLowerCase() ?? '')) return true;
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
    if (ORG_HEADS.has(lower) || ORG_LAST_HEADS.has(lower) || PLACE_HEADS.has(lower) || (i > first && isDictionaryWord(lower))) return false;
    const tags = ctx.tags[i];
    if (tags.has('Plural') || tags.has('Verb') || tags.has('Adjective') && !tags.has('Person')) return false;
  }
  return true;
}

/** Whether no word of the run is one compromise knows (not "Standard Chartered", but "Virat Kohli"). */
function unknownWords(first: number, last: number, ctx: ClassifyContext): boolean {
  for (let i = first; i <= last; i++) {
    const w = ctx.tokens[i].text.toLowerCase();
    if (isDictionaryWord(w) || ctx.lowerSeen.has(w)) return false;
  }
  return true;
}

export function isAcronym(word: string): boolean {
  return /^(\p{Lu}\.){2,}$/u.test(word) || /^\p{Lu}[\p{Lu}\p{N}&]+\+?$/u.test(word);
}
