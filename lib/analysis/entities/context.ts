// Context cues around a capitalised run, for the entity classifier: the words before and after
// a name that say what it names ("rival X", "shares in X", "X said it would", "X, the start-up,").
import type { ClassifyContext } from './candidate';

/** Lower-case words right before a person's name ("rival Raila Odinga", "wife Jane"). */
export const PERSON_BEFORE = new Set(['rival', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'widow', 'colleague', 'candidate', 'nominee', 'challenger', 'incumbent', 'suspect', 'defendant', 'victim', 'star', 'veteran', 'host', 'dr', 'mr', 'mrs', 'ms']);

/** Words before "in X" / "by X" that make X a journal or an outlet ("a study in Nature Medicine"). */
export const PUBLISHED_IN = new Set(['published', 'reported', 'appeared', 'printed', 'study', 'studies', 'analysis', 'paper', 'report', 'article', 'estimated', 'wrote', 'writing', 'letter', 'editorial', 'review', 'commentary', 'survey', 'op-ed', 'column', 'interview']);

/** Words that open or close the name of an event, a storm or an operation. */
export const EVENT_PREFIXES = new Set(['hurricane', 'storm', 'typhoon', 'cyclone', 'tropical', 'operation']);
export const EVENT_HEADS = new Set(['show', 'festival', 'cup', 'championship', 'championships', 'olympics', 'games', 'marathon', 'prize', 'prix', 'awards', 'award', 'expo', 'war', 'act', 'bill', 'day', 'week', 'agreement', 'accord', 'accords', 'treaty', 'protocol', 'declaration', 'summit', 'deal', 'doctrine']);

/** "Virginia Democrat", "a Texas Republican": the party word is not part of the place. */
export const PARTY_MEMBER = new Set(['democrat', 'republican', 'democrats', 'republicans']);
/** Verbs and words around a team's name in a match report. */
export const SPORT_BEFORE = new Set(['beat', 'beats', 'beating', 'defeated', 'defeat', 'defeating', 'thrashed', 'edged', 'routed', 'hammered', 'downed', 'against', 'vs', 'v', 'versus', 'host', 'hosts', 'hosted', 'over', 'with', 'to']);
export const SPORT_AFTER = new Set(['beat', 'beats', 'defeated', 'thrashed', 'edged', 'routed', 'hammered', 'drew', 'lost', 'won', 'fc', 'striker', 'midfielder', 'defender', 'goalkeeper', 'manager', 'coach', 'fans', 'captain']);
/** Verbs after a side's name in a sentence that reports a game ("Australia will host", "Morocco became"). */
export const SIDE_VERBS = new Set(['will', 'are', 'were', 'have', 'had', 'moved', 'went', 'climbed', 'reached', 'became', 'face', 'faced', 'play', 'played', 'host', 'hosted', 'batted', 'bowled', 'lead', 'led', 'trail', 'trailed', 'won', 'lost', 'drew', 'beat', 'beats', 'defeated', 'need', 'needed', 'finished', 'qualified', 'advanced', 'crashed', 'stunned', 'eased', 'cruised', 'survived', 'levelled', 'leveled', 'clinched', 'secured', 'sealed', 'remain', 'remained', 'sit', 'sits', 'go', 'goes']);
/** Prepositions after which a name in a match report is where the game was, not a side. */
export const VENUE_BEFORE = new Set(['in', 'at', 'from', 'near', 'of', 'across', 'around', 'into']);
/** Prepositions that put a name on the map more firmly than "from" or "via" do. */
export const STRONG_PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside']);
/** Words before "in X" that make X a company ("shares in Ocado", "invested in Stripe"). */
export const STAKE_IN = new Set(['shares', 'share', 'stake', 'stakes', 'invested', 'investing', 'investment', 'investments', 'investors', 'holding', 'holdings', 'interest']);
/** Pronouns after "X said" that tell a company ("said it would") from a person ("said he"). */
export const THING_PRONOUNS = new Set(['it', 'its']);
export const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'i']);
/** Words of a state's formal name around a place's name ("Islamic Republic of Iran"). */
export const STATE_WORDS = new Set(['republic', 'kingdom', 'democratic', 'federal', 'islamic', 'people', "people's", 'united', 'state', 'states', 'emirate', 'sultanate', 'principality', 'commonwealth', 'of', 'and', 'the']);
/** "Photograph:", "Photo by" right before a name. */
export const CREDIT_BEFORE = /(?:photo(?:graph)?|picture|image|illustration|video)s?(?:\s+by)?:?\s*$/i;
/** Months that are also surnames ("Theresa May"). */
export const NAME_MONTHS = new Set(['may', 'june', 'april', 'august']);

/** A past participle within four words before `by` at `at` ("was fined £104m by"). */
export function passiveBefore(at: number, ctx: ClassifyContext): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const tags = ctx.tags[i];
    if (ctx.tokens[i].capitalized || /[.;:!?]/.test(ctx.text.slice(ctx.tokens[i].end, ctx.tokens[i + 1].start))) return false;
    if (tags.has('PastTense') || tags.has('Participle')) return true;
  }
  return false;
}

/** The first "it"/"he"/… within a few words of `from` ("said on Wednesday it would"). */
export function pronounAfter(from: number, ctx: ClassifyContext): string {
  for (let i = from; i < from + 5 && i < ctx.tokens.length; i++) {
    const w = ctx.tokens[i].text.toLowerCase();
    if (THING_PRONOUNS.has(w) || PERSON_PRONOUNS.has(w)) return w;
    if (/[.;:!?"“”]/.test(ctx.text.slice(ctx.tokens[i - 1]?.end ?? 0, ctx.tokens[i].start))) return '';
  }
  return '';
}

/** The head noun of ", a nurse at …" / ", the Paris-based start-up," right after a name. */
export function appositionNoun(after: string): string {
  const m = /^,\s+(?:a|an|the)\s+((?:[\p{L}\d][\p{L}\d-]*\s+){0,3}?)(\p{Ll}[\p{L}-]*)(?=[\s,.;]|$)/u.exec(after);
  if (!m) return '';
  return m[2];
}
