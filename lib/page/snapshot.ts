// Composes detection, metadata and extraction into the plain-data ArticleSnapshot that the
// content script sends and the command line prints.
import { extractArticle } from './extract';
import { readMetadata } from './metadata';
import { readSiteSays } from './publisher';
import type { ArticleExtraction, ArticleSnapshot, Detection } from './types';
import { countWords } from './words';

export interface SnapshotResult {
  snapshot: ArticleSnapshot;
  /** Kept by the content script (DOM nodes) to map analysis spans back to the page. */
  extraction: ArticleExtraction;
}

export function takeSnapshot(doc: Document, url: string, detection: Detection, now = Date.now()): SnapshotResult {
  const extraction = extractArticle(doc, url);
  const site = readSiteSays(doc, url);
  const snapshot: ArticleSnapshot = {
    url,
    detection,
    meta: readMetadata(doc, url),
    text: extraction.text,
    blocks: extraction.blocks,
    links: extraction.links,
    wordCount: countWords(extraction.text),
    takenAt: now,
    ...(site ? { site } : {}),
  };
  return { snapshot, extraction };
}
