// lib/analysis: plain text (plus the article's links and blocks) → sentences, entities and
// unlinked claims. Pure: no DOM, browser or Node APIs, so it runs in the service worker and in Node.
import { judgeLinkSites } from '../page/link-sites';
import type { ArticleSnapshot, LinkSpan, TextBlock } from '../page/types';
import type { Analysis } from './types';
import { resolveBlocks } from './blocks';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';
import { tagTokens } from './entities/tagger';
import { findEntities, tokensBySentence } from './entities';
import { findClaims, type ClaimsModel } from './claims';

export { compromiseEntities } from './entities/tagger';
export { analysisForCli, type CliAnalysis } from './cli';
export { CLAIM_THRESHOLD, CHECK_WORTHY_THRESHOLD, loadClaimsModel, type ClaimsModel } from './claims';

export interface AnalyzeOptions {
  links?: readonly LinkSpan[];
  blocks?: readonly TextBlock[];
  /** The check-worthiness model (loadClaimsModel); without it, the rules decide. */
  claims?: ClaimsModel;
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  const began = now();
  const blocks = resolveBlocks(text, options.blocks);
  const sentences = splitSentences(text, blocks);
  const split = tokensBySentence(tokenize(text), sentences);
  const tags = tagTokens(text, split.tokens);
  const entities = findEntities(text, sentences, blocks, split, tags);
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
  return analyzeText(snapshot.text, { links: judgeLinkSites(snapshot.links, snapshot.url), blocks: snapshot.blocks, ...models });
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
