// The analysis models, loaded by the background when an article first needs them (never at
// start-up, never in a page): fetched once from the extension's /models/ folder and kept for the
// service worker's life. A model that fails to load leaves the rules in charge for that article
// and is tried again for the next one.
import { browser } from 'wxt/browser';
import type { AnalyzeOptions, ClaimsModel } from '@/lib/analysis';
import { loadAnalysis } from './analyze-article';
import type { ModelAssetLoader } from '@/lib/analysis/models/assets';

/** The loaded models, as analyzeSnapshot takes them. */
export type AnalysisModels = Omit<AnalyzeOptions, 'links' | 'blocks'>;

/** Reads public/models/<file> from the installed extension. */
export const extensionModelAssets: ModelAssetLoader = async (file) => {
  const response = await fetch(browser.runtime.getURL(`/models/${file}` as '/models/claims.bin'));
  if (!response.ok) throw new Error(`model ${file}: HTTP ${response.status}`);
  return response.arrayBuffer();
};

/** A function that resolves to the models, loading each once; failures resolve without it. */
export function modelCache(load: ModelAssetLoader): () => Promise<AnalysisModels> {
  let claims: Promise<ClaimsModel | undefined> | undefined;
  return async () => {
    claims ??= loadAnalysis()
      .then(({ loadClaimsModel }) => loadClaimsModel(load))
      .catch((error: unknown) => {
        console.warn('Backstory: the claims model did not load; the rules decide for now', error);
        claims = undefined;
        return undefined;
      });
    const model = await claims;
    return model ? { claims: model } : {};
  };
}
