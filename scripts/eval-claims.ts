// `npm run eval` (claims part): check-worthiness on ClaimBuster's dev split, rules and model side
// by side, as the analysis runs them (each dev line analysed as a text of its own) and, for the
// model, its raw probability at the shipped threshold.
import path from 'node:path';
import { analyzeText, CHECK_WORTHY_THRESHOLD, type ClaimsModel } from '../lib/analysis';
import { existsSync } from 'node:fs';
import { claimBusterDir, corporaDir, hasClaimBuster, readClaimRows, readNewsPageRows } from './lib/claims-data';
import { addCounts, prf, type Counts } from './lib/eval-score';

const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

function count(gold: boolean, said: boolean): Counts {
  return { tp: gold && said ? 1 : 0, fp: !gold && said ? 1 : 0, fn: gold && !said ? 1 : 0 };
}

export interface ClaimBusterFigures {
  rows: number;
  rules: Counts;
  model: Counts;
  /** The model's probability alone (no sentence-length or heading filter). */
  modelRaw: Counts;
}

export function scoreClaimBusterDev(model: ClaimsModel): ClaimBusterFigures | null {
  if (!hasClaimBuster()) return null;
  const rows = readClaimRows(path.join(claimBusterDir, 'dev.tsv'));
  let rules = ZERO;
  let learned = ZERO;
  let raw = ZERO;
  for (const r of rows) {
    const gold = r.label === 1;
    rules = addCounts(rules, count(gold, analyzeText(r.text).checkWorthy.length > 0));
    learned = addCounts(learned, count(gold, analyzeText(r.text, { claims: model }).checkWorthy.length > 0));
    raw = addCounts(raw, count(gold, model.score(r.text).probability >= CHECK_WORTHY_THRESHOLD));
  }
  return { rows: rows.length, rules, model: learned, modelRaw: raw };
}

/** Check-worthiness on the labelled pages training leaves out (scripts/train/claims-news-pages.json,
 *  `train: false`: a feature, an advocacy essay, a review, an opinion blog), each sentence analysed
 *  alone as on ClaimBuster. Null without the readability pages. */
export function scoreHeldOutPages(model: ClaimsModel): { rows: number; rules: Counts; model: Counts } | null {
  if (!existsSync(path.join(corporaDir, 'readability-test-pages'))) return null;
  const rows = readNewsPageRows('held-out');
  let rules = ZERO;
  let learned = ZERO;
  for (const r of rows) {
    rules = addCounts(rules, count(r.label === 1, analyzeText(r.text).checkWorthy.length > 0));
    learned = addCounts(learned, count(r.label === 1, analyzeText(r.text, { claims: model }).checkWorthy.length > 0));
  }
  return { rows: rows.length, rules, model: learned };
}

export function formatHeldOutPages(f: ReturnType<typeof scoreHeldOutPages>): string {
  if (!f) return '';
  return [
    `
CHECK-WORTHINESS, labelled pages not trained on (${f.rows} sentences of 4 readability pages: feature, essay, review, opinion blog)`,
    '                       P    R    F1      tp   fp   fn',
    `  rules only           ${formatPrf(f.rules)}`,
    `  model (analysis)     ${formatPrf(f.model)}`,
  ].join('\n');
}

export function formatPrf(c: Counts): string {
  const p = prf(c);
  return `${p.precision.toFixed(2)} ${p.recall.toFixed(2)} ${p.f1.toFixed(2)}  ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`;
}

export function formatClaimBuster(f: ClaimBusterFigures | null): string {
  if (!f) return `\nCLAIMBUSTER DEV: not found in ${claimBusterDir} (set BACKSTORY_CORPORA)`;
  return [
    `\nCHECK-WORTHINESS, ClaimBuster dev (${f.rows} debate sentences; CC BY 4.0)`,
    '                       P    R    F1      tp   fp   fn',
    `  rules only           ${formatPrf(f.rules)}`,
    `  model (analysis)     ${formatPrf(f.model)}`,
    `  model (probability)  ${formatPrf(f.modelRaw)}   threshold ${CHECK_WORTHY_THRESHOLD}`,
  ].join('\n');
}
