// Valibot schemas for everything that crosses a process boundary. A page is untrusted, and
// so is anything a content script relays from it: the background parses every message with
// these before acting, and the panel parses what the background answers.
import * as v from 'valibot';

const MAX_TEXT = 2_000_000; // ~300k words: far beyond any article, small enough to refuse abuse
const MAX_SHORT = 2_000;
const MAX_URL = 8_192;
const MAX_ITEMS = 20_000;

const short = v.pipe(v.string(), v.maxLength(MAX_SHORT));
const url = v.pipe(v.string(), v.maxLength(MAX_URL));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TEXT));

export const DetectionSchema = v.object({
  isArticle: v.boolean(),
  score: v.number(),
  reasons: v.pipe(
    v.array(v.object({ signal: short, weight: v.number(), detail: v.optional(short) })),
    v.maxLength(200),
  ),
});

const MetadataFieldSchema = v.picklist([
  'title',
  'authors',
  'siteName',
  'publishedTime',
  'modifiedTime',
  'canonicalUrl',
  'lang',
  'description',
  'section',
  'originalSource',
]);

export const MetadataSchema = v.object({
  title: v.optional(short),
  authors: v.pipe(v.array(short), v.maxLength(100)),
  siteName: v.optional(short),
  publishedTime: v.optional(short),
  modifiedTime: v.optional(short),
  canonicalUrl: v.optional(url),
  lang: v.optional(short),
  description: v.optional(v.pipe(v.string(), v.maxLength(20_000))),
  section: v.optional(short),
  originalSource: v.optional(v.object({ name: v.optional(short), url: v.optional(url) })),
  sources: v.record(MetadataFieldSchema, short),
});

export const LinkSpanSchema = v.object({
  start: offset,
  end: offset,
  text: v.pipe(v.string(), v.maxLength(20_000)),
  href: url,
  url: v.optional(url),
  verdict: v.picklist(['external', 'same-site', 'dead']),
  why: short,
});

export const TextBlockSchema = v.object({
  start: offset,
  end: offset,
  kind: v.picklist(['paragraph', 'heading', 'list-item', 'quote', 'caption', 'other']),
});

export const SnapshotSchema = v.object({
  url,
  detection: DetectionSchema,
  meta: MetadataSchema,
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  blocks: v.pipe(v.array(TextBlockSchema), v.maxLength(MAX_ITEMS)),
  links: v.pipe(v.array(LinkSpanSchema), v.maxLength(MAX_ITEMS)),
  wordCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  takenAt: v.number(),
});

/** What a content script reports about its page. */
export const PageReportSchema = v.variant('status', [
  v.object({ status: v.literal('article'), snapshot: SnapshotSchema }),
  v.object({ status: v.literal('not-article'), url, detection: DetectionSchema }),
  v.object({ status: v.literal('pending'), url }),
  v.object({ status: v.literal('failed'), url, error: short }),
]);

/** Messages a content script may send the background. */
export const ContentMessageSchema = v.variant('type', [
  v.object({ type: v.literal('content/report'), report: PageReportSchema }),
  v.object({ type: v.literal('content/load-article-code') }),
]);

/** Messages only extension pages (side panel, options) may send the background. */
export const PanelMessageSchema = v.variant('type', [
  v.object({ type: v.literal('panel/get-tab-state'), tabId: v.pipe(v.number(), v.integer()) }),
  v.object({ type: v.literal('panel/refresh-tab'), tabId: v.pipe(v.number(), v.integer()) }),
]);

/** Broadcasts from the background to open extension pages. */
export const BroadcastSchema = v.variant('type', [
  v.object({ type: v.literal('tab-state/changed'), tabId: v.pipe(v.number(), v.integer()) }),
]);
