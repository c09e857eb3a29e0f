// Who a sentence says its statement comes from: "X said", "said X", "according to X", "X told
// reporters", "a report by X found". The source phrase is then judged: named on the record (a
// person or organisation the entity finder found, a role or body like "the ministry"), anonymous
// ("officials", "a person familiar with the talks"), vague ("experts", "studies"), or a document
// that names itself but is not linked ("a report by Oxfam").
import type { EntityType } from '../types';

export type AttributionKind = 'on-record' | 'anonymous' | 'vague' | 'unlinked-document';

export interface Attribution {
  kind: AttributionKind;
  /** The source as written, for the card: 'Mark Warner', 'the ministry', 'officials'. */
  source: string;
  /** The attribution names a speaker of quoted words (so it can carry to the next sentence). */
  speech: boolean;
}

/** An entity mention inside the sentence, offsets relative to the sentence. */
export interface SentenceMention {
  start: number;
  end: number;
  type: EntityType;
  text: string;
}

const VERBS =
  'said|says|say|told|tells|added|adds|wrote|writes|stated|announced|announces|confirmed|confirms|denied|denies|claimed|claims|claim|alleged|alleges|argued|argues|argue|warned|warns|warn|estimated|estimates|estimate|insisted|insists|acknowledged|acknowledges|admitted|admits|noted|explained|testified|reported|reports|believe|believes|believed|think|thinks|found|finds|find|show|shows|showed|shown|suggest|suggests|suggested|predicted|predicts|predict|concluded|concludes|revealed|reveals|disclosed|accused|accuses|insist|maintain|maintains|maintained|put it|told reporters';
