// The Node side of ModelAssetLoader: shipped model files read from public/models/ in the repo.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ModelAssetLoader } from '../../lib/analysis/models/assets';
import { projectRoot } from './project-root';

export const modelsDir = path.join(projectRoot, 'public', 'models');

export const nodeModelAssets: ModelAssetLoader = async (file) => {
  const bytes = await readFile(path.join(modelsDir, path.basename(file)));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};
