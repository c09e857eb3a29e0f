// What the check-worthiness model sees in one sentence: hashed word and character n-grams, and a
// few dozen named cues a reader can understand (a number, a comparison, a reporting verb, the
// first person, a question...). The same code runs in training (scripts/train-claims.ts) and in
// the browser, so the shipped weights always meet the features they were trained on.

import { CLAIM_CUES, NOT_CLAIM_CUES } from './cues';

/** A named cue: its id in the model, and what it means for the card when it pushes a claim up. */
export interface CueFeature {
  name: string;
  /** Words for the card when this cue made the sentence check-worthy; none for cues that never explain. */
  reason?: string;
  test: (s: SentenceView) => boolean;
}

/** The sentence as the cues read it. */
export interface SentenceView {
  text: string;
  /** Lower-cased word tokens (numbers kept as written). */
  words: string[];
  /** Tokens as written (same indices as `words`). */
  raw: string[];
}

const WORD = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*%?|[$€£¥%?!"“”]/gu;

export function viewSentence(text: string): SentenceView {
  const raw = text.match(WORD) ?? [];
  return { text, raw, words: raw.map((w) => w.toLowerCase().replace(/’/g, "'")) };
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const NUMBER_WORDS = new Set('two three four five six seven eight nine ten eleven twelve thirteen fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion dozen dozens half third quarter double doubled triple tripled twice'.split(' '));
const REPORTING = new Set('said says say told tells according reported reports stated announced estimated estimates confirmed denied alleged claimed claims argued warned wrote testified insisted admitted acknowledged noted added explained disclosed revealed showed shows found finds concluded suggested suggests'.split(' '));
const PAST_AUX = new Set('was were had did been'.split(' '));
const HEDGES = new Set('allegedly reportedly purportedly supposedly apparently rumoured rumored possibly perhaps maybe might'.split(' '));
const OPINION = new Set('think believe feel guess hope wish suppose doubt suspect'.split(' '));
const MODALS = new Set('should must ought need needs'.split(' '));
const EVALUATIVE = new Set('great terrible wonderful horrible disgraceful shameful absurd ridiculous pathetic appalling tremendous fantastic awful incredible amazing beautiful sad outrageous brilliant'.split(' '));
const VAGUE_SOURCES = new Set('experts studies research researchers scientists analysts economists critics observers reports officials sources insiders authorities'.split(' '));
const ANONYMOUS = /\b(?:unnamed|anonymous|anonymity|familiar with|not authori[sz]ed to|asked not to be (?:named|identified)|sources? (?:said|say|says|told|close to))\b/i;
const DOCUMENT = /\b(?:report|study|survey|poll|analysis|audit|census|data|figures|statistics|review|investigation|paper|filing|records)\b/i;

/** The card's words for the rule cues that make a sentence check-worthy. */
const RULE_REASONS: Record<string, string | undefined> = {
  number: 'a number',
  'date-event': 'a dated event',
  schedule: 'a scheduled event',
  superlative: 'a ranking',
  generalization: 'a generalisation',
  comparison: 'a comparison',
  event: 'a reported event',
  accusation: 'an accusation',
};

const has = (set: Set<string>) => (s: SentenceView) => s.words.some((w) => set.has(w));
const re = (pattern: RegExp) => (s: SentenceView) => pattern.test(s.text);

/** The named cues, in a fixed order: their position is their feature id. */
export const CUES: CueFeature[] = [
  { name: 'digit', reason: 'a number', test: re(/\d/) },
  { name: 'percent', reason: 'a percentage', test: re(/\d\s?(?:%|percent\b|per cent\b)/i) },
  { name: 'money', reason: 'an amount of money', test: re(/[$€£¥]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:dollars|euros|pounds)\b|\b(?:million|billion|trillion) (?:dollars|euros|pounds)\b/i) },
  { name: 'big-number', reason: 'a number', test: re(/\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s?(?:million|billion|trillion|bn)\b/i) },
  { name: 'year', reason: 'a date', test: re(/\b(?:1[89]|20)\d\d\b/) },
  { name: 'date', reason: 'a date', test: re(new RegExp(`\\b(?:${MONTHS})\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+(?:${MONTHS})\\b|\\b(?:on|last|next|since) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b`, 'i')) },
  { name: 'number-word', reason: 'a number', test: has(NUMBER_WORDS) },
  { name: 'comparative', reason: 'a comparison', test: re(/\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|faster|slower|cheaper|worse|better|\w{3,}er) than\b|\b(?:increase[sd]?|decrease[sd]?|rose|fell|grew|doubled|tripled|dropped|declined|jumped|surged|plunged)\b/i) },
  { name: 'superlative', reason: 'a ranking', test: re(/\b(?:the|its|their|our|his|her) (?:\w+ )?(?:\w{3,}est|most \w+|least \w+|first|only|largest|biggest|highest|lowest)\b|\brecord\b/i) },
  { name: 'quantity-word', reason: 'a quantity', test: re(/\b(?:most|majority|half|percent|average|rate|per|nearly|almost|about|at least|more than|up to|every|all of)\b/i) },
  { name: 'capitalized-mid', test: (s) => s.raw.slice(1).some((w) => /^\p{Lu}/u.test(w) && w !== 'I') },
  { name: 'capitalized-many', test: (s) => s.raw.slice(1).filter((w) => /^\p{Lu}/u.test(w) && w !== 'I').length >= 3 },
  { name: 'reporting-verb', test: has(REPORTING) },
  { name: 'past-tense', reason: 'a reported event', test: (s) => s.words.some((w) => PAST_AUX.has(w) || (/^[a-z]{4,}ed$/.test(w) && !/(?:need|feed|seed|speed|bleed|breed|proceed|exceed|succeed|indeed)$/.test(w))) },
  { name: 'perfect', test: re(/\b(?:has|have|had) (?:\w+ )?(?:been|\w+ed|\w+en)\b/i) },
  { name: 'future', test: re(/\b(?:will|won't|going to|gonna|'ll)\b/i) },
  { name: 'modal', test: has(MODALS) },
  { name: 'conditional', test: re(/\b(?:if|would|could|might|unless)\b/i) },
  { name: 'hedge', test: has(HEDGES) },
  { name: 'opinion-verb', test: (s) => s.words.some((w, i) => OPINION.has(w) && /^(?:i|we|you|they)$/.test(s.words[i - 1] ?? '')) },
  { name: 'evaluative', test: has(EVALUATIVE) },
  { name: 'first-singular', test: re(/\b(?:I|I'm|I've|I'd|I'll|me|my|mine|myself)\b/) },
  { name: 'first-plural', test: re(/\b(?:we|we're|we've|we'd|we'll|us|our|ours|ourselves)\b/i) },
  { name: 'second-person', test: re(/\b(?:you|you're|you've|you'd|you'll|your|yours)\b/i) },
  { name: 'third-person', test: re(/\b(?:he|she|they|his|her|their|it|its)\b/i) },
  { name: 'question', test: re(/\?["'”’)]*\s*$/) },
  { name: 'exclamation', test: re(/!["'”’)]*\s*$/) },
  { name: 'imperative', test: re(/^(?:let|let's|look|think|imagine|remember|consider|go|take|read|see|listen|don't|please|just)\b/i) },
  { name: 'negation', test: re(/\b(?:not|no|never|n't|nothing|none)\b/i) },
  { name: 'quote-marks', test: re(/["“”]/) },
  { name: 'vague-source', test: has(VAGUE_SOURCES) },
  { name: 'anonymous', test: re(ANONYMOUS) },
  { name: 'document', test: re(DOCUMENT) },
  { name: 'law-vote', reason: 'a vote, law or budget', test: re(/\b(?:voted?|votes|bill|law|legislation|budget|tax(?:es)?|spending|deficit|debt|unemployment|jobs|wages?|inflation|treaty|signed|passed|vetoed)\b/i) },
  { name: 'length-short', test: (s) => s.words.length < 8 },
  { name: 'length-medium', test: (s) => s.words.length >= 8 && s.words.length < 20 },
  { name: 'length-long', test: (s) => s.words.length >= 20 },
  { name: 'starts-conjunction', test: re(/^(?:and|but|so|or|because|well|now|oh|yes|no)\b/i) },
  // The rules' own cues (./cues.ts) carry what they know about news prose into the model.
  ...CLAIM_CUES.map((cue, i) => ({ name: `rule:${cue.code}:${i}`, reason: RULE_REASONS[cue.code], test: (v: SentenceView) => cue.pattern.test(v.text) })),
  ...NOT_CLAIM_CUES.map((cue, i) => ({ name: `rule:not-claim:${i}`, test: (v: SentenceView) => cue.pattern.test(v.text) })),
];

/** Hashed features live in [CUES.length, size); the cues take the first slots. */
export interface FeatureSpace {
  /** log2 of the number of hashed slots. */
  bits: number;
}

export interface Features {
  /** Feature ids (slots); repeats allowed, each counts once per occurrence. */
  ids: Uint32Array;
  /** Which cues fired (by index into CUES). */
  cues: number[];
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a, 32-bit, continuing from `h` over s[from, to): n-grams hash without building strings. */
function fnv(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const SEED_WORD = fnv(FNV_OFFSET, 'w:');
const SEED_BIGRAM = fnv(FNV_OFFSET, 'b:');
const SEED_CHARS = fnv(FNV_OFFSET, 'c:');
const SEED_FIRST = fnv(FNV_OFFSET, 'first:');
const SEED_FIRST2 = fnv(FNV_OFFSET, 'first2:');
const SPACE = ' '.charCodeAt(0);

/** "1,200" → "0,000", "2024" → "<year>": numbers generalize by shape, not value. */
function normalizeWord(w: string): string {
  if (!/\d/.test(w)) return w;
  if (/^(?:1[89]|20)\d\d$/.test(w)) return '<year>';
  return w.replace(/\d+/g, '0');
}

export function extractFeatures(text: string, space: FeatureSpace): Features {
  const view = viewSentence(text);
  const ids: number[] = [];
  const cues: number[] = [];
  CUES.forEach((cue, i) => {
    if (cue.test(view)) {
      cues.push(i);
      ids.push(i);
    }
  });
  const offset = CUES.length;
  const slots = (1 << space.bits) - offset;
  const add = (h: number) => ids.push(offset + ((h >>> 0) % slots));
  const words = view.words.map(normalizeWord);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const hw = fnv(SEED_WORD, w);
    add(hw);
    if (i + 1 < words.length) add(fnv(Math.imul(fnv(SEED_BIGRAM, w) ^ SPACE, 0x01000193), words[i + 1]));
    // Character 3- and 4-grams of "<word>" carry morphology across domains ("-ed", "-ion").
    const padded = `<${w}>`;
    for (let n = 3; n <= 4; n++) for (let c = 0; c + n <= padded.length; c++) add(fnv(SEED_CHARS, padded, c, c + n));
  }
  if (words.length) add(fnv(SEED_FIRST, words[0]));
  if (words.length > 1) add(fnv(Math.imul(fnv(SEED_FIRST2, words[0]) ^ SPACE, 0x01000193), words[1]));
  return { ids: Uint32Array.from(ids), cues };
}
