// `npm run eval` helper: entity figures on the held-out splits of the shared NER corpora and on
// the news NER dev set (/work/coord/devsets or $BACKSTORY_NEWS_NER), rules alone and with the
// NER model, per type. Exact spans: a mention counts when its offsets and type match the gold.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { analyzeText, type NerModel } from '../lib/analysis';
import { LABEL_TYPES, TAG_INDEX, spansOfTags } from '../lib/analysis/ner/tags';
import { addCounts, prf, scoreMentions, TYPES, type Counts, type TypedSpan } from './lib/eval-score';
import { HELD_OUT_SPLITS, corporaAvailable, corpusDocs, iob2Docs, splitName, type CorpusDoc } from './lib/ner-corpora';
import { projectRoot } from './lib/project-root';

type Key = 'all' | (typeof TYPES)[number];
export type TypeCounts = Record<Key, Counts>;
const KEYS: Key[] = ['all', ...TYPES];

export interface NerEvalRow {
  set: string;
  sentences: number;
  rules: TypeCounts;
  model: TypeCounts | null;
}

/** The news NER dev set labelled for Backstory (IOB2), when it is there. */
export function newsDevSetPath(): string | null {
  const candidates = [process.env.BACKSTORY_NEWS_NER, path.resolve(projectRoot, '..', 'coord', 'devsets', 'news-ner.iob2')];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

/** Gold PER/ORG/LOC mentions of a document, as character spans. */
export function goldSpans(doc: CorpusDoc): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const s of doc.sentences) {
    for (const span of spansOfTags(s.tags.map((t) => TAG_INDEX[t] ?? 0))) {
      const type = LABEL_TYPES[span.label];
      if (type) out.push({ start: s.tokens[span.first].start, end: s.tokens[span.last].end, type });
    }
  }
  return out;
}

function zero(): TypeCounts {
  return { all: { tp: 0, fp: 0, fn: 0 }, person: { tp: 0, fp: 0, fn: 0 }, organization: { tp: 0, fp: 0, fn: 0 }, place: { tp: 0, fp: 0, fn: 0 } };
}

export function scoreDocs(docs: readonly CorpusDoc[], ner?: NerModel): TypeCounts {
  const out = zero();
  for (const doc of docs) {
    const gold = goldSpans(doc);
    const analysis = analyzeText(doc.text, { blocks: doc.blocks, ner });
    const system = analysis.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })));
    for (const k of KEYS) out[k] = addCounts(out[k], scoreMentions(system, gold, k === 'all' ? undefined : k));
  }
  return out;
}

export function evalNer(ner: NerModel | null, only?: (set: string) => boolean): NerEvalRow[] {
  const sets: { name: string; docs: CorpusDoc[] }[] = [];
  const news = newsDevSetPath();
  if (news) sets.push({ name: 'NEWS DEV (news-ner.iob2)', docs: iob2Docs(news, 'news-dev') });
  if (corporaAvailable()) for (const spec of HELD_OUT_SPLITS) sets.push({ name: splitName(spec), docs: corpusDocs(spec) });
  return sets
    .filter((s) => !only || only(s.name))
    .map((s) => ({
      set: s.name,
      sentences: s.docs.reduce((n, d) => n + d.sentences.length, 0),
      rules: scoreDocs(s.docs),
      model: ner ? scoreDocs(s.docs, ner) : null,
    }));
}

export function formatNerEval(rows: readonly NerEvalRow[]): string {
  const f = (c: Counts) => {
    const p = prf(c);
    return `${p.precision.toFixed(2)} ${p.recall.toFixed(2)} ${p.f1.toFixed(2)}`;
  };
  const lines = [
    'NER CORPORA, held out (exact spans + type; each sentence a paragraph, 20 sentences a document)',
    `  ${'set / type'.padEnd(30)} ${'RULES ONLY  P    R    F1'.padEnd(24)} | MODEL  P    R    F1`,
  ];
  for (const r of rows) {
    lines.push(`  ${r.set} (${r.sentences} sentences)`);
    for (const k of KEYS) lines.push(`    ${k.padEnd(28)} ${f(r.rules[k]).padEnd(24)} | ${r.model ? f(r.model[k]) : '—'}`);
  }
  if (!rows.length) lines.push('  (no corpora: set BACKSTORY_CORPORA to the shared corpora folder)');
  return lines.join('\n');
}
