// Composes detection, metadata and extraction into the plain-data ArticleSnapshot that the
// content script sends and the command line prints.
import { extractArticleSteps } from './extract';
import { readJsonLd } from './json-ld';
import { findLayoutSteps } from './layout';
import { readMetadataSteps } from './metadata';
import { readSiteSaysSteps } from './publisher';
import { runInSlices, runToEnd, type SliceOptions, type SliceStats } from './slices';
import type { ArticleExtraction, ArticleSnapshot, Detection } from './types';
import { countWords } from './words';

export interface SnapshotResult {
  snapshot: ArticleSnapshot;
  /** Kept by the content script (DOM nodes) to map analysis spans back to the page. */
  extraction: ArticleExtraction;
}

/**
 * takeSnapshot's work, as steps: it yields between them, where the page may have its turn
 * (entrypoints drive it with runInSlices, lib/page/slices.ts). The walks over a long page are
 * the long steps: each yields as it goes.
 */
export function* snapshotSteps(doc: Document, url: string, detection: Detection, now = Date.now()): Generator<void, SnapshotResult, void> {
  const layout = yield* findLayoutSteps(doc);
  yield;
  const extraction = yield* extractArticleSteps(doc, url, layout);
  yield;
  // JSON-LD is read once for both (a news page's blocks can be large).
  const ld = readJsonLd(doc);
  yield;
  const site = yield* readSiteSaysSteps(doc, url, ld);
  yield;
  const meta = yield* readMetadataSteps(doc, url, ld);
  yield;
  const snapshot: ArticleSnapshot = {
    url,
    detection,
    meta,
    text: extraction.text,
    blocks: extraction.blocks,
    links: extraction.links,
    wordCount: countWords(extraction.text),
    takenAt: now,
    ...(site ? { site } : {}),
  };
  return { snapshot, extraction };
}

/** The snapshot at once (the command line, tests). */
export function takeSnapshot(doc: Document, url: string, detection: Detection, now = Date.now()): SnapshotResult {
  return runToEnd(snapshotSteps(doc, url, detection, now));
}

/** The snapshot in slices that yield to the page (lib/page/slices.ts), with what it cost. */
export async function takeSnapshotInSlices(
  doc: Document,
  url: string,
  detection: Detection,
  options: SliceOptions,
  now = Date.now(),
): Promise<SnapshotResult & { stats: SliceStats }> {
  const { value, stats } = await runInSlices(snapshotSteps(doc, url, detection, now), options);
  return { ...value, stats };
}
