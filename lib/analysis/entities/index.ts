// Named entities: compromise's tagger for part of speech and name knowledge, our runs, lists and
// context rules for the decision, then one entity per real-world name.
import type { TextBlock } from '../../page/types';
import type { Entity } from '../types';
import type { Sentence } from '../sentences';
import type { Token } from '../tokens';
import { findRuns, type Run } from './runs';
import { classifyRun, type ClassifyContext } from './classify';
import { splitRun } from './split';

/** Words of a match report: with a score in the text, club names are likely ("beat Liverpool"). */
const SPORT_WORDS = /\b(?:scored|scoring|goals?|striker|midfielder|goalkeeper|coach|league|season|innings|wickets?|touchdowns?|quarterback|points|rebounds|semi-final|final)\b/i;
/** A sentence that reports a game by itself: "by four wickets", "a five-Test series", "the derby". */
/** A result: "drew 1-1 with", "beat Portugal 1-0", "a 3-1 win", "by 267 runs", "the series 2-0". */
const SPORT_RESULT = /\b(?:(?:drew|draw|beat|beating|won|win|winning|lost|losing|defeated|thrashed|edged)\s+(?:\S+\s+){0,3}?\d{1,2}-\d{1,2}\b|\d{1,2}-\d{1,2} (?:win|victory|defeat|draw|loss|home|away)\b|by \w+ runs\b|series \d-\d\b)/;
const SPORT_SENTENCE = /\b(?:wickets?|innings|unbeaten|goals?|tries|touchdowns?|semi-finals?|quarter-finals?|striker|midfielder|goalkeeper|penalty shoot-out|half-time|stoppage time|\w+-Test|Test (?:match|series)|ODI|T20|World Cup|Premier League|Champions League|derby|kick-off|rebounds|fixture)\b/;
import { mergeMentions, type Mention } from './merge';

export interface TokenizedSentences {
  tokens: Token[];
  /** For each sentence, the token range [from, to). */
  ranges: { from: number; to: number }[];
}

/** Assigns tokens to sentences in one pass (both are in reading order). */
export function tokensBySentence(tokens: Token[], sentences: readonly Sentence[]): TokenizedSentences {
  const ranges: { from: number; to: number }[] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t].start < s.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t].end <= s.end) t++;
    ranges.push({ from, to: t });
  }
  return { tokens, ranges };
}

