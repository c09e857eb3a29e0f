// Who a sentence says its statement comes from: "X said", "said X", "according to X", "X told
// reporters", "a report by X found". The source phrase is then judged (./source-phrase.ts): named on
// the record, anonymous, vague, or a named document or statistic that is not linked.
import { judgeSource, type Attribution, type SentenceMention } from './source-phrase';

export type { Attribution, AttributionKind, SentenceMention } from './source-phrase';

/** "report|study" → "[Rr]eport|[Ss]tudy": case-blind words in a regex that must see capitals elsewhere. */
function anyCase(words: string): string {
  return words
    .split('|')
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
}

const VERBS =
  'said|says|say|told|tells|added|adds|wrote|writes|stated|announced|announces|confirmed|confirms|denied|denies|claimed|claims|claim|alleged|alleges|argued|argues|argue|warned|warns|warn|estimated|estimates|estimate|projected|projects|forecast|forecasts|insisted|insists|acknowledged|acknowledges|admitted|admits|conceded|noted|notes|explained|explains|testified|reported|reports|believe|believes|believed|think|thinks|found|finds|find|show|shows|showed|shown|suggest|suggests|suggested|predicted|predicts|predict|concluded|concludes|revealed|reveals|disclosed|divulged|accused|accuses|accuse|blamed|blame|challenged|defended|regard|regards|contend|contends|contended|maintain|maintains|maintained|insist|recalled|described|called|put it';
