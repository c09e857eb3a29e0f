// Scores lib/analysis on the development set (tests/unit/analysis-dev-set.ts): used by the
// dev-set test and by `npm run eval -- --dev`.
import { analyzeText, type ClaimsModel, type NerModel } from '../../lib/analysis';
import { addCounts, goldMentions, scoreText, type Counts, type EntityType, type TypedSpan } from '../../scripts/lib/eval-score';
import { DEV_SET, devText, type DevItem } from './analysis-dev-set';

export type DevKey = EntityType | 'all' | 'claims';

export interface DevMiss {
  id: string;
  /** Entity spans: '+' found but not gold, '-' gold but not found ("-person:Mark Warner"). */
  entities: string[];
  /** Check-worthy sentences: '+' found but not gold, '-' gold but not found. */
  claims: string[];
}

export interface DevResult {
  counts: Record<DevKey, Counts>;
  misses: DevMiss[];
}

const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

/** The set's `claim` labels mark check-worthy sentences (sourced or not): scored against
 *  Analysis.checkWorthy. With `models.ner` the entities come from the NER model (and the rules as
 *  its features); with `models.claims` the claims from the claims model. */
export function scoreDevSet(items: readonly DevItem[] = DEV_SET, models: { ner?: NerModel; claims?: ClaimsModel } = {}): DevResult {
  const counts: Record<DevKey, Counts> = { all: ZERO, person: ZERO, organization: ZERO, place: ZERO, claims: ZERO };
  const misses: DevMiss[] = [];
  for (const item of items) {
    const text = devText(item);
    const analysis = analyzeText(text, models);
    const entities: (TypedSpan & { text: string })[] = analysis.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type, text: m.text })));
    const gold = { fixture: item.id, entities: item.entities, claims: item.sentences.filter((s) => s.claim).map((s) => ({ text: s.text })) };
    const scored = scoreText(text, gold, { entities, claims: analysis.checkWorthy });
    for (const k of Object.keys(counts) as DevKey[]) counts[k] = addCounts(counts[k], scored[k]);

    const sysKeys = new Set(entities.map((e) => `${e.type}:${e.text}@${e.start}`));
    const goldKeys = new Set(goldMentions(text, item.entities).map((g) => `${g.type}:${g.text}@${g.start}`));
    const miss: DevMiss = { id: item.id, entities: [], claims: [] };
    for (const k of sysKeys) if (!goldKeys.has(k)) miss.entities.push(`+${k.replace(/@\d+$/, '')}`);
    for (const k of goldKeys) if (!sysKeys.has(k)) miss.entities.push(`-${k.replace(/@\d+$/, '')}`);
    for (const s of item.sentences) {
      const at = text.indexOf(s.text);
      const flagged = analysis.checkWorthy.some((c) => c.start < at + s.text.length && c.end > at);
      if (flagged !== s.claim) miss.claims.push(`${flagged ? '+' : '-'}${s.text}`);
    }
    if (miss.entities.length || miss.claims.length) misses.push(miss);
  }
  return { counts, misses };
}
