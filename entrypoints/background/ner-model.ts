// The NER model for the background: loaded on the first article that needs analysis, once per
// service worker (per loader), never at start-up. If it cannot be loaded the analysis goes on
// with the rules alone, and the failure is logged.
import { loadNerModel, type NerModel } from '@/lib/analysis';
import type { ModelAssetLoader } from '@/lib/analysis/models/assets';

const loaded = new WeakMap<ModelAssetLoader, Promise<NerModel | null>>();

export function nerModel(load: ModelAssetLoader): Promise<NerModel | null> {
  let model = loaded.get(load);
  if (!model) {
    model = loadNerModel(load).catch((error: unknown) => {
      console.warn('Backstory: the NER model could not be loaded; names come from the rules alone.', error);
      return null;
    });
    loaded.set(load, model);
  }
  return model;
}

/** Model files from the extension's own /models/ folder (public/models/ in the repository). */
export function extensionModelAssets(urlOf: (path: string) => string, fetchFile: typeof fetch = fetch): ModelAssetLoader {
  return async (file) => {
    const response = await fetchFile(urlOf(`/models/${file}`));
    if (!response.ok) throw new Error(`/models/${file}: HTTP ${response.status}`);
    return response.arrayBuffer();
  };
}
