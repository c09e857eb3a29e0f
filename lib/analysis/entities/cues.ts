// The evidence about a trimmed run, gathered before anything is weighed: what its own words are
// (known names, head words, acronyms) and what the words around it say ("X said it", "shares in
// X", "X, a nurse,"). None of it reads the votes, so gathering it up front cannot change a result,
// and the scorer reads as a list of weights.
import type { ClassifyContext } from './candidate';
import type { TrimmedRun } from './trim';
import { isDictionaryWord } from './tagger';
import { CREDIT_BEFORE, PERSON_BEFORE, PUBLISHED_IN, SIDE_VERBS, SPORT_AFTER, SPORT_BEFORE, STAKE_IN, STRONG_PLACE_PREPOSITIONS, appositionNoun, passiveBefore, pronounAfter } from './context';
import { NAME_TAGS, gapText, isAcronym, looksLikePersonalName, unknownWords } from './name-shape';
import { PLACE_OF_CUES, PLACE_PREPOSITIONS, ROLE_NOUNS, SPEECH_VERBS, TITLES } from '../lexicon/words';
import { PLACE_HEADS, PLACE_NAMES } from '../lexicon/places';
import { ORG_ACRONYMS, ORG_HEADS, ORG_LAST_HEADS, ORG_NAMES, ORG_POSSESSIONS } from '../lexicon/organizations';

/** What the run's own words are. */
export interface WordCues {
  /** Lower-case words, a trailing full stop dropped. */
  words: string[];
  key: string;
  single: boolean;
  lastWord: string;
  knownPlace: boolean;
  knownOrg: boolean;
  placeHeadLast: boolean;
  orgHeadLast: boolean;
  /** Some word is an acronym of two or more letters ("NHS England"). */
  hasAcronym: boolean;
  /** Some word is an organisation's acronym the lists know. */
  orgAcronym: boolean;
}

export function wordCues(span: TrimmedRun, ctx: ClassifyContext): WordCues {
  const { tokens } = ctx;
  const { first, last } = span;
  const lower = (i: number) => tokens[i].text.toLowerCase().replace(/\.$/, '');
  const words: string[] = [];
  for (let i = first; i <= last; i++) words.push(lower(i));
  const key = words.join(' ');
  const single = first === last;
  const lastWord = words[words.length - 1];
  let hasAcronym = false;
  let orgAcronym = false;
  for (let i = first; i <= last; i++) {
    const w = tokens[i].text.replace(/\./g, '');
    if (isAcronym(tokens[i].text) && w.length > 1) {
      hasAcronym = true;
      if (ORG_ACRONYMS.has(w)) orgAcronym = true;
    }
  }
  return {
    words,
    key,
    single,
    lastWord,
    knownPlace: PLACE_NAMES.has(key),
    knownOrg: ORG_NAMES.has(key) || ORG_NAMES.has(key.replace(/-/g, ' ')) || /^hizb/.test(key),
    placeHeadLast: !single && PLACE_HEADS.has(lastWord),
    orgHeadLast: !single && (ORG_HEADS.has(lastWord) || ORG_LAST_HEADS.has(lastWord)),
    hasAcronym,
    orgAcronym,
  };
}

