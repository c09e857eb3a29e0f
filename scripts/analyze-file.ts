// The command line's view of one saved page: the same lib/page code the content script runs,
// on a DOM built by linkedom instead of a browser.
import { parseHTML } from 'linkedom';
import { analysisForCli, analyzeSnapshot, type AnalyzeOptions } from '../lib/analysis';
import type { CliAnalysis } from '../lib/analysis/cli';
import type { OutletProfile } from '../lib/outlets/types';
import { outletFieldsFor } from './outlet-command';
import { detectArticle } from '../lib/page/detect';
import { judgeSnapshotSites, withoutSameSiteOriginal } from '../lib/page/link-sites';
import { takeSnapshot } from '../lib/page/snapshot';
import type { ArticleMetadata, Detection, LinkSpan } from '../lib/page/types';
import { readMetadata } from '../lib/page/metadata';

export interface FileAnalysis {
  file: string;
  url: string;
  isArticle: boolean;
  detection: Detection;
  meta: ArticleMetadata;
  text_length: number;
  word_count: number;
  links: LinkSpan[];
  /** Offsets into the article text (see --with-text). */
  entities: CliAnalysis['entities'];
  claims: CliAnalysis['claims'];
  /** Who runs the site, and the original outlet of a cross-post (null when not in the directory). */
  outlet: OutletProfile | null;
  originalOutlet: OutletProfile | null;
  text?: string;
}

/** Builds a document whose URL and base are `url`, the way a browser would see the page. */
export function documentFromHtml(html: string, url: string): Document {
  const { document } = parseHTML(html);
  // linkedom has no notion of the page address; relative links resolve against <base> or this.
  Object.defineProperty(document, 'URL', { value: url, configurable: true });
  Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
  return document as unknown as Document;
}

/**
 * The address a saved page came from, when the caller does not know it: the page's own
 * canonical link or og:url (absolute http(s) only), else `fallback` (the file's URL).
 */
export function savedPageUrl(html: string, fallback: string): string {
  const { document } = parseHTML(html);
  const candidates = [
    document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const raw of candidates) {
    const c = raw?.trim() ?? '';
    if (/^https?:\/\/[^/]/i.test(c)) return c;
    if (/^\/\/[^/]/.test(c)) return `https:${c}`; // protocol-relative
  }
  return fallback;
}

/** `models`: the analysis models (names, claims) to use; without them the rules decide. */
export function analyzeHtml(
  html: string,
  url: string,
  file: string,
  options: { withText?: boolean; models?: Omit<AnalyzeOptions, 'links' | 'blocks'> } = {},
): FileAnalysis {
  const doc = documentFromHtml(html, url);
  const detection = detectArticle(doc, url);
  if (!detection.isArticle) {
    // Metadata is still useful for a non-article (and cheap); the body text is not.
    const meta = withoutSameSiteOriginal(readMetadata(doc, url), url);
    return {
      file,
      url,
      isArticle: false,
      detection,
      meta,
      text_length: 0,
      word_count: 0,
      links: [],
      entities: [],
      claims: [],
      ...outletFieldsFor(url, meta.originalSource),
    };
  }
  // As the background keeps it: links to other hosts judged against the site.
  const snapshot = judgeSnapshotSites(takeSnapshot(doc, url, detection).snapshot);
  return {
    file,
    url,
    isArticle: true,
    detection,
    meta: snapshot.meta,
    text_length: snapshot.text.length,
    word_count: snapshot.wordCount,
    links: snapshot.links,
    ...analysisForCli(analyzeSnapshot(snapshot, options.models)),
    ...outletFieldsFor(url, snapshot.meta.originalSource),
    ...(options.withText ? { text: snapshot.text } : {}),
  };
}
