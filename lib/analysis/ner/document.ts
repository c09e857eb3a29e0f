// From a text's NER tokens and what the rule-based analysis found in the same text to the
// model's input sentences, and from there to tagged spans. Training (scripts/train-ner.ts)
// and inference both go through here.
import type { Entity } from '../types';
import type { Token } from '../tokens';
import type { NerToken } from './tokenize';
import { POS_TAGS, documentContext, sentenceFeatures, type FeatureSentence } from './features';
import type { NerModel } from './model';
import { TAG_COUNT, TYPE_LABELS, spansOfTags, type LabelledSpan } from './tags';
import { viterbi } from './viterbi';

/** What the rule-based analysis found: its entities, and its tokens with compromise's tags. */
export interface RuleView {
  entities: readonly Entity[];
  tokens: readonly Token[];
  tags: readonly ReadonlySet<string>[];
}

/** The model's input for sentences of NER tokens (in reading order) of the text `view` analysed. */
export function featureSentences(sentences: readonly (readonly NerToken[])[], view: RuleView): FeatureSentence[] {
  const mentions = view.entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, label: TYPE_LABELS[e.type] })))
    .sort((a, b) => a.start - b.start);
  let m = 0;
  let r = 0;
  return sentences.map((tokens) => {
    const rule: string[] = [];
    const pos: string[][] = [];
    for (const tok of tokens) {
      while (m < mentions.length && mentions[m].end <= tok.start) m++;
      const men = mentions[m];
      if (!men || men.start >= tok.end) rule.push('O');
      else if (tok.start >= men.start && tok.end <= men.end) rule.push(`${tok.start === men.start ? 'B' : 'I'}-${men.label}`);
      else rule.push(`P-${men.label}`);
      while (r < view.tokens.length && view.tokens[r].end <= tok.start) r++;
      const tags: string[] = [];
      for (let k = r; k < view.tokens.length && view.tokens[k].start < tok.end; k++) {
        for (const t of view.tags[k]) if (POS_TAGS.has(t) && !tags.includes(t)) tags.push(t);
      }
      pos.push(tags);
    }
    return { words: tokens.map((t) => t.text), rule, pos };
  });
}

/** Model scores for each token and tag (row-major, TAG_COUNT per token). */
export function emissionScores(model: NerModel, sentence: FeatureSentence, doc: ReturnType<typeof documentContext>): Float32Array {
  const scores = new Float32Array(sentence.words.length * TAG_COUNT);
  let offset = 0;
  sentenceFeatures(sentence, doc, model.gazetteer, (hash) => {
    if (hash < 0) offset += TAG_COUNT;
    else model.addFeature(hash, scores, offset);
  });
  return scores;
}

export interface ScoredSpan extends LabelledSpan {
  /** How much more the model scores the span's tags than O, per token (its confidence). */
  margin: number;
}

/** The model's spans in each sentence of one document (token ranges, labels PER/ORG/LOC/MISC). */
export function tagSentences(model: NerModel, sentences: readonly FeatureSentence[]): ScoredSpan[][] {
  const doc = documentContext(sentences);
  const { transitions, start } = model.header;
  return sentences.map((s) => {
    const e = emissionScores(model, s, doc);
    const tags = viterbi(e, s.words.length, transitions, start);
    return spansOfTags(tags).map((span) => {
      let sum = 0;
      for (let i = span.first; i <= span.last; i++) sum += e[i * TAG_COUNT + tags[i]] - e[i * TAG_COUNT];
      return { ...span, margin: sum / (span.last - span.first + 1) };
    });
  });
}
