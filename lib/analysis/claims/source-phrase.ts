// Judges the phrase a sentence attributes its statement to: named on the record (a person or
// organisation the entity finder found, a role or body like "the ministry", "he"), anonymous
// ("officials", "a person familiar with the talks", "Obama administration officials"), vague
// ("experts", "many Tunisians", "studies"), or named but not linked (a report, a named body's
// statistic or estimate: "according to the Congressional Budget Office, … $390 billion").
import type { EntityType } from '../types';

export type AttributionKind = 'on-record' | 'anonymous' | 'vague' | 'named-unlinked';

export interface Attribution {
  kind: AttributionKind;
  /** The source as written, for the card: 'Mark Warner', 'the ministry', 'officials'. */
  source: string;
  /** The attribution names a speaker of quoted words (so it can carry to the next sentence). */
  speech: boolean;
  /** It covers only the words it quotes ("X called the deficit “…”"), not the next sentence. */
  quoteOnly?: boolean;
}

/** An entity mention inside the sentence, offsets relative to the sentence. */
export interface SentenceMention {
  start: number;
  end: number;
  type: EntityType;
  text: string;
}

export interface SourceContext {
  speech: boolean;
  /** The sentence states a number or share (a named body's statistic is a document, not speech). */
  statistic: boolean;
  /** The verb is "estimates", "projects", "forecast". */
  estimate?: boolean;
  /** "according to X". */
  according?: boolean;
}

const ANONYMOUS_CUE = /\b(?:unnamed|anonymous|anonymity|familiar with|briefed on|close to|not authori[sz]ed|asked not to be|declined to be|spoke on condition|who (?:asked|requested|declined|spoke)|knowledge of)\b/i;
/** Head nouns of an unnamed source ("Obama administration officials", "a senior source"). */
const ANONYMOUS_HEAD = /^(?:sources?|officials?|insiders?|aides?|people|persons?|someone|individuals?|diplomats?|officers?|employees?|staffers?|members?|residents?|witness(?:es)?|neighbou?rs?|friends?|colleagues?|executives?|advisers?|advisors?|negotiators?|investigators?|agents?|operatives?)$/i;
/** Head nouns of a vague collective source. */
const VAGUE_HEAD = /^(?:experts?|studies|research|researchers|scientists|analysts|economists|critics|observers|commentators|historians|academics|scholars|doctors|campaigners|activists|fans|supporters|opponents|politicians|lawmakers|legislators|reports|surveys|polls|evidence|estimates|many|some|others|everyone|everybody|they|pundits|watchers|skeptics|sceptics|conservatives|liberals|progressives|democrats|republicans|voters|residents|locals|parents|users|customers|consumers|investors|traders|officials)$/i;
const DOCUMENT_HEAD = /^(?:report|reports|study|studies|survey|surveys|poll|polls|analysis|audit|review|paper|census|inquiry|filing|memo|dossier|document|documents|data|figures|statistics|research|notes|bill|law|code|ruling|findings|estimates?|projections?|forecasts?|tweets?|posts?|article)$/i;
/** A role or body speaking for itself: on the record even without a name. */
const ROLE_OR_BODY =
  /\b(?:ministry|minister|department|government|council|court|judge|police|army|military|navy|agency|company|firm|bank|board|commission|committee|office|spokes(?:man|woman|person)|president|prime minister|premier|chancellor|mayor|governor|secretary|chief|chairman|chairwoman|chair|director|head|leader|ceo|founder|prosecutors?|attorney|lawyer|regulator|authority|union|party|campaign|club|manager|coach|university|hospital|embassy|senator|congress(?:man|woman)|representative|white house|kremlin|pentagon|statement|administration|cabinet|parliament|senate|assembly|charity|institute|foundation|family|organi[sz]ers|operator|airline|owner|author|authors|creator|developer|programmer)\b/i;
const UNNAMED_ROLE = /^(?:the|a|an|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:owner|manager|worker|employee|nurse|doctor|teacher|driver|resident|member|official|director|head|spokes(?:man|woman|person)|engineer|lawyer|officer|volunteer|student|parent|farmer|shopkeeper)\s+(?:of|at|for|from|in)\s+(?:a|an|one)\s/iu;
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;
const DETERMINER = /^(?:the|this|that|these|those|his|her|its|their|our|my|your)\b/i;
const PREPOSITION = /\s+(?:at|from|in|of|for|with|on|to|close|inside|within|across|who|familiar|briefed|involved)\b.*$/i;

/** The attribution named by `source` (offset `at` in the sentence), or null when it names no source. */
export function judgeSource(source: string, at: number, mentions: readonly SentenceMention[], context: SourceContext): Attribution | null {
  const a = judgePhrase(source, at, mentions, context);
  return a && { ...a, source: asWritten(a.source) };
}

