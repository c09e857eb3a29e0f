// Where the Readability test-page corpus lives: ../shared/corpora beside the project (as in
// CI), or wherever BACKSTORY_CORPUS points. Tests that need it skip, saying so, when it is absent.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const CORPUS_DIR =
  process.env.BACKSTORY_CORPUS ?? path.join(projectRoot, '..', 'shared', 'corpora', 'readability-test-pages');

export const hasCorpus = existsSync(CORPUS_DIR);
