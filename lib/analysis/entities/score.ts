// Weighs a candidate's cues into votes for person / organisation / place.
// Weights: 3 = a list or a name pattern says so, 2 = compromise or a strong context cue,
// 1 = a weak cue (a preposition, the shape of a name); 6 = a list knows the whole name, which
// outweighs the shape of the words around it.
// The order of the rules matters where a rule reads the votes so far: a person is only possible
// while no list has given the organisation 6, and a side's vote must top the place vote.
import type { ClassifyContext, Votes } from './candidate';
import type { ContextCues, WordCues } from './cues';
import type { TrimmedRun } from './trim';
import { EVENT_PREFIXES, PERSON_PRONOUNS, SPORT_AFTER, STATE_WORDS, THING_PRONOUNS, VENUE_BEFORE } from './context';
import { NAME_TAGS, knownSubName } from './name-shape';
import { PERSON_NOUNS, SPEECH_VERBS } from '../lexicon/words';
import { GEO_MODIFIERS, PLACE_ACRONYMS, PLACE_NAMES, PLACE_PREFIXES, PLACE_RIGHT_CUES } from '../lexicon/places';
import { COMPANY_SUFFIXES, ORG_ACRONYMS, ORG_HEADS, ORG_NAMES, ORG_NOUNS, ORG_OF_HEADS, TEAM_SUFFIXES, THE_NOT_COMPANY } from '../lexicon/organizations';

/** Votes for a lone acronym (`bare`: without dots or a trailing "+"): only the lists and its length speak. */
export function acronymVotes(bare: string): Votes {
  const votes: Votes = { person: 0, organization: 0, place: 0 };
  if (PLACE_ACRONYMS.has(bare)) votes.place += 3;
  else if (ORG_ACRONYMS.has(bare)) votes.organization += 3;
  else if (PLACE_NAMES.has(bare.toLowerCase())) votes.place += 3; // a dateline: "GENEVA"
  else if (bare.length >= 2 && bare.length <= 6) votes.organization += 1.5;
  return votes;
}

/** What the run's own words say: names the lists know, head words, suffixes, acronyms. */
export function scoreWords(span: TrimmedRun, own: WordCues, ctx: ClassifyContext, votes: Votes): void {
  const { first, last, afterThe, theTeam } = span;
  const { words, key, single, lastWord, knownPlace, knownOrg, placeHeadLast, orgHeadLast } = own;
  const { tokens } = ctx;
  // A name the lists know outweighs the shape of the words around it.
  if (knownOrg && afterThe && THE_NOT_COMPANY.has(key) && knownPlace) votes.place += 6; // "the Amazon"
  else if (knownOrg) votes.organization += 6;
  else if (knownPlace) votes.place += 6;
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
  // "NHS England", "BBC Scotland": an organisation's acronym with a place it serves.
  if (own.orgAcronym && words.every((w) => ORG_ACRONYMS.has(w.toUpperCase().replace(/\./g, '')) || PLACE_NAMES.has(w) || ORG_HEADS.has(w))) votes.organization += 3;
}