const VERB_RE = new RegExp(`\\b(?:has |have |had |also |previously |later |earlier |repeatedly |publicly |privately |separately |recently |once )*(${VERBS})\\b`, 'gi');
const ACCORDING_RE = /\b(?:according to|as reported by|as told to|cited by|quoted by|in the words of)\s+([^,;:.!?"“”()]{2,90})/i;
const IMPERSONAL_RE = /\b(?:it (?:is|was|has been) (?:said|believed|thought|understood|claimed|alleged|reported|rumou?red|widely (?:believed|thought|reported))|(?:is|are|was|were) (?:said|believed|thought|reported|rumou?red|understood) to|reportedly|allegedly|purportedly|supposedly|rumou?rs? (?:has|have|say|suggest))\b/i;

/** Nouns that make a source anonymous when no name comes with them. */
const ANONYMOUS_HEAD = /\b(?:sources?|officials?|insiders?|aides?|people|persons?|person|someone|individuals?|diplomats?|officers?|employees?|staffers?|members?|residents?|witness(?:es)?|neighbou?rs?|friends?|colleagues?|executives?|advisers?|advisors?|lawmakers?|legislators?|negotiators?|analyst|observer|one man|one woman|a man|a woman)\b/i;
const ANONYMOUS_CUE = /\b(?:unnamed|anonymous|anonymity|familiar with|briefed on|close to|not authori[sz]ed|asked not to be|declined to be|spoke on condition|who (?:asked|requested|declined|spoke)|knowledge of)\b/i;
/** Plural or generic sources a reader cannot follow. */
const VAGUE_HEAD = /^(?:many |some |most |several |other |leading |top |independent |outside |western |local |health |legal |climate |security |medical |military |political |financial |market |industry |prominent |critics |campaigners |activists )*(?:experts?|studies|research|researchers|scientists|analysts|economists|critics|observers|commentators|historians|academics|scholars|doctors|observers|campaigners|activists|reports|surveys|polls|data|evidence|figures|statistics|estimates|many|some|others|people|everyone|everybody|they|pundits|insiders|watchers|the experts|the science)\b/i;
/** Documents: named, but without a link the reader cannot open them. */
const DOCUMENT_RE = /\b(?:(?:a|the|an|new|latest|recent|last|this|its|their|his|her|annual|official|internal|leaked|confidential|independent|government|parliamentary|draft|preliminary|published)\s+(?:[\p{Lu}\w'’-]+\s+){0,4})?(?:report|study|survey|poll|analysis|audit|review|paper|census|inquiry|investigation|filing|assessment|white paper|memo|dossier|letter|document|documents|records|figures|data|statistics|estimates|index|ranking|research)\b(?:\s+(?:by|from|of|for|published by|released by|commissioned by|carried out by|conducted by)\s+(?:the\s+)?[\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+(?:of|for|and|on)?\s*[\p{Lu}][\p{L}\p{N}&.'’-]*){0,6})?/iu;
const DOCUMENT_VERBS = /\b(?:found|finds|find|show|shows|showed|shown|suggest|suggests|suggested|said|says|concluded|concludes|estimated|estimates|revealed|reveals|published|released|according to|indicates?|indicated|warned|warns|predicted|predicts|put|puts|ranked|ranks)\b/i;
/** "… published a report", "in a study released on Monday": the document is the source. */
const PUBLISHED_RE = /\b(?:published|released|issued|commissioned|in)\s+((?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}(?:report|study|survey|poll|analysis|audit|paper|white paper|census|dossier))\b/i;
/** A role or body speaking for itself: on the record even without a name. */
const ROLE_OR_BODY =
  /\b(?:ministry|ministries|minister|ministers|department|government|council|court|judge|police|force|army|military|navy|agency|company|firm|bank|board|commission|committee|office|spokes(?:man|woman|person)|president|prime minister|premier|chancellor|mayor|governor|secretary|chief|chairman|chairwoman|chair|director|head|leader|ceo|founder|prosecutors?|attorney|lawyer|regulator|authority|service|union|party|campaign|club|team|manager|coach|university|hospital|school|district|embassy|senator|congressman|congresswoman|representative|mp|lawmaker|white house|kremlin|pentagon|statement|spokesperson|administration|cabinet|parliament|congress|senate|assembly|group|organi[sz]ation|charity|institute|centre|center|federation|association|coalition|network|foundation|family|relatives|organisers|organizers|operator|airline|carrier|retailer|insurer|owner|officials at|landlord)\b/i;
const WEAK_VERBS = /^(?:found|finds|find|show|shows|showed|shown|revealed|reveals|reported|reports|disclosed)$/i;
const SAY_VERBS = /^(?:said|says|say|told|tells|added|adds|wrote|writes|stated|announced|insisted|argued|warned|claimed|alleged|noted|explained|acknowledged|admitted|testified|confirmed|denied)$/i;
/** "Several European intelligence agencies", "some Western governments": a group nobody is named in. */
const UNNAMED_GROUP = /^(?:several|many|some|various|numerous|multiple|other|certain|two|three|four|a number of|a few|a group of|dozens of|hundreds of)\s+(?:[\p{L}-]+\s+){0,3}[\p{Ll}-]+s$/iu;
const PRONOUN = /^(?:he|she|they|it|we|i|who|which)$/i;

/** The attribution in one sentence, if any. `mentions` are the entities inside it. */
export function findAttribution(text: string, mentions: readonly SentenceMention[]): Attribution | null {
  const according = ACCORDING_RE.exec(text);
  if (according) {
    const at = according.index + according[0].length - according[1].length;
    return judge(according[1].trim(), at, text, mentions, false);
  }
  let found: Attribution | null = null;
  for (const m of text.matchAll(VERB_RE)) {
    const verbAt = m.index;
    const before = text.slice(0, verbAt);
    // "nothing to say", "would argue", "did not claim": not an attribution of this sentence.
    if (/\b(?:to|will|would|could|should|can|may|might|must|do|does|did|not|n't|never)\s+$/i.test(before)) continue;
    const after = text.slice(verbAt + m[0].length);
    const quoteBefore = /[,”"’]\s*$/.test(before) || /^\s*$/.test(before);
    // Inverted: '"…," said Amina Diallo, head of the delegation.'
    if (quoteBefore && /^(?:said|says|told|added|wrote|claimed|insisted|warned|explained|noted)$/i.test(m[1])) {
      const subject = /^\s+((?:the\s+)?[^,;:.!?"“”()]{2,80}?)(?=\s*(?:[,;:.!?]|$|\s+(?:in|on|at|during|after|before|when|while|last|this|yesterday|today)\b))/i.exec(after);
      if (subject) {
        const at = verbAt + m[0].length + subject[0].length - subject[1].length;
        found = judge(subject[1], at, text, mentions, /["“”]/.test(text));
        break;
      }
    }
    const subject = subjectBefore(before);
    const sayVerb = SAY_VERBS.test(m[1]);
    // "Rafael Montoya, a policy analyst at a nonprofit that tracks space traffic, said …": when the
    // clause before the verb is an appositive or a relative clause, the named subject opens the sentence.
    if (sayVerb && (!subject || /^(?:who|which|that)$/i.test(subject.text) || /^\p{Ll}/u.test(subject.text))) {
      const lead = mentions.find((x) => x.start < verbAt && x.type !== 'place' && /^[\s\p{P}]*(?:(?:the|a|an|\p{Lu}[\p{L}.]*)\s+){0,4}$/u.test(text.slice(0, x.start)));
      if (lead) {
        found = { kind: 'on-record', source: lead.text, speech: /["“”]/.test(text) || /^(?:said|says|told|added|wrote)$/i.test(m[1]) };
        break;
      }
      // "Astronomers, who have complained about …, said": the sentence's opening noun phrase.
      const opening = /^([^,;:"“”]{2,60}),/.exec(before);
      const judged = opening && judge(opening[1], 0, text, mentions, /["“”]/.test(text));
      if (judged) {
        found = judged;
        break;
      }
      if (subject && /^(?:who|which|that)$/i.test(subject.text)) {
        const last = mentions.filter((x) => x.end <= verbAt).pop();
        if (last) {
          found = { kind: 'on-record', source: last.text, speech: false };
          break;
        }
        continue;
      }
    }
    if (!subject) continue;
    // "Police found the body" reports an event, not what police said: these verbs attribute only
    // when a clause follows ("found that …") or the subject is a study or a vague source.
    if (WEAK_VERBS.test(m[1]) && !/^\s*(?:[.,;:!?]|$)|^\s+(?:that|how|what|no|little|evidence|signs?|on|in|last|this)\b/i.test(after) && !VAGUE_HEAD.test(subject.text) && !/\b(?:report|study|survey|poll|analysis|audit|review|paper|data|figures|research)\b/i.test(subject.text)) continue;
    const a = judge(subject.text, subject.start, text, mentions, /["“”]/.test(text) || /^(?:said|says|told|added|wrote)$/i.test(m[1]));
    if (a) {
      found = a;
      break;
    }
  }
  if (found) return found;
  const doc = DOCUMENT_RE.exec(text);
  if (doc && DOCUMENT_VERBS.test(text.slice(doc.index + doc[0].length, doc.index + doc[0].length + 80))) return { kind: 'unlinked-document', source: doc[0].trim(), speech: false };
  const published = PUBLISHED_RE.exec(text);
  if (published) return { kind: 'unlinked-document', source: published[1].trim(), speech: false };
  if (IMPERSONAL_RE.test(text)) return { kind: 'vague', source: IMPERSONAL_RE.exec(text)![0].toLowerCase(), speech: false };
  return null;
}

/** The noun phrase right before a reporting verb, within its clause ("Chief executive Chris Weston"). */
function subjectBefore(before: string): { text: string; start: number } | null {
  const trimmed = before.replace(/\s+$/, '');
  if (!trimmed) return null;
  // Clause boundary: punctuation, a quote mark, or a word that starts a new clause.
  const boundary = /.*(?:[;:"“”()—–]|,\s|\b(?:that|and|but|which|because|while|when|as|if|what|how|why|where|so|than)\s)/is.exec(trimmed);
  let start = boundary ? boundary[0].length : 0;
  let phrase = trimmed.slice(start);
  // "Chris Weston, chief executive, said": an appositive after a comma names the one before it.
  if (/^\s*(?:the|a|an|its|his|her|their)?\s*\p{Ll}/u.test(phrase) && boundary && /,\s$/.test(boundary[0])) {
    const prev = /.*(?:[;:"“”()—–]|,\s|^)(.*?),\s*$/is.exec(trimmed.slice(0, boundary[0].length));
    if (prev && prev[1].trim()) {
      start = trimmed.lastIndexOf(prev[1], boundary[0].length);
      phrase = trimmed.slice(start);
    }
  }
  const words = phrase.trim().split(/\s+/);
  if (!words[0] || words.length > 12) return null;
  const offset = start + (phrase.length - phrase.trimStart().length);
  return { text: phrase.trim(), start: offset };
}

function judge(source: string, at: number, sentence: string, mentions: readonly SentenceMention[], speech: boolean): Attribution | null {
  const phrase = source.replace(/[,.;:]+$/, '').trim();
  if (!phrase) return null;
  const end = at + source.length;
  const named = mentions.filter((m) => m.start < end && m.end > at && m.type !== 'place');
  const placeNamed = mentions.some((m) => m.start < end && m.end > at && m.type === 'place');
  const whole = sentence.slice(at);
  if (ANONYMOUS_CUE.test(phrase) || (ANONYMOUS_CUE.test(whole) && ANONYMOUS_HEAD.test(phrase) && !named.some((m) => m.type === 'person'))) {
    return { kind: 'anonymous', source: phrase, speech };
  }
  if (named.some((m) => m.type === 'person')) return { kind: 'on-record', source: named.find((m) => m.type === 'person')!.text, speech };
  if (/^(?:a|an|one|two|three|several|some|many)?\s*(?:\w+\s+){0,2}(?:sources?|officials?|insiders?|aides?|people|person|diplomats?|officers?|employees?|staffers?|residents?|witness(?:es)?)\b/i.test(phrase) && !/\b(?:spokes\w+|statement)\b/i.test(phrase)) {
    return { kind: 'anonymous', source: phrase, speech };
  }
  const doc = /\b(?:report|study|survey|poll|analysis|audit|review|paper|census|inquiry|filing|memo|dossier|document|data|figures|statistics|research)\b/i.test(phrase);
  if (doc && !/\b(?:statement|spokes\w+)\b/i.test(phrase)) {
    return VAGUE_HEAD.test(phrase) && !named.length && !/^(?:the|a|an|its|their)\b/i.test(phrase) ? { kind: 'vague', source: phrase, speech: false } : { kind: 'unlinked-document', source: phrase, speech: false };
  }
  if (named.length) return { kind: 'on-record', source: named[0].text, speech };
  if (VAGUE_HEAD.test(phrase) || UNNAMED_GROUP.test(phrase)) return { kind: 'vague', source: phrase, speech };
  if (PRONOUN.test(phrase)) return { kind: 'on-record', source: phrase, speech };
  if (ROLE_OR_BODY.test(phrase) || placeNamed) return { kind: 'on-record', source: phrase, speech };
  // A capitalised name the entity finder missed ("Weston said", "Kyiv said").
  if (/^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*$/u.test(phrase)) return { kind: 'on-record', source: phrase, speech };
  return null;
}
