// The article text Backstory sees for one saved test page: the same detection and extraction the
// content script runs (lib/page), on a linkedom DOM whose address is the page's own URL, so links
// are judged against the page's own site. The dev sets anchor their labels in this text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFromHtml } from '../analyze-file';
import { detectArticle } from '../../lib/page/detect';
import { takeSnapshot } from '../../lib/page/snapshot';
import type { ArticleSnapshot } from '../../lib/page/types';

export function devsetSnapshot(corpusDir: string, page: string, url: string): ArticleSnapshot {
  const html = readFileSync(join(corpusDir, page, 'source.html'), 'utf8');
  const doc = documentFromHtml(html, url);
  // Extract even when detection would say "not an article": the labels are about the text.
  const detection = detectArticle(doc, url);
  return takeSnapshot(doc, url, detection, 0).snapshot;
}
