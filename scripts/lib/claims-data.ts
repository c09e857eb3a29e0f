// The labelled sentences the claims model learns from and is measured on: ClaimBuster
// (../shared/corpora/claims/claimbuster, debates, CC BY 4.0), news-style sentences written for
// this project (scripts/train/claims-news.tsv) and our labels on real pages
// (scripts/train/claims-news-pages.json, anchored in ../shared/corpora/readability-test-pages).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveAnchors, type SentenceAnchor } from './devset-anchors';
import { devsetSnapshot } from './devset-page';

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

export const newsPagesFile = path.join(projectRoot, 'scripts', 'train', 'claims-news-pages.json');

interface AnchoredLabels {
  /** `train: false`: labelled, but left out of training (measured, it did not help); a held-out check. */
  pages: { page: string; url: string; train?: boolean; sentences: (SentenceAnchor & { checkWorthy: number })[] }[];
}

/** Our check-worthiness labels on real pages (readability test pages outside the news dev set),
 *  anchored in the text lib/page extracts, so the corpus text stays in ../shared.
 *  `which`: the pages training uses (default), or the labelled pages it leaves out. */
export function readNewsPageRows(which: 'train' | 'held-out' = 'train'): LabelledSentence[] {
  const set = JSON.parse(readFileSync(newsPagesFile, 'utf8')) as AnchoredLabels;
  const dir = path.join(corporaDir, 'readability-test-pages');
  return set.pages.filter((p) => (p.train !== false) === (which === 'train')).flatMap((p) => {
    const text = devsetSnapshot(dir, p.page, p.url).text;
    const anchors = resolveAnchors(text, p.sentences);
    if (!anchors.ok) throw new Error(`${newsPagesFile}: ${p.page}: sentence ${anchors.index}: ${anchors.problem}`);
    return anchors.spans.map((s, i) => ({ id: `${p.page}-${i}`, text: text.slice(s.start, s.end), label: p.sentences[i].checkWorthy ? (1 as const) : (0 as const) }));
  });
}
