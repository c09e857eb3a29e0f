// The analysis models (names, check-worthiness), loaded by the background when an article first
// needs them (never at start-up, never in a page): fetched from the extension's /models/ folder
// and kept for the service worker's life. A model that fails to load leaves the rules in charge
// for that article, says so in the log, and is tried again for the next one.
import type { AnalyzeOptions, ClaimsModel, NerModel } from '@/lib/analysis';
import type { ModelAssetLoader } from '@/lib/analysis/models/assets';
import { loadAnalysis } from './analyze-article';

/** The loaded models, as analyzeSnapshot takes them. */
export type AnalysisModels = Omit<AnalyzeOptions, 'links' | 'blocks'>;

/** Model files from the extension's own /models/ folder (public/models/ in the repository). */
export function extensionModelAssets(urlOf: (path: string) => string, fetchFile: typeof fetch = fetch): ModelAssetLoader {
  return async (file) => {
    const response = await fetchFile(urlOf(`/models/${file}`));
    if (!response.ok) throw new Error(`/models/${file}: HTTP ${response.status}`);
    return response.arrayBuffer();
  };
}

/** One model, loaded once; a failure is logged and forgotten, so the next article tries again. */
function once<T>(load: () => Promise<T>, whenMissing: string): () => Promise<T | undefined> {
  let model: Promise<T | undefined> | undefined;
  return () =>
    (model ??= load().catch((error: unknown) => {
      console.warn(`Backstory: ${whenMissing}`, error);
      model = undefined;
      return undefined;
    }));
}

const caches = new WeakMap<ModelAssetLoader, () => Promise<AnalysisModels>>();

/** A function that resolves to the models read through `load`, each loaded once per loader. */
export function modelCache(load: ModelAssetLoader): () => Promise<AnalysisModels> {
  const known = caches.get(load);
  if (known) return known;
  const ner = once<NerModel>(
    () => loadAnalysis().then(({ loadNerModel }) => loadNerModel(load)),
    'the NER model could not be loaded; names come from the rules alone.',
  );
  const claims = once<ClaimsModel>(
    () => loadAnalysis().then(({ loadClaimsModel }) => loadClaimsModel(load)),
    'the claims model did not load; the rules decide for now.',
  );
  const models = async (): Promise<AnalysisModels> => {
    const [n, c] = await Promise.all([ner(), claims()]);
    return { ...(n ? { ner: n } : {}), ...(c ? { claims: c } : {}) };
  };
  caches.set(load, models);
  return models;
}
