// The repository's root folder, for scripts that read or write files in it.
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');
