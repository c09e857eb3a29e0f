// Article metadata: what the publisher declares (JSON-LD, Open Graph, meta tags), then what the
// page shows (byline, <time>, "original source" notices). Every field records where it came from
// so the side panel can say so.
import type { ArticleMetadata, MetadataField } from './types';
import { findArticleNode, ldNames, ldText, readJsonLd, typesOf, type LdNode } from './json-ld';
import { findDateInText, normalizeDate } from './dates';
import { findByline, parseAuthors, type Byline } from './authors';
import { dropTrailingSegment, namesMatch, stripSiteName, titleFromHeading } from './title';
import { findOriginalSourceLineSteps, fromCanonical, fromJsonLd } from './original-source';
import { collapse } from './collapse';
import { runToEnd } from './slices';


type Tags = Map<string, string[]>;

/** Every meta tag's content under each of its keys (name, property, itemprop; lowercased). */
function readMetaTags(doc: Document): Tags {
  const tags: Tags = new Map();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const content = collapse(el.getAttribute('content'));
    if (!content) continue;
    const keys = [el.getAttribute('name'), el.getAttribute('http-equiv'), el.getAttribute('property'), el.getAttribute('itemprop')]
      .join(' ')
      .toLowerCase()
      .split(/\s+/);
    for (const k of keys) {
      if (k && k !== 'null') tags.set(k, [...(tags.get(k) ?? []), content]);
    }
  }
  return tags;
}

/** First tag present among `keys`, as [value, 'meta[...]' source label]. */
function tag(tags: Tags, keys: string[]): [string, string] | undefined {
  for (const k of keys) {
    const v = tags.get(k)?.[0];
    if (v) return [v, k.startsWith('og:') || k.startsWith('twitter:') ? k : `meta[${k.includes(':') ? 'property' : 'name'}=${k}]`];
  }
  return undefined;
}

function resolveUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function hostLabel(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^(?:www\d?|m|amp)\./, '') || undefined;
  } catch {
    return undefined;
  }
}

const PUBLISHED_TAGS = [
  'article:published_time', 'datepublished', 'og:published_time', 'parsely-pub-date', 'sailthru.date',
  'article.published', 'published_time', 'publishdate', 'publish-date', 'pubdate', 'dc.date.issued',
  'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'citation_publication_date', 'date',
];
const MODIFIED_TAGS = ['article:modified_time', 'datemodified', 'og:updated_time', 'dcterms.modified', 'last-modified'];
const AUTHOR_TAGS = [
  'dc:creator', 'dcterm:creator', 'author', 'article:author', 'og:article:author', 'parsely-author', 'sailthru.author',
  'dc.creator', 'dcterms.creator', 'byl',
];
const TITLE_TAGS = [
  'dc:title', 'dcterm:title', 'dc.title', 'dcterms.title', 'og:title', 'twitter:title', 'title', 'parsely-title', 'sailthru.title',
];

/** A <time datetime> or visible date by the byline or the headline, for pages with no date metadata. */
function dateInPage(doc: Document, byline: Byline | undefined): [string, string] | undefined {
  const marked = doc.querySelector('[itemprop="datePublished"],time[pubdate]');
  const markedValue = normalizeDate(marked?.getAttribute('datetime') ?? marked?.getAttribute('content') ?? marked?.textContent);
  if (markedValue) return [markedValue, 'itemprop=datePublished'];
  const near = [byline?.element, doc.querySelector('h1')].filter((e): e is Element => !!e);
  for (const start of near) {
    let box: Element | null = start;
    for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
      const time = normalizeDate(box.querySelector('time[datetime]')?.getAttribute('datetime'));
      if (time) return [time, 'time[datetime]'];
      const text = box.textContent ?? '';
      if (text.length < 400) {
        const visible = findDateInText(text);
        if (visible) return [visible, 'text: date by the byline'];
      }
    }
  }
  return undefined;
}

/** headline, or name when only the name is what <title> shows (Wikipedia's headline is a gloss). */
function pickHeadline(art: LdNode, docTitle: string): string {
  const headline = collapse(ldText(art.headline));
  const name = collapse(ldText(art.name));
  if (!headline || !name || headline === name) return headline || name;
  if (namesMatch(name, ldText(art.publisher) ?? '')) return headline;
  const inTitle = (s: string): boolean => docTitle.toLowerCase().includes(s.toLowerCase());
  return !inTitle(headline) && inTitle(name) ? name : headline;
}

type Try<T> = () => [T | undefined, string] | undefined;

/** Metadata of an article page, each field with its source in `sources`. */
export function readMetadata(doc: Document, url: string): ArticleMetadata {
  return runToEnd(readMetadataSteps(doc, url));
}

/** readMetadata's work, pausing between its reads of the page (lib/page/slices.ts); `ld`: the
 * page's JSON-LD if already read. */
