// Cuts a capitalised run down to the words that can be a name: titles, "The", sentence-initial
// common words, nationality adjectives, trailing dates and party labels go; runs that are no name
// at all (a bare title, "Group A", a shouted line, a named event, a plural common noun) are
// dropped. A few shapes settle the type outright (a dateline, "The Economist"), so no evidence is
// weighed for them.
import type { ClassifyContext, Votes } from './candidate';
import type { Run } from './runs';
import { isDictionaryWord } from './tagger';
import { EVENT_HEADS, EVENT_PREFIXES, NAME_MONTHS, PARTY_MEMBER, SIDE_VERBS, appositionNoun } from './context';
import { NAME_TAGS, endsWithHead, gapText, hasHead, isAcronym, isAllCaps, knownSubName, tokensKey } from './name-shape';
import { CALENDAR, COMMON_WORDS, EVENT_PLURALS, GROUP_NOUNS, NOT_NAMES, PLACE_PREPOSITIONS, SPEECH_VERBS, TITLES, TITLE_MODIFIERS } from '../lexicon/words';
import { DEMONYMS, GEO_MODIFIERS, PLACE_HEADS, PLACE_NAMES, PLACE_PREFIXES } from '../lexicon/places';
import { MASTHEAD_WORDS, ORG_HEADS, ORG_LAST_HEADS, ORG_NAMES, THE_INSTITUTIONS } from '../lexicon/organizations';

/** A run cut down to its name, with what the cutting learnt that the scoring needs. */
export interface TrimmedRun {
  first: number;
  last: number;
  /** A title stood before the name ("Senator Mark Warner"), in the run or before it. */
  titled: boolean;
  /**
   * "the" stood right before the name. Taken before a plural tail is cut to a known sub-name
   * ("the Boston Marathon Bombings" → "Boston"), and kept as it was then: the scoring has always
   * seen that value.
   */
  afterThe: boolean;
  /** The run's sentence reports a game. */
  sportSentence: boolean;
  /** A capitalised plural reads as a team or a force ("the Denver Nuggets", "Kaizer Chiefs"). */
  theTeam: boolean;
  /** Votes the run's shape settles outright; when set, no evidence is weighed. */
  settled?: Votes;
}

const NON_NOUN_TAGS = ['Verb', 'Adverb', 'Preposition', 'Determiner', 'Pronoun', 'Conjunction', 'Value', 'QuestionWord', 'Expression'];

/** A dateline after a sentence-initial capitalised place: "WASHINGTON (Reuters) -", "MUMBAI:". */
const DATELINE_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?[-—–:]|^,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s*(?:\([^)]{1,40}\)\s*)?[-—–:]/u;

/** All-caps labels that open a line the way a dateline does, but name no place. */
const KICKER = new Set(
  'breaking update updated exclusive watch live opinion analysis editorial correction clarification photos video listen explainer factcheck fact-check review obituary sponsored advertisement'.split(' '),
);

function settle(first: number, last: number, votes: Votes): TrimmedRun {
  return { first, last, titled: false, afterThe: false, sportSentence: false, theTeam: false, settled: votes };
}

/** The name inside `run`, or null when the run names nothing. */
export function trimRun(run: Run, ctx: ClassifyContext): TrimmedRun | null {
  const { tokens } = ctx;
  let first = run.first;
  let last = run.last;
  let titled = run.titled === true;
  const lower = (i: number) => tokens[i].text.toLowerCase().replace(/\.$/, '');

  // A dateline: "WASHINGTON (Reuters) -", "NEW DELHI:", "KYIV, Ukraine (AP) —".
  if (first === ctx.sentenceFirst(first) && isAllCaps(first, last, ctx) && DATELINE_AFTER.test(ctx.text.slice(tokens[last].end, tokens[last].end + 60))) {
    // "BREAKING:", "UPDATE -": a kicker, not a place.
    if (first === last && KICKER.has(lower(first))) return null;
    return settle(first, last, { person: 0, organization: 0, place: 5 });
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
  const afterThe = prevWord === 'the' && gapText(ctx, first - 1, first) === ' ';
  if (first === last && !isAcronym(tokens[first].text)) {
    // A single word the text also uses in lower case ("Member states", "member states") is a word.
    const w = lower(first);
    const theCapital = tokens[first - 1]?.text === 'The';
    if (theCapital && MASTHEAD_WORDS.has(w)) return settle(first, last, { person: 0, organization: 3, place: 0 });
    if (afterThe && THE_INSTITUTIONS.has(w)) return settle(first, last, { person: 0, organization: 4, place: 0 });
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
  return { first, last, titled, afterThe, sportSentence, theTeam };
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