const VERB_RE = new RegExp(`\\b(?:(?:has|have|had|also|previously|later|earlier|repeatedly|publicly|privately|separately|recently|once|long|already|often|widely)\\s+)*(${VERBS})\\b`, 'gi');
/** Verbs that attribute what follows as speech (so a quote may carry on into the next sentence). */
const SAY_VERBS = /^(?:said|says|say|told|tells|added|adds|wrote|writes|stated|announced|insisted|argued|warned|claimed|alleged|noted|notes|explained|explains|acknowledged|admitted|conceded|testified|confirmed|denied|recalled|divulged|put it)$/i;
/** "Police found the body" is an event, not an attribution: these verbs attribute only before a clause. */
const WEAK_VERBS = /^(?:found|finds|find|show|shows|showed|shown|revealed|reveals|reported|reports|disclosed|described|called|defended|challenged|blamed|blame|regard|regards)$/i;
const ESTIMATE_VERBS = /^(?:estimated|estimates|estimate|projected|projects|forecast|forecasts|predicted|predicts|predict)$/i;
const ACCORDING_RE = /\b(?:according to|as reported by|cited by|quoted by|in the words of)\s+([^,;:.!?"“”()]{2,90})/i;
/** The outlet's unnamed sources: "TMZ has learned", "we're told", "we understand". */
const OUTLET_ANONYMOUS_RE = /\b(?:has|have) learned\b|\bwe(?:'re|’re| are| were) told\b|\bwe understand\b|\bit is understood\b/i;
/** Documents another outlet saw: "intelligence reports seen by Reuters". */
const SEEN_BY_RE = new RegExp(`((?:[\\w'’-]+\\s+){0,3}(?:${anyCase('reports?|documents?|papers|files|emails|messages|records|memos?|letters?')})\\s+(?:seen|obtained|reviewed) by\\s+\\p{Lu}[\\p{L}'’&.-]*(?:\\s+\\p{Lu}[\\p{L}'’&.-]*)*)`, 'u');
const IMPERSONAL_RE = /\b(?:it (?:is|was|has been) (?:said|believed|thought|claimed|alleged|reported|rumou?red|widely (?:believed|thought|reported))|(?:is|are|was|were|has been|have been) (?:said|believed|thought|reported|rumou?red|suspected|alleged) (?:to|of)|reportedly|allegedly|purportedly|supposedly|rumou?rs? (?:has|have|say|suggest))\b/i;
/** A document as the subject of a finding: "a report by Oxfam found", "the survey shows". */
const DOCUMENT_RE = new RegExp(
  `\\b(?:(?:${anyCase('a|the|an|new|latest|recent|last|this|its|their|his|her|annual|official|internal|leaked|confidential|independent|government|parliamentary|draft|preliminary|published')})\\s+(?:[\\p{L}'’-]+\\s+){0,4})?` +
    `(?:${anyCase('report|study|survey|poll|analysis|audit|review|paper|census|inquiry|investigation|filing|assessment|memo|dossier|records|figures|data|statistics|estimates|index|ranking|research')})\\b` +
    `(?:\\s+(?:by|from|of|for|published by|released by|commissioned by|carried out by|conducted by)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:of|for|and|on)?\\s*\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,6})?`,
  'u',
);
const DOCUMENT_VERBS = /^\s*(?:\S+\s+){0,8}?(?:found|finds|find|show|shows|showed|shown|suggest|suggests|suggested|said|says|concluded|concludes|estimated|estimates|revealed|reveals|indicates?|indicated|warned|warns|predicted|predicts|ranked|ranks)\b/i;
/** "… published a report", "in a study released on Monday": the document is the source. */
const PUBLISHED_RE = /\b(?:published|released|issued|commissioned|in)\s+((?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}(?:report|study|survey|poll|analysis|audit|paper|white paper|census|dossier))\b/i;
/** A piece another outlet or body published, as the subject of a relative clause: "an article by New York magazine that". */
const DOCUMENT_THAT_RE = /\b((?:[Aa]n?|[Tt]he)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:article|report|study|story|column|op-ed|editorial|paper|survey|poll|analysis|investigation)\s+(?:by|from|in)\s+(?:the\s+)?\p{Lu}[^,;:"“”()]{1,60}?),?\s+(?:that|which)\s+$/u;
/** A statistic rather than a count of events: shares, money, large amounts, rates. */
const HAS_STATISTIC = /\d\s?(?:%|percent|per cent)|[$€£¥]\s?\d|\b(?:million|billion|trillion|percent|per cent|rate|average|gross domestic product|gdp)\b/i;

/** The attribution in one sentence, if any. `mentions` are the entities inside it. */
export function findAttribution(text: string, mentions: readonly SentenceMention[]): Attribution | null {
  const quoted = /["“”]/.test(text);
  const statistic = HAS_STATISTIC.test(text);
  if (OUTLET_ANONYMOUS_RE.test(text)) return { kind: 'anonymous', source: OUTLET_ANONYMOUS_RE.exec(text)![0], speech: false };
  const seen = SEEN_BY_RE.exec(text);
  if (seen) return { kind: 'named-unlinked', source: seen[1].trim(), speech: false };
  const according = ACCORDING_RE.exec(text);
  if (according) {
    const at = according.index + according[0].length - according[1].length;
    const a = judgeSource(according[1], at, mentions, { speech: false, statistic, according: true });
    if (a) return a;
  }
  let first: Attribution | null = null;
  for (const m of text.matchAll(VERB_RE)) {
    // "“People think of heat as …,” said Amara Nwosu": a verb inside the quote attributes nothing.
    if (insideQuote(text, m.index)) continue;
    const a = attributionAt(text, m, mentions, quoted, statistic);
    // "He claimed the tax cuts would pay for themselves even as the CBO estimated …": the
    // estimate is what a reader would check.
    if (a?.kind === 'named-unlinked') return a;
    first ??= a;
  }
  if (first) return first;
  const doc = DOCUMENT_RE.exec(text);
  if (doc && DOCUMENT_VERBS.test(text.slice(doc.index + doc[0].length))) return { kind: 'named-unlinked', source: doc[0].trim(), speech: false };
  const published = PUBLISHED_RE.exec(text);
  if (published) return { kind: 'named-unlinked', source: published[1].trim(), speech: false };
  const impersonal = IMPERSONAL_RE.exec(text);
  if (impersonal) return { kind: 'vague', source: impersonal[0].toLowerCase(), speech: false };
  return null;
}

/** Quote marks that open and close in `s`: a straight quote after a space (or at the start) opens. */
export function quoteBalance(s: string): { opens: number; closes: number } {
  let opens = 0;
  let closes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '“') opens++;
    else if (c === '”') closes++;
    else if (c === '"') {
      if (i === 0 || /[\s([{—–-]/.test(s[i - 1])) opens++;
      else closes++;
    }
  }
  return { opens, closes };
}

function insideQuote(text: string, at: number): boolean {
  const { opens, closes } = quoteBalance(text.slice(0, at));
  return opens > closes;
}

/** The attribution made by one reporting verb, trying its subject after it, then before it. */
function attributionAt(text: string, m: RegExpExecArray | RegExpMatchArray, mentions: readonly SentenceMention[], quoted: boolean, statistic: boolean): Attribution | null {
  const verb = m[1];
  const verbAt = m.index ?? 0;
  const before = text.slice(0, verbAt);
  const after = text.slice(verbAt + m[0].length);
  // "nothing to say", "would argue", "did not claim": not this sentence's attribution.
  // "is said to", "was reported": passive, left to the impersonal pattern below.
  if (/\b(?:to|will|would|could|should|can|may|might|must|do|does|did|not|n't|never|is|are|was|were|be|been|being)\s+$/i.test(before)) return null;
  // "the leading whale expert, called on by tribes", "a move described by critics as": a passive
  // participle, whose agent (if any) comes after "by"; the phrase before it is no source.
  if (/^\s+(?:(?:on|upon|in|up|out)\s+)?by\b/i.test(after)) return null;
  // "retweeted an article by New York magazine that claimed …": the unlinked article is the source.
  const document = DOCUMENT_THAT_RE.exec(before);
  if (document) return { kind: 'named-unlinked', source: document[1], speech: false };
  const say = SAY_VERBS.test(verb);
  const context = { speech: quoted || /^(?:said|says|told|added|wrote)$/i.test(verb), statistic, estimate: ESTIMATE_VERBS.test(verb) };
  // Inverted: '"…," said Amina Diallo, head of the delegation.'
  if (say && (/[,”"’]\s*$/.test(before) || !before.trim())) {
    const subject = /^\s+((?:the\s+)?[^,;:.!?"“”()]{2,80}?)(?=\s*(?:[,;:.!?]|$|\s+(?:in|on|at|during|after|before|when|while|last|this|yesterday|today)\b))/i.exec(after);
    if (subject) {
      const at = verbAt + m[0].length + subject[0].length - subject[1].length;
      const a = judgeSource(subject[1], at, mentions, context);
      if (a) return a;
    }
  }
  const candidates = subjectsBefore(before);
  // "McConnell called the deficit “the transcendent issue of our era”": his words, quoted.
  const quotesWords = /^(?:called|described)$/i.test(verb) && /^[^.;“"]{0,80}[“"]/.test(after);
  const weakOk = !WEAK_VERBS.test(verb) || quotesWords || /^\s*(?:[.,;:!?]|$)|^\s+(?:that|how|what|no|little|evidence|signs?|on|in|last|this|it)\b/i.test(after);
  for (const c of candidates) {
    if (/^(?:who|which|that)$/i.test(c.text)) {
      // "the source, who said he had spoken to people inside, told Reuters": the relative clause
      // speaks for the noun before it, which may be unnamed.
      const antecedent = /(?:^|[,;:—–]\s*)([^,;:"“”()—–]{2,60}),\s*$/.exec(before.slice(0, c.start));
      const judged = antecedent && judgeSource(antecedent[1], before.indexOf(antecedent[1], antecedent.index), mentions, context);
      if (judged && judged.kind !== 'on-record') return judged;
      // "a bloc of countries, led by Senegal, which argued": the last name before the verb.
      const last = mentions.filter((x) => x.end <= verbAt && x.type !== 'place').pop();
      return last ? { kind: 'on-record', source: last.text, speech: false } : null;
    }
    const a = judgeSource(c.text, c.start, mentions, context);
    // Weak verbs attribute only to studies and vague sources unless a clause follows.
    if (a && (weakOk || a.kind === 'vague' || a.kind === 'named-unlinked')) return quotesWords && WEAK_VERBS.test(verb) ? { ...a, quoteOnly: true } : a;
  }
  if (say) {
    // "Rafael Montoya, a policy analyst at a nonprofit that tracks space traffic, said": the named
    // subject opens the sentence, before an appositive or a relative clause.
    const lead = mentions.find((x) => x.start < verbAt && x.type !== 'place' && /^[\s\p{P}]*(?:(?:the|a|an|\p{Lu}[\p{L}.]*)\s+){0,4}$/u.test(text.slice(0, x.start)));
    if (lead) return { kind: 'on-record', source: lead.text, speech: context.speech };
  }
  return null;
}

/** Noun phrases that may be the subject of a verb at the end of `before`: the nearest clause,
 *  then the comma segment before it ("Chris Weston, chief executive, said"), then the opening one. */
function subjectsBefore(before: string): { text: string; start: number }[] {
  const trimmed = before.replace(/\s+$/, '');
  if (!trimmed) return [];
  const out: { text: string; start: number }[] = [];
  const push = (start: number, end: number) => {
    const raw = trimmed.slice(start, end);
    const text = raw.trim().replace(/,$/, '').trim();
    if (!text || text.split(/\s+/).length > 12 || out.some((o) => o.text === text)) return;
    out.push({ text, start: start + (raw.length - raw.trimStart().length) });
  };
  const boundary = /.*(?:[;:"“”()—–]|,\s|\b(?:that|and|but|which|because|while|when|as|if|what|how|why|where|so|than|after|before|although|though|since|until|despite)\s)/is.exec(trimmed);
  const start = boundary ? boundary[0].length : 0;
  push(start, trimmed.length);
  if (boundary && /,\s$/.test(boundary[0])) {
    const prev = /.*(?:[;:"“”()—–]|,\s)/s.exec(trimmed.slice(0, boundary[0].length - 2));
    push(prev ? prev[0].length : 0, boundary[0].length - 2);
  }
  const opening = /^([^,;:"“”]{2,60}),/.exec(trimmed);
  if (opening) push(0, opening[1].length);
  return out;
}