export function findEntities(
  text: string,
  sentences: readonly Sentence[],
  blocks: readonly TextBlock[],
  split: TokenizedSentences,
  tags: readonly ReadonlySet<string>[],
): Entity[] {
  const { tokens, ranges } = split;
  const firstOf = new Int32Array(tokens.length).fill(-1);
  ranges.forEach(({ from, to }) => {
    for (let i = from; i < to; i++) firstOf[i] = from;
  });
  const midCaps = new Set<string>();
  const lowerSeen = new Set<string>();
  tokens.forEach((tok, i) => {
    const lower = tok.text.toLowerCase();
    if (!tok.capitalized) lowerSeen.add(lower);
    else if (firstOf[i] !== i && !isShouting(tokens, i)) midCaps.add(lower);
  });
  const sport = SPORT_WORDS.test(text) && /\b\d{1,3}-\d{1,3}\b/.test(text);
  const sportSentences = new Map<number, boolean>();
  const sportSentence = (s: number): boolean => {
    let v = sportSentences.get(s);
    if (v === undefined) {
      const slice = text.slice(sentences[s].start, sentences[s].end);
      v = SPORT_SENTENCE.test(slice) || SPORT_RESULT.test(slice) || (sport && /\b\d{1,3}-\d{1,3}\b/.test(slice));
      sportSentences.set(s, v);
    }
    return v;
  };
  const ctx: ClassifyContext = { text, tokens, tags, sentenceFirst: (i) => (firstOf[i] < 0 ? i : firstOf[i]), midCaps, lowerSeen, sport, sportSentence, sentenceText: (s) => text.slice(sentences[s].start, sentences[s].end) };

  const runs: Run[] = [];
  ranges.forEach(({ from, to }, s) => {
    const found: Run[] = [];
    findRuns(text, tokens, from, to, s, found);
    for (const r of found) runs.push(...splitRun(r, tokens));
  });
  // Title Case headings capitalise every word; they only get names the body already has. So do
  // headlines inside paragraphs and quoted titles ("A Paradise Built in Hell").
  const titled = titleCaseRegions(text, sentences, split, blocks);
  const mentions: Mention[] = [];
  let q = 0;
  for (const run of runs) {
    if (blocks[sentences[run.sentence].block]?.kind === 'heading') continue;
    const at = tokens[run.first].start;
    while (q < titled.length && titled[q].end <= at) q++;
    if (q < titled.length && titled[q].start <= at) continue;
    const c = classifyRun(run, ctx);
    if (!c) continue;
    const start = tokens[c.first].start;
    const end = tokens[c.last].end;
    mentions.push({ start, end, text: text.slice(start, end), votes: c.votes, acronym: c.acronym, heading: false });
  }
  const entities = mergeMentions(mentions, text);
  addHeadingMentions(text, [...blocks.filter((b) => b.kind === 'heading'), ...titled], entities);
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** Whole-word occurrences, inside headings, of names the body uses (longest names first). */
export function addHeadingMentions(text: string, headings: readonly { start: number; end: number }[], entities: Entity[]): void {
  if (headings.length === 0) return;
  const forms: { form: string; entity: Entity }[] = [];
  for (const e of entities) for (const f of new Set(e.mentions.map((m) => m.text))) forms.push({ form: f, entity: e });
  forms.sort((a, b) => b.form.length - a.form.length);
  for (const h of headings) {
    const slice = text.slice(h.start, h.end);
    const taken: [number, number][] = [];
    for (const { form, entity } of forms) {
      for (let at = slice.indexOf(form); at >= 0; at = slice.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (/[\p{L}\p{N}]/u.test(slice[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(slice[end] ?? '')) continue;
        if (taken.some(([a, b]) => at < b && end > a)) continue;
        taken.push([at, end]);
        entity.mentions.push({ start: h.start + at, end: h.start + end, text: form });
      }
    }
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
}

const CREDIT_LINE = /^(?:photo(?:graph)?s?|pictures?|images?|illustrations?|credit|video)(?:\s+by)?\s*:/i;

/** Words Title Case leaves in lower case. */
const SMALL = new Set('a an the of in on at to for and or but with from by as into vs via nor'.split(' '));

/** Sentences and quoted stretches written in Title Case (headlines, book and film titles), in order. */
export function titleCaseRegions(text: string, sentences: readonly Sentence[], split: TokenizedSentences, blocks: readonly TextBlock[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const isTitleCase = (from: number, to: number, min: number) => {
    let content = 0;
    let caps = 0;
    for (let i = from; i < to; i++) {
      const t = split.tokens[i];
      if (SMALL.has(t.text) || /^\p{N}/u.test(t.text)) continue;
      content++;
      if (t.capitalized) caps++;
    }
    return content >= min && caps === content;
  };
  sentences.forEach((s, i) => {
    if (blocks[s.block]?.kind === 'heading') return;
    const { from, to } = split.ranges[i];
    // "Photograph: Umit Bektas/Reuters" is a credit line, not a headline.
    if (isTitleCase(from, to, 4) && !CREDIT_LINE.test(text.slice(s.start, s.end))) {
      out.push({ start: s.start, end: s.end });
      return;
    }
    const re = /[“"]([^”"]{8,160})[”"]/g;
    const slice = text.slice(s.start, s.end);
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const a = s.start + m.index;
      const b = a + m[0].length;
      let f = from;
      while (f < to && split.tokens[f].start < a) f++;
      let t = f;
      while (t < to && split.tokens[t].end <= b) t++;
      if (isTitleCase(f, t, 3)) out.push({ start: a, end: b });
    }
  });
  return out;
}

/** A word in an all-capitals stretch ("BREAKING NEWS") says nothing about being a name. */
function isShouting(tokens: readonly Token[], i: number): boolean {
  const upper = (k: number) => tokens[k] !== undefined && /^\p{Lu}{2,}$/u.test(tokens[k].text);
  return upper(i) && (upper(i - 1) || upper(i + 1));
}