export function* readMetadataSteps(doc: Document, url: string, ld = readJsonLd(doc)): Generator<void, ArticleMetadata, void> {
  const tags = readMetaTags(doc);
  const art: LdNode | undefined = findArticleNode(ld);
  const meta: ArticleMetadata = { authors: [], sources: {} };
  /** Sets `field` from the first attempt that yields a non-empty value (later ones never run). */
  const fill = <K extends MetadataField>(field: K, ...tries: Try<ArticleMetadata[K]>[]): void => {
    for (const attempt of tries) {
      const found = attempt();
      const value = found?.[0];
      if (!found || value === undefined || value === '' || (Array.isArray(value) && !value.length)) continue;
      meta[field] = value;
      meta.sources[field] = found[1];
      return;
    }
  };
  const fromTags =
    (keys: string[], map = (v: string): string | undefined => v): Try<string> =>
    () => {
      for (const k of keys) {
        const found = tag(tags, [k]);
        const value = found && map(found[0]);
        if (found && value) return [value, found[1]];
      }
      return undefined;
    };
  const fromLd =
    (value: unknown, map = (v: string): string | undefined => collapse(v)): Try<string> =>
    () => {
      const text = ldText(value);
      return [text === undefined ? undefined : map(text), 'json-ld'];
    };

  // Site name first: the title and authors are checked against it.
  const publisher = art ? ldText(art.publisher) : undefined;
  const website = ld.find((n) => typesOf(n).includes('WebSite'));
  fill(
    'siteName',
    fromTags(['og:site_name']),
    fromLd(publisher ?? website?.name),
    fromTags(['application-name', 'apple-mobile-web-app-title']),
    () => [hostLabel(url), 'host'],
  );
  const siteNames = [meta.siteName, publisher, tags.get('og:site_name')?.[0], tags.get('application-name')?.[0], hostLabel(url)]
    .filter((n): n is string => !!n);

  // Authors: declared, then printed. A "byline" that is only the outlet's name is a last resort.
  yield;
  const byline = findByline(doc);
  yield;
  const authorCandidates: [string[], string][] = [];
  if (art?.author) authorCandidates.push([parseAuthors(ldNames(art.author)), 'json-ld']);
  for (const k of AUTHOR_TAGS) {
    const values = tags.get(k);
    if (values) authorCandidates.push([parseAuthors(values), tag(tags, [k])![1]]);
  }
  if (byline) authorCandidates.push([parseAuthors([byline.text], true), 'byline']);
  const usable = authorCandidates.filter(([names]) => names.length);
  const people = usable.find(([names]) => !names.every((n) => siteNames.some((s) => namesMatch(n, s))));
  fill('authors', () => people ?? usable[0]);

  // Title: the headline the publisher declares (JSON-LD, og:title), kept as written — that is
  // what readers and Readability see; then <title>, the most decorated, with site and author
  // names cut off; then the page's h1.
  const h1 = collapse(doc.querySelector('h1')?.textContent) || undefined;
  const docTitle = collapse(doc.title);
  const cut = (t: string | undefined): string | undefined => t && stripSiteName(t, [...siteNames, ...meta.authors]);
  const fromDocTitle = (): string | undefined => {
    if (!docTitle) return undefined;
    // <title> is the most decorated: without a site name to cut, keep the h1's part of it.
    const stripped = cut(docTitle);
    return stripped !== docTitle ? stripped : titleFromHeading(docTitle, h1) ?? dropTrailingSegment(docTitle);
  };
  fill(
    'title',
    () => [art ? pickHeadline(art, docTitle) : undefined, 'json-ld'],
    () => tag(tags, TITLE_TAGS),
    () => [fromDocTitle(), 'document.title'],
    () => [h1, 'h1'],
  );

  // JSON-LD first: where it and article:published_time differ, the meta tag is usually the
  // time of a later republication.
  fill('publishedTime', fromLd(art?.datePublished, normalizeDate), fromTags(PUBLISHED_TAGS, normalizeDate), () =>
    dateInPage(doc, byline),
  );
  fill('modifiedTime', fromLd(art?.dateModified, normalizeDate), fromTags(MODIFIED_TAGS, normalizeDate));

  fill(
    'canonicalUrl',
    () => [resolveUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), url), 'link[rel=canonical]'],
    fromTags(['og:url'], (v) => resolveUrl(v, url)),
  );
  fill(
    'lang',
    () => [collapse(doc.documentElement?.getAttribute('lang')), 'html[lang]'],
    fromTags(['content-language', 'og:locale'], (v) => v.split(',')[0].trim().replace('_', '-')),
    fromLd(art?.inLanguage),
  );
  fill('description', fromTags(['og:description', 'description', 'twitter:description']), fromLd(art?.description));
  fill('section', fromTags(['article:section']), fromLd(art?.articleSection));

  // Original source of a cross-post: what the page says, then JSON-LD, then a foreign canonical.
  yield;
  const line = yield* findOriginalSourceLineSteps(doc, url);
  fill(
    'originalSource',
    () => [line, 'text: original source line'],
    () => [fromJsonLd(art) ?? fromJsonLd(ld.find((n) => n.isBasedOn || n.isBasedOnUrl)), 'json-ld isBasedOn'],
    () => [fromCanonical(meta.canonicalUrl, url), meta.sources.canonicalUrl ?? 'link[rel=canonical]'],
  );
  return meta;
}