/** "The ministry" at the start of a sentence reads "the ministry" on the card; names keep their capitals. */
function asWritten(source: string): string {
  return source.replace(/^(?:The|A|An|This|These|Those|Its|His|Her|Their|One|Two|Three|Several|Many|Some|Most|Other|Officials|Sources|Experts|Analysts|Critics|Researchers|Scientists|Studies|Economists|Residents|Witnesses|People|Police)\b/, (w) => w.toLowerCase());
}

function judgePhrase(source: string, at: number, mentions: readonly SentenceMention[], context: SourceContext): Attribution | null {
  const phrase = source.replace(/[,.;:]+$/, '').trim();
  if (!phrase || phrase.split(/\s+/).length > 14) return null;
  const end = at + source.length;
  const inside = mentions.filter((m) => m.start < end && m.end > at);
  const person = inside.find((m) => m.type === 'person');
  const body = inside.find((m) => m.type === 'organization') ?? inside.find((m) => m.type === 'place');
  const words = phrase.replace(PREPOSITION, '').split(/\s+/);
  const head = words[words.length - 1].replace(/['’]s$/, '');
  const speech = context.speech;
  if (ANONYMOUS_CUE.test(phrase)) return { kind: 'anonymous', source: phrase, speech };
  // "Obama administration officials said": a name modifies the head, but the people are unnamed.
  if (ANONYMOUS_HEAD.test(head) && !(person && person.end >= end - 1)) {
    if (/^(?:(?:the|a|an|its|his|her)\s+)?(?:\w+\s+)?spokes/i.test(phrase)) return { kind: 'on-record', source: phrase, speech };
    if (VAGUE_HEAD.test(head) && /^(?:many|some|most|several|other|numerous|various)\b/i.test(phrase)) return { kind: 'vague', source: phrase, speech };
    return { kind: 'anonymous', source: phrase, speech };
  }
  if (person) return { kind: 'on-record', source: person.text, speech };
  // "the owner of a car dealership", "a nurse at a hospital in the city": a role in a place nobody
  // names is one unnamed person, not a body speaking on the record.
  if (!inside.some((m) => m.type === 'organization') && UNNAMED_ROLE.test(phrase)) return { kind: 'anonymous', source: phrase.replace(/\s+(?:who|that)$/i, ''), speech };
  if (DOCUMENT_HEAD.test(head) || /\b(?:report|study|survey|poll|data|figures|statistics|research)\b/i.test(phrase)) {
    // "studies show", "local news reports": nothing a reader could look up.
    const generic = !body && !DETERMINER.test(phrase) && !/^(?:a|an)\b/i.test(phrase) && /s$/.test(head);
    return { kind: generic ? 'vague' : 'named-unlinked', source: phrase, speech: false };
  }
  // A named body's number or estimate is a document the reader cannot open; its statement is not.
  // The entity finder may miss the body ("the Congressional Budget Office"): a capitalised phrase will do.
  const namedBody = body?.text ?? (/^(?:the\s+)?\p{Lu}/u.test(phrase) && !PRONOUN.test(phrase) ? phrase : undefined);
  if (namedBody && (context.estimate || (context.statistic && (context.according || (!context.speech && !ROLE_OR_BODY.test(phrase)))))) {
    return { kind: 'named-unlinked', source: namedBody, speech: false };
  }
  if (body) return { kind: 'on-record', source: body.text, speech };
  if (VAGUE_HEAD.test(head) || genericGroup(phrase)) return { kind: 'vague', source: phrase, speech };
  if (PRONOUN.test(phrase)) return { kind: 'on-record', source: phrase, speech };
  if (ROLE_OR_BODY.test(phrase)) return { kind: context.estimate ? 'named-unlinked' : 'on-record', source: phrase, speech };
  // A capitalised name the entity finder missed ("Weston said", "Kyiv said").
  if (/^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*$/u.test(phrase)) {
    return { kind: context.estimate ? 'named-unlinked' : 'on-record', source: phrase, speech };
  }
  return null;
}

/** "Several European intelligence agencies", "Many Tunisians", "Islamist politicians": a plural
 *  group with no determiner and nobody named. */
function genericGroup(phrase: string): boolean {
  if (/^(?:several|many|some|various|numerous|multiple|certain|a number of|a few|a group of|dozens of|hundreds of|thousands of)\s/i.test(phrase)) return true;
  const words = phrase.split(/\s+/);
  const head = words[words.length - 1];
  return !DETERMINER.test(phrase) && !/^(?:a|an)$/i.test(words[0]) && words.length <= 4 && /^\p{Ll}[\p{L}-]*s$/u.test(head);
}