/** What the words around the run say, given what its own words already voted. */
export function scoreContext(span: TrimmedRun, own: WordCues, c: ContextCues, ctx: ClassifyContext, votes: Votes): void {
  const { titled, afterThe, sportSentence, theTeam } = span;
  const { words, key, single, knownPlace, knownOrg, placeHeadLast, orgHeadLast, hasAcronym } = own;
  const { nextLower, prevLower, pronoun, nameLike } = c;
  // People's names hold no acronyms ("NHS England") and no company or team suffix, and never
  // follow "the" ("at the Santiago Bernabéu").
  const mayBePerson =
    !hasAcronym && !knownOrg && !knownPlace && votes.organization < 6 && !c.pluralEnd && !EVENT_PREFIXES.has(words[0]) && !(afterThe && !titled) && !c.modifier && !THING_PRONOUNS.has(pronoun) && !PLACE_PREFIXES.has(words[0]);
  if (titled && mayBePerson) votes.person += 3;
  if (mayBePerson) {
    if (!single && c.nameTagged) votes.person += 2.5;
    else if (c.personTag) votes.person += 2;
  }
  if (c.placeTag) votes.place += 2;
  if (c.orgTag) votes.organization += 1;
  if (/^(abu|bin|ibn|al|el)\b/.test(key)) votes.person += 1.5;
  // "Mohammed bin Salman", "Ursula von der Leyen", "Ahmed al-Sharaa": a particle inside a name.
  if (/^\S+(?: \S+)? (?:bin|ibn|bint|van|von|de|da|di|del|della|dos|al|ter)[ -]\S/.test(key)) votes.person += 3;

  if (c.speaks) {
    if (THING_PRONOUNS.has(pronoun)) votes.organization += 3;
    else if (mayBePerson && (single || nameLike || PERSON_PRONOUNS.has(pronoun))) votes.person += 2;
    else if (!single && !nameLike && !knownPlace) votes.organization += 1.5;
  }
  if (c.lowerAfter && PLACE_RIGHT_CUES.has(nextLower)) votes.place += 2;
  // "the Unite union", "the Wagner group": a name before the kind of organisation it is.
  if (c.lowerAfter && ORG_NOUNS.has(nextLower) && !knownPlace) votes.organization += 2.5;
  if (c.ownsOrgThing) votes.organization += 2.5;
  if (single && c.homeTown) votes.place += 3;
  if (c.placeOf && !orgHeadLast) votes.place += 2;
  if (c.placePreposition) votes.place += c.strongPlace ? 3 : 1.5;
  if (c.atThe && !orgHeadLast && !knownOrg) votes.place += 3;
  if (c.roleBefore) votes.organization += 2.5;
  if (c.publishedIn) votes.organization += 4;
  if (c.stakeIn) votes.organization += 4;
  // A match report: "beat Liverpool 2-1", "Borussia Dortmund 4-0", "Bayern Munich thrashed",
  // "India beat Pakistan by four wickets"; but "in Melbourne" is where they played.
  // "Aryna Sabalenka beat Coco Gauff 6-3, 7-5": players, not sides.
  const player = !single && mayBePerson && (c.nameTagged || nameLike) && c.setScores();
  // A side outvotes whatever the lists said about the place it is named after.
  const side = () => {
    if (!player) votes.organization = Math.max(votes.organization + 9, votes.place + 1);
  };
  if (player) votes.person += 1.5;
  if (c.clubRole && (knownPlace || single) && !hasAcronym) side();
  else if (c.scoreAfter || (ctx.sport && (c.sideBefore || SPORT_AFTER.has(nextLower)))) side();
  else if (sportSentence && !VENUE_BEFORE.has(prevLower) && (!placeHeadLast || knownPlace) && !titled) {
    // In a sentence that reports a game, a country or a club next to a sporting verb is a side.
    if (c.sideWord && (knownPlace || theTeam || (single && !hasAcronym))) side();
  }
  // "Virat Kohli scored …": a name nobody knows, doing something.
  if (!single && mayBePerson && nameLike && !c.strongPlace) votes.person += c.unknownActs ? 1.5 : 1;
  // "rival Raila Odinga", "former security chief Emmerson Mnangagwa, who …", "Jane Doe, 45,".
  if (mayBePerson && !single) {
    if (c.roleWordBefore) votes.person += 2;
    if (c.whoAfter) votes.person += 2;
    if (c.titleApposition) votes.person += 2;
    // '"…," said Amara Nwosu': an inverted attribution.
    if (SPEECH_VERBS.has(prevLower) || prevLower === 'by') votes.person += prevLower === 'by' ? 0.5 : 2;
  }
  // "Ghana's cocoa regulator, Cocobod, …", "her lawyer, Jane Doe,": the noun the name stands for.
  if (c.commaNoun && ORG_NOUNS.has(c.commaNoun) && !knownPlace) votes.organization += 2.5;
  else if (c.commaNoun && PERSON_NOUNS.has(c.commaNoun) && mayBePerson) votes.person += 2;
  if (single && c.byPassive && !c.nameTagged && !knownPlace) votes.organization += 1.5;
  // "Photograph: Umit Bektas/Reuters": a photographer's credit.
  if (mayBePerson && !single && c.credit) votes.person += 2;
  // "Wanjiru Kamau, a nurse at …", "Mistral AI, the Paris-based start-up, …".
  if (c.apposition && PERSON_NOUNS.has(c.apposition) && mayBePerson) votes.person += 2;
  else if (c.apposition && ORG_NOUNS.has(c.apposition) && !knownPlace) votes.organization += 3;
}
