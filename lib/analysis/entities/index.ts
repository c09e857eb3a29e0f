// Named entities: compromise's tagger for part of speech and name knowledge, our runs, lists and
// context rules for the decision, then one entity per real-world name.
import type { TextBlock } from '../../page/types';
import type { Entity } from '../types';
import type { Sentence } from '../sentences';
import type { Token } from '../tokens';
import { findRuns, type Run } from './runs';
import { classifyRun, type ClassifyContext } from './classify';
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
  const ctx: ClassifyContext = { text, tokens, tags, sentenceFirst: (i) => (firstOf[i] < 0 ? i : firstOf[i]), midCaps, lowerSeen };

  const runs: Run[] = [];
  ranges.forEach(({ from, to }, s) => findRuns(text, tokens, from, to, s, runs));
  const mentions: Mention[] = [];
  for (const run of runs) {
    // Title Case headings capitalise every word; they only get names the body already has.
    if (blocks[sentences[run.sentence].block]?.kind === 'heading') continue;
    const c = classifyRun(run, ctx);
    if (!c) continue;
    const start = tokens[c.first].start;
    const end = tokens[c.last].end;
    mentions.push({ start, end, text: text.slice(start, end), votes: c.votes, acronym: c.acronym, heading: false });
  }
  const entities = mergeMentions(mentions, text);
  addHeadingMentions(text, blocks, entities);
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** Whole-word occurrences, inside headings, of names the body uses (longest names first). */
function addHeadingMentions(text: string, blocks: readonly TextBlock[], entities: Entity[]): void {
  const headings = blocks.filter((b) => b.kind === 'heading');
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

/** A word in an all-capitals stretch ("BREAKING NEWS") says nothing about being a name. */
function isShouting(tokens: readonly Token[], i: number): boolean {
  const upper = (k: number) => tokens[k] !== undefined && /^\p{Lu}{2,}$/u.test(tokens[k].text);
  return upper(i) && (upper(i - 1) || upper(i + 1));
}
