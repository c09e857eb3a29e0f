// The labelled sentences the claims model learns from and is measured on: ClaimBuster
// (../shared/corpora/claims/claimbuster, debates, CC BY 4.0) and our own news sentences
// (scripts/train/claims-news.tsv, written for this project).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');
/** ../shared/corpora beside the project (as in CI), or wherever BACKSTORY_CORPORA points. */
export const corporaDir = process.env.BACKSTORY_CORPORA ?? path.join(projectRoot, '..', 'shared', 'corpora');
export const claimBusterDir = path.join(corporaDir, 'claims', 'claimbuster');
export const newsSentencesFile = path.join(projectRoot, 'scripts', 'train', 'claims-news.tsv');

export interface LabelledSentence {
  id: string;
  text: string;
  /** 1 = check-worthy. */
  label: 0 | 1;
}

/** A `id<TAB>text<TAB>label` file with a header line and no quoting (TRAINING-DATA.md). */
export function readClaimRows(file: string): LabelledSentence[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [id, text, label] = line.split('\t');
      if (text === undefined || (label !== '0' && label !== '1')) throw new Error(`${file}: bad row ${JSON.stringify(line)}`);
      return { id, text, label: label === '1' ? 1 : 0 };
    });
}

export function hasClaimBuster(): boolean {
  return existsSync(path.join(claimBusterDir, 'train.tsv'));
}