/** What the words around the run say. Named after the reading each cue supports. */
export interface ContextCues {
  nextLower: string;
  prevLower: string;
  spaceAfter: boolean;
  /** A lower-case word follows after one space. */
  lowerAfter: boolean;
  /** "X said" / "X told" right after the name. */
  speaks: boolean;
  /** The first pronoun after "X said" ("it" or "he"), or ''. */
  pronoun: string;
  /** The first word carries a compromise name tag (FirstName, LastName, …). */
  nameTagged: boolean;
  personTag: boolean;
  placeTag: boolean;
  orgTag: boolean;
  /** The name ends in a dictionary plural ("Gulf Allies"). */
  pluralEnd: boolean;
  /** Two to four words shaped like a personal name. */
  nameLike: boolean;
  /** "Brent crude", "Chelsea striker": a name followed by a noun describes that noun. */
  modifier: boolean;
  /** "Northvolt's chief executive", "Ocado's shares": what a company has. */
  ownsOrgThing: boolean;
  /** "a 27-year-old Werribee man": a home town. */
  homeTown: boolean;
  /** "residents of Yellowknife", "the capital of the Northwest Territories". */
  placeOf: boolean;
  /** A place preposition one space before ("in", "from"). */
  placePreposition: boolean;
  /** A firmer one ("in", "near") and the name owns nothing. */
  strongPlace: boolean;
  /** "at the Emirates Stadium". */
  atThe: boolean;
  /** "analysts at Goldman Sachs", "chief executive of Tesla". */
  roleBefore: boolean;
  /** "published in Nature", "a report by Oxfam". */
  publishedIn: boolean;
  /** "shares in Ocado", "invested in Stripe". */
  stakeIn: boolean;
  /** "Borussia Dortmund 4-0". */
  scoreAfter: boolean;
  /** "beat Liverpool", "against India" (not "with", "to", "over"). */
  sideBefore: boolean;
  /** "Liverpool manager", "Newcastle have won". */
  clubRole: boolean;
  /** A sporting verb or preposition next to the name ("Australia will host", "beat Morocco"). */
  sideWord: boolean;
  /** The sentence holds set scores ("6-3, 7-5"), so its names are players. Lazy: reads the sentence. */
  setScores: () => boolean;
  /** An unknown last word followed by a verb ("Virat Kohli scored"). */
  unknownActs: boolean;
  /** "rival Raila Odinga", "former security chief Emmerson Mnangagwa". */
  roleWordBefore: boolean;
  /** ", who …" or ", 45," after the name. */
  whoAfter: boolean;
  /** "the Prime Minister, Rishi Sunak,": a name in apposition to a title. */
  titleApposition: boolean;
  /** The lower-case noun right before ", X" ("regulator, Cocobod"), or ''. */
  commaNoun: string;
  /** "fined £104m by Ofwat": the agent of a passive verb. */
  byPassive: boolean;
  /** "Photograph: Umit Bektas/Reuters". */
  credit: boolean;
  /** The head noun of an apposition after the name (", a nurse at …"), or ''. */
  apposition: string;
}

