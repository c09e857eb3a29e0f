import type { SiteSelfDescription } from './publisher';

// Plain-data shapes produced by lib/page. Everything here is structured-clone safe
// (no DOM nodes), so it can cross the message boundary and be printed by the CLI,
// except ArticleExtraction, which keeps DOM nodes for mapping offsets back to the page.

/** One signal that pushed the article score up (weight > 0) or down (weight < 0). */
export interface DetectionReason {
  /** Stable machine name, e.g. 'json-ld-article', 'og-type-article', 'search-page'. */
  signal: string;
  weight: number;
  /** Human-readable detail, e.g. 'NewsArticle' or '14 paragraphs'. */
  detail?: string;
}

export interface Detection {
  isArticle: boolean;
  score: number;
  reasons: DetectionReason[];
}

export interface OriginalSource {
  /** Outlet name as the page gives it, e.g. 'Sott.net'. */
  name?: string;
  /** Absolute URL of the original, when the page links it. */
  url?: string;
}

export type MetadataField =
  | 'title'
  | 'authors'
  | 'siteName'
  | 'publishedTime'
  | 'modifiedTime'
  | 'canonicalUrl'
  | 'lang'
  | 'description'
  | 'section'
  | 'originalSource';

export interface ArticleMetadata {
  title?: string;
  authors: string[];
  siteName?: string;
  /** ISO 8601 as found (date or date-time); normalized to a parseable form where possible. */
  publishedTime?: string;
  modifiedTime?: string;
  canonicalUrl?: string;
  lang?: string;
  description?: string;
  section?: string;
  originalSource?: OriginalSource;
  /** Where each present field came from, e.g. { title: 'og:title', authors: 'json-ld' }. */
  sources: Partial<Record<MetadataField, string>>;
}

/** Where a link in the article body points, judged as a source for what it is attached to. */
export type LinkVerdict = 'external' | 'same-site' | 'dead';
/**
 * The verdict as the page's script can give it: a link to another host is 'other-host' until
 * the background judges it against the site (lib/page/link-sites.ts).
 */
export type PageLinkVerdict = LinkVerdict | 'other-host';

export interface LinkSpan {
  /** Offsets into ArticleSnapshot.text (end exclusive). */
  start: number;
  end: number;
  text: string;
  /** The href attribute as written ('' when missing). */
  href: string;
  /** Absolute URL, when the href resolves to one. */
  url?: string;
  verdict: PageLinkVerdict;
  /** Why the verdict, e.g. 'fragment only (#)', 'javascript: URL', 'same page', 'same site'. */
  why: string;
}

/** A block (paragraph, heading, list item, quote) of the article text, in reading order. */
export interface TextBlock {
  start: number;
  end: number;
  kind: 'paragraph' | 'heading' | 'list-item' | 'quote' | 'caption' | 'other';
}

/** Where one DOM text node's (whitespace-collapsed) text sits in the article text. */
export interface TextNodeSpan {
  node: Text;
  start: number;
  end: number;
}

/** extractArticle's result: the article text plus what is needed to map it back to the DOM. */
export interface ArticleExtraction {
  text: string;
  blocks: TextBlock[];
  links: LinkSpan[];
  /** Sorted by start; used to turn text offsets into DOM ranges and back. */
  nodes: TextNodeSpan[];
  /** The element judged to hold the article body. */
  root: Element;
}

/** What the content script sends the background for an article page. */
export interface ArticleSnapshot {
  url: string;
  detection: Detection;
  meta: ArticleMetadata;
  text: string;
  blocks: TextBlock[];
  links: LinkSpan[];
  wordCount: number;
  /** ms since epoch, when the snapshot was taken. */
  takenAt: number;
  /** What the page says about its own publisher (publisher.ts); absent when it says nothing. */
  site?: SiteSelfDescription;
}
