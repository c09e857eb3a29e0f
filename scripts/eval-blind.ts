// `npm run -s eval -- --blind` helper: scores the analysis on tests/unit/analysis-blind-set.ts,
// passages written and annotated by someone who never saw the analyzer, and never tuned on.
// It is the honest estimate of how the analysis does on text it has not met.
import { analyzeText, compromiseEntities, type ClaimsModel, type NerModel } from '../lib/analysis';
import { addCounts, prf, scoreClaims, scoreMentions, TYPES, type Counts, type EntityType, type Span, type TypedSpan } from './lib/eval-score';

export interface BlindPassage {
  text: string;
  entities: { text: string; type: EntityType }[];
  claims: string[];
}

/** Gold spans: mentions are listed in reading order, each found after the end of the previous. */
function goldSpans(p: BlindPassage): TypedSpan[] {
  const out: TypedSpan[] = [];
  let cursor = 0;
  for (const e of p.entities) {
    const start = p.text.indexOf(e.text, cursor);
    if (start < 0) continue;
    cursor = start + e.text.length;
    out.push({ start, end: cursor, type: e.type });
  }
  return out;
}

function claimSpans(p: BlindPassage): Span[] {
  return p.claims.flatMap((c) => {
    const start = p.text.indexOf(c);
    return start < 0 ? [] : [{ start, end: start + c.length }];
  });
}

type Key = EntityType | 'all';
const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

/** Rules alone ("ours"), compromise alone, and with the models that are given (NER for names, claims for claims). */
export function scoreBlind(passages: readonly BlindPassage[], models: { ner?: NerModel | null; claims?: ClaimsModel } = {}) {
  const ner = models.ner ?? null;
  const ours: Record<Key, Counts> = { all: ZERO, person: ZERO, organization: ZERO, place: ZERO };
  const theirs: Record<Key, Counts> = { ...ours };
  const model: Record<Key, Counts> = { ...ours };
  let claims = ZERO;
  let modelClaims = ZERO;
  for (const p of passages) {
    const gold = goldSpans(p);
    const analysis = analyzeText(p.text);
    const system = analysis.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })));
    const baseline = compromiseEntities(p.text);
    const withModel = ner ? analyzeText(p.text, { ner }).entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type }))) : [];
    for (const k of ['all', ...TYPES] as Key[]) {
      const type = k === 'all' ? undefined : k;
      ours[k] = addCounts(ours[k], scoreMentions(system, gold, type));
      theirs[k] = addCounts(theirs[k], scoreMentions(baseline, gold, type));
      model[k] = addCounts(model[k], scoreMentions(withModel, gold, type));
    }
    claims = addCounts(claims, scoreClaims(analysis.claims, claimSpans(p)));
    if (models.claims) modelClaims = addCounts(modelClaims, scoreClaims(analyzeText(p.text, { claims: models.claims }).claims, claimSpans(p)));
  }
  return { passages: passages.length, ours, compromise: theirs, model: ner ? model : null, claims, modelClaims: models.claims ? modelClaims : null };
}

export function formatBlind(result: ReturnType<typeof scoreBlind>): string {
  const f = (c: Counts) => {
    const { precision, recall, f1 } = prf(c);
    return `${precision.toFixed(2)} ${recall.toFixed(2)} ${f1.toFixed(2)}`;
  };
  const lines = [
    `BLIND SET (${result.passages} passages, annotated by someone who never saw the analyzer; never tuned on)`,
    `                 OURS  P    R    F1 | COMPROMISE ALONE P R F1${result.model ? ' | WITH NER MODEL P R F1' : ''}`,
    ...(['all', ...TYPES] as Key[]).map((k) => `  ${k.padEnd(14)} ${f(result.ours[k])}   | ${f(result.compromise[k])}${result.model ? `   | ${f(result.model[k])}` : ''}`),
    `  claims         ${f(result.claims)}   (rules only)`,
    ...(result.modelClaims ? [`  claims         ${f(result.modelClaims)}   (claims model)`] : []),
  ];
  return lines.join('\n');
}
