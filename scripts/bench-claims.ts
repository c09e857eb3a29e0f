// The claims half of the analysis, timed in Node for `npm run bench`: on the 20,000-word article,
// the whole analysis with and without the claims model, and the claims step alone (check-worthiness
// and sourcing of every sentence), warm, per 1,000 words; and the model's load (read + decode).
import { analyzeSnapshot, loadClaimsModel } from '../lib/analysis';
import { resolveBlocks } from '../lib/analysis/blocks';
import { findClaims } from '../lib/analysis/claims';
import { findEntities, tokensBySentence } from '../lib/analysis/entities';
import { tagTokens } from '../lib/analysis/entities/tagger';
import { splitSentences } from '../lib/analysis/sentences';
import { tokenize } from '../lib/analysis/tokens';
import { detectArticle } from '../lib/page/detect';
import { judgeLinkSites } from '../lib/page/link-sites';
import { takeSnapshot } from '../lib/page/snapshot';
import { documentFromHtml } from './analyze-file';
import { LONG_ARTICLE_URL, longArticleHtml } from './lib/long-article';
import { nodeModelAssets } from './lib/model-assets';

export interface ClaimsBench {
  words: number;
  modelLoadMs: number;
  /** ms per 1,000 words, warm (best of 5). */
  analysisRulesPer1k: number;
  analysisModelPer1k: number;
  claimsStepModelPer1k: number;
}

function best(runs: number, f: () => void): number {
  f();
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

export async function benchClaims(): Promise<ClaimsBench> {
  const doc = documentFromHtml(longArticleHtml().html, LONG_ARTICLE_URL);
  const { snapshot } = takeSnapshot(doc, LONG_ARTICLE_URL, detectArticle(doc, LONG_ARTICLE_URL));
  const began = performance.now();
  const model = await loadClaimsModel(nodeModelAssets);
  const modelLoadMs = performance.now() - began;
  const per1k = (ms: number) => (ms / snapshot.wordCount) * 1000;
  const text = snapshot.text;
  const blocks = resolveBlocks(text, snapshot.blocks);
  const sentences = splitSentences(text, blocks);
  const split = tokensBySentence(tokenize(text), sentences);
  const tags = tagTokens(text, split.tokens);
  const entities = findEntities(text, sentences, blocks, split, tags);
  const links = judgeLinkSites(snapshot.links, snapshot.url);
  return {
    words: snapshot.wordCount,
    modelLoadMs,
    analysisRulesPer1k: per1k(best(5, () => analyzeSnapshot(snapshot))),
    analysisModelPer1k: per1k(best(5, () => analyzeSnapshot(snapshot, { claims: model }))),
    claimsStepModelPer1k: per1k(best(5, () => findClaims(text, sentences, blocks, split, tags, entities, links, model))),
  };
}

export function formatClaimsBench(b: ClaimsBench): string {
  const f = (x: number) => x.toFixed(1);
  return (
    `\nClaims in Node (${b.words.toLocaleString('en-US')}-word article; ms per 1,000 words, warm, best of 5)\n` +
    `  whole analysis: rules only ${f(b.analysisRulesPer1k)}, with the claims model ${f(b.analysisModelPer1k)}; ` +
    `the claims step alone (model + sourcing) ${f(b.claimsStepModelPer1k)}; claims model load ${f(b.modelLoadMs)} ms\n`
  );
}

if (process.argv[1]?.endsWith('bench-claims.ts')) void benchClaims().then((b) => process.stdout.write(formatClaimsBench(b)));