export function contextCues(span: TrimmedRun, w: WordCues, sentence: number, ctx: ClassifyContext): ContextCues {
  const { tokens } = ctx;
  const { first, last, afterThe } = span;
  const { single } = w;
  const next = tokens[last + 1];
  const nextLower = next?.text.toLowerCase() ?? '';
  const prev = tokens[first - 1];
  const prevLower = prev?.text.toLowerCase() ?? '';
  const after = ctx.text.slice(tokens[last].end, tokens[last].end + 40);
  const spaceAfter = next !== undefined && gapText(ctx, last, last + 1) === ' ';
  const spaceBefore = prev !== undefined && gapText(ctx, first - 1, first) === ' ';
  const speaks = spaceAfter && !tokens[last].possessive && SPEECH_VERBS.has(nextLower);
  const tagsOf = (i: number) => ctx.tags[i];
  const anyTag = (names: string[]) => {
    for (let i = first; i <= last; i++) if (names.some((n) => tagsOf(i).has(n))) return true;
    return false;
  };
  const nameTagged = NAME_TAGS.some((n) => tagsOf(first).has(n));
  const ofAt = afterThe ? first - 2 : first - 1;
  const acts = spaceAfter && (tagsOf(last + 1).has('Verb') || SIDE_VERBS.has(nextLower)) && !next.capitalized;
  return {
    nextLower,
    prevLower,
    spaceAfter,
    lowerAfter: spaceAfter && !next.capitalized,
    speaks,
    // "Glencore said on Wednesday it would …" is a company; "Kane Williamson said his side" a person.
    pronoun: speaks ? pronounAfter(last + 2, ctx) : '',
    nameTagged,
    personTag: anyTag(['Person']),
    placeTag: anyTag(['Country', 'City', 'Region', 'Place']),
    orgTag: anyTag(['Organization', 'SportsTeam']),
    // People's names never end in a dictionary plural unless their first word is a known name.
    pluralEnd: !single && ctx.tags[last].has('Plural') && isDictionaryWord(w.lastWord) && !nameTagged,
    nameLike: !single && looksLikePersonalName(first, last, ctx),
    modifier: single && spaceAfter && !next.capitalized && !tokens[last].possessive && (tagsOf(last + 1).has('Noun') || tagsOf(last + 1).has('Adjective')) && !tagsOf(last + 1).has('Verb') && !SPEECH_VERBS.has(nextLower),
    ownsOrgThing: tokens[last].possessive && next !== undefined && !next.capitalized && (ORG_POSSESSIONS.has(nextLower) || (nextLower === 'chief' && /^executive|^financial/.test(tokens[last + 2]?.text ?? ''))),
    homeTown: prevLower === 'old' && /^(?:man|woman|boy|girl|resident|father|mother)$/.test(nextLower),
    placeOf: tokens[ofAt]?.text === 'of' && PLACE_OF_CUES.has(tokens[ofAt - 1]?.text.toLowerCase() ?? ''),
    placePreposition: prev !== undefined && PLACE_PREPOSITIONS.has(prevLower) && spaceBefore,
    strongPlace: prev !== undefined && STRONG_PLACE_PREPOSITIONS.has(prevLower) && spaceBefore && !tokens[last].possessive,
    atThe: afterThe && tokens[first - 2]?.text.toLowerCase() === 'at',
    roleBefore: /^(?:at|of|from|for|with)$/.test(prevLower) && ROLE_NOUNS.has(tokens[first - 2]?.text.toLowerCase() ?? ''),
    publishedIn: /^(?:in|by)$/.test(prevLower) && PUBLISHED_IN.has(tokens[first - 2]?.text.toLowerCase() ?? ''),
    stakeIn: prevLower === 'in' && STAKE_IN.has(tokens[first - 2]?.text.toLowerCase() ?? ''),
    scoreAfter: /^\s+\d{1,3}-\d{1,3}\b/.test(after),
    sideBefore: SPORT_BEFORE.has(prevLower) && !['with', 'to', 'over'].includes(prevLower),
    clubRole: spaceAfter && !next.capitalized && (/^(?:manager|striker|midfielder|defender|goalkeeper|coach|captain|fc|fans|supporters|squad|skipper|boss)$/.test(nextLower) || (/^(?:have|are|were)$/.test(nextLower) && /^(?:won|lost|drawn|beaten|been|scored|conceded)$/.test(tokens[last + 2]?.text ?? ''))),
    sideWord: SPORT_BEFORE.has(prevLower) || (spaceAfter && (SIDE_VERBS.has(nextLower) || SPORT_AFTER.has(nextLower))),
    setScores: () => /\b\d{1,2}-\d{1,2},\s*\d{1,2}-\d{1,2}\b/.test((ctx.sentenceText?.(sentence) ?? '')),
    unknownActs: acts && unknownWords(last, last, ctx),
    roleWordBefore: prev !== undefined && !prev.capitalized && (ROLE_NOUNS.has(prevLower) || TITLES.has(prevLower) || PERSON_BEFORE.has(prevLower)),
    whoAfter: /^,\s+(?:who\b|\d{1,3},)/.test(after),
    titleApposition: prev !== undefined && TITLES.has(prevLower.replace(/\.$/, '')) && /^,\s$/.test(ctx.text.slice(prev.end, tokens[first].start)),
    commaNoun: prev && !prev.capitalized && /^,\s$/.test(ctx.text.slice(prev.end, tokens[first].start)) ? prevLower : '',
    byPassive: prevLower === 'by' && passiveBefore(first - 1, ctx),
    credit: /^\/\s*\p{Lu}[\p{L}.]*(?: Images)?\s*(?:$|[.,;)])/u.test(after) || CREDIT_BEFORE.test(ctx.text.slice(Math.max(0, tokens[first].start - 24), tokens[first].start)),
    apposition: appositionNoun(after),
  };
}
