// `npm run eval` (news part): the flag and check-worthiness on tests/devsets/news-claims.json,
// 606 sentences of 18 real news and opinion pages (../shared/corpora/readability-test-pages)
// labelled blind. A labelled sentence counts as flagged (or check-worthy) when a claim of ours
// overlaps at least half of the shorter of the two; claims overlapping no labelled sentence
// (headings, captions, bylines the set leaves out) are counted apart, not as false positives.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeSnapshot, type AnalyzeOptions } from '../lib/analysis';
import type { Claim } from '../lib/analysis/types';
import { resolveAnchors, type AnchoredSpan } from './lib/devset-anchors';
import { devsetSnapshot } from './lib/devset-page';
import { corporaDir, projectRoot } from './lib/claims-data';
import { addCounts, prf, type Counts } from './lib/eval-score';

export const NEWS_CLAIMS_FILE = path.join(projectRoot, 'tests', 'devsets', 'news-claims.json');
const PAGES_DIR = path.join(corporaDir, 'readability-test-pages');

interface LabelledSentence {
  startQuote: string;
  endQuote: string;
  checkWorthy: number;
  sourcing: string;
  flag: number;
  note?: string;
}

interface NewsClaimSet {
  pages: { page: string; url: string; sentences: LabelledSentence[] }[];
}

/** One labelled sentence with what the analysis said about it. */
export interface JudgedSentence {
  page: string;
  text: string;
  gold: LabelledSentence;
  /** The claim of ours over it, if any (check-worthy; flagged when `claim.flagged`). */
  claim?: Claim;
}

export interface NewsFigures {
  sentences: number;
  flag: Counts;
  checkWorthy: Counts;
  /** Labelled sentences we flag / all labelled sentences. */
  flaggedShare: number;
  /** Our flags over text the set does not label (headings, captions, bylines). */
  flagsOutsideSet: number;
  judged: JudgedSentence[];
}

export function hasNewsClaims(): boolean {
  return existsSync(NEWS_CLAIMS_FILE) && existsSync(PAGES_DIR);
}

const overlaps = (a: AnchoredSpan, b: { start: number; end: number }) => {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared >= Math.min(a.end - a.start, b.end - b.start) / 2;
};

const count = (gold: boolean, said: boolean): Counts => ({ tp: gold && said ? 1 : 0, fp: !gold && said ? 1 : 0, fn: gold && !said ? 1 : 0 });

/** `models`: the models to analyze with (none: the rules alone). */
export function scoreNewsClaims(models: Omit<AnalyzeOptions, 'links' | 'blocks'> = {}): NewsFigures {
  const set = JSON.parse(readFileSync(NEWS_CLAIMS_FILE, 'utf8')) as NewsClaimSet;
  const out: NewsFigures = { sentences: 0, flag: { tp: 0, fp: 0, fn: 0 }, checkWorthy: { tp: 0, fp: 0, fn: 0 }, flaggedShare: 0, flagsOutsideSet: 0, judged: [] };
  let flagged = 0;
  for (const page of set.pages) {
    const snapshot = devsetSnapshot(PAGES_DIR, page.page, page.url);
    const anchors = resolveAnchors(snapshot.text, page.sentences);
    if (!anchors.ok) throw new Error(`${page.page}: sentence ${anchors.index}: ${anchors.problem}`);
    const analysis = analyzeSnapshot(snapshot, models);
    const used = new Set<Claim>();
    page.sentences.forEach((gold, i) => {
      const span = anchors.spans[i];
      const claim = analysis.checkWorthy.find((c) => overlaps(span, c));
      if (claim) used.add(claim);
      const isFlagged = claim?.flagged === true;
      if (isFlagged) flagged++;
      out.flag = addCounts(out.flag, count(gold.flag === 1, isFlagged));
      out.checkWorthy = addCounts(out.checkWorthy, count(gold.checkWorthy === 1, claim !== undefined));
      out.judged.push({ page: page.page, text: snapshot.text.slice(span.start, span.end), gold, claim });
      out.sentences++;
    });
    out.flagsOutsideSet += analysis.claims.filter((c) => !used.has(c)).length;
  }
  out.flaggedShare = flagged / Math.max(1, out.sentences);
  return out;
}

export function formatNewsClaims(rules: NewsFigures, learned: NewsFigures): string {
  const f = (c: Counts) => {
    const p = prf(c);
    return `${p.precision.toFixed(2)} ${p.recall.toFixed(2)} ${p.f1.toFixed(2)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`;
  };
  const share = (x: NewsFigures) => `${(x.flaggedShare * 100).toFixed(1)}%`;
  return [
    `\nNEWS CLAIMS DEV SET (${rules.sentences} labelled sentences of real news pages, tests/devsets/news-claims.json)`,
    '                          RULES ONLY P R F1   tp  fp  fn | MODEL P R F1   tp  fp  fn',
    `  flag                    ${f(rules.flag)} | ${f(learned.flag)}`,
    `  check-worthy            ${f(rules.checkWorthy)} | ${f(learned.checkWorthy)}`,
    `  sentences flagged       ${share(rules).padEnd(32)} | ${share(learned)}`,
    `  flags outside the set   ${String(rules.flagsOutsideSet).padEnd(32)} | ${learned.flagsOutsideSet}   (headings, captions, bylines: not scored)`,
  ].join('\n');
}
