// lib/analysis: plain text (plus the article's links and blocks) → sentences, entities and
// unlinked claims. Pure: no DOM, browser or Node APIs, so it runs in the service worker and in Node.
import { judgeLinkSites } from '../page/link-sites';
import type { ArticleSnapshot, LinkSpan, TextBlock } from '../page/types';
import type { Analysis } from './types';
import { findClaims, type ClaimsModel } from './claims';
import { rulePass } from './rule-pass';
import type { NerModel } from './ner/model';
import { nerEntities } from './ner/entities';

export { compromiseEntities } from './entities/tagger';
export { analysisForCli, type CliAnalysis } from './cli';
export { CLAIM_THRESHOLD, CHECK_WORTHY_THRESHOLD, loadClaimsModel, type ClaimsModel } from './claims';
export { loadNerModel, type NerModel } from './ner/model';

export interface AnalyzeOptions {
  links?: readonly LinkSpan[];
  blocks?: readonly TextBlock[];
  /** The NER model (loadNerModel); without it the rules alone find the entities. */
  ner?: NerModel;
  /** The check-worthiness model (loadClaimsModel); without it, the rules decide. */
  claims?: ClaimsModel;
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  const began = now();
  const rules = rulePass(text, options.blocks);
  const { blocks, sentences, split, tags } = rules;
  const entities = options.ner ? nerEntities(options.ner, text, rules) : rules.entities;
  const claims = findClaims(text, sentences, blocks, split, tags, entities, options.links ?? [], options.claims);
  return {
    sentences: sentences.map(({ start, end }) => ({ start, end })),
    entities,
    claims: claims.flagged,
    checkWorthy: claims.checkWorthy,
    tookMs: Math.round((now() - began) * 10) / 10,
  };
}

/** The analysis of a page's snapshot; links to other hosts are judged against the page's site first.
 *  `models` are the loaded models (AnalyzeOptions without links and blocks). */
export function analyzeSnapshot(snapshot: Pick<ArticleSnapshot, 'url' | 'text' | 'links' | 'blocks'>, models: Omit<AnalyzeOptions, 'links' | 'blocks'> = {}): Analysis {
  return analyzeText(snapshot.text, { ...models, links: judgeLinkSites(snapshot.links, snapshot.url), blocks: snapshot.blocks });
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
