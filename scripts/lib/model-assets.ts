// The command line, the eval and the tests read shipped models from public/models/ on disk.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ModelAssetLoader } from '../../lib/analysis/models/assets';

export const modelsDir = path.resolve(import.meta.dirname, '..', '..', 'public', 'models');

export const nodeModelAssets: ModelAssetLoader = async (file) => {
  const bytes = await readFile(path.join(modelsDir, path.basename(file)));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};
