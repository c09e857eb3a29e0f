// Valibot schemas for everything that crosses a process boundary. A page is untrusted, and
// so is anything a content script relays from it or answers: the background parses every
// request and every answer from a page with these before acting. The compile-time checks at the
// bottom hold them to the request maps in ./requests.ts.
import * as v from 'valibot';
import { SelectorsSchema } from '../notes/schema';
import { POLICY_KINDS } from '../page/publisher';
import type { ArticleSnapshot } from '../page/types';
import type { PageReport } from './protocol';
import type { AnswerOf, BackgroundToContent, Broadcast, ContentRequest, PanelRequest } from './requests';

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
  verdict: v.picklist(['external', 'same-site', 'dead', 'other-host']),
  why: short,
});

export const TextBlockSchema = v.object({
  start: offset,
  end: offset,
  kind: v.picklist(['paragraph', 'heading', 'list-item', 'quote', 'caption', 'other']),
});

const POLICY_KINDS_SCHEMA = v.picklist(POLICY_KINDS);
const webLink = v.pipe(url, v.regex(/^https?:\/\//i, 'must be a web address'));

/** What a page says about its own publisher: page data, so every part is bounded. */
export const SiteSaysSchema = v.object({
  name: v.optional(v.pipe(v.string(), v.maxLength(200))),
  url: v.optional(webLink),
  wikidataId: v.optional(v.pipe(v.string(), v.regex(/^Q\d{1,12}$/))),
  wikipedia: v.pipe(v.array(webLink), v.maxLength(12)),
  sameAs: v.pipe(v.array(webLink), v.maxLength(12)),
  foundingDate: v.optional(v.pipe(v.string(), v.maxLength(10))),
  parentOrganizations: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(5)),
  policies: v.pipe(
    v.record(POLICY_KINDS_SCHEMA, webLink),
    v.check((p) => Object.keys(p).length <= POLICY_KINDS.length),
  ),
  about: v.optional(v.object({ url: webLink, text: v.pipe(v.string(), v.maxLength(200)) })),
  from: v.record(v.picklist(['name', 'url', 'sameAs', 'foundingDate', 'parentOrganizations', 'policies', 'about']), short),
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
  site: v.optional(SiteSaysSchema),
});

/** What a content script reports about its page. */
export const PageReportSchema = v.variant('status', [
  v.object({ status: v.literal('article'), snapshot: SnapshotSchema }),
  v.object({ status: v.literal('not-article'), url, detection: DetectionSchema }),
  v.object({ status: v.literal('pending'), url }),
  v.object({ status: v.literal('failed'), url, error: short }),
]);

// A note's selectors as lib/notes checks them: at most four, one a quote, sizes bounded.
const selectors = SelectorsSchema;
const noteId = v.pipe(v.string(), v.minLength(1), v.maxLength(128));
const AnchorsSchema = v.object({
  anchored: v.pipe(v.array(noteId), v.maxLength(MAX_ITEMS)),
  orphaned: v.pipe(v.array(noteId), v.maxLength(MAX_ITEMS)),
});

// Claim and entity ids from lib/analysis: short, letters, digits and a few separators.
const flagKey = v.pipe(v.string(), v.maxLength(200), v.regex(/^[\p{L}\p{N}_:.-]+$/u));
const tabId = v.pipe(v.number(), v.integer());
const NotesScopeSchema = v.variant('kind', [
  v.object({ kind: v.literal('page'), url }),
  v.object({ kind: v.literal('all') }),
]);

/** Requests a content script may send the background. */
export const ContentRequestSchema = v.variant('type', [
  v.object({ type: v.literal('content/report'), report: PageReportSchema }),
  v.object({ type: v.literal('content/load-article-code') }),
  v.object({ type: v.literal('content/set-dismissed'), key: flagKey, dismissed: v.boolean() }),
  v.object({
    type: v.literal('content/lookup-entity'),
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    entityType: v.picklist(['person', 'organization', 'place']),
  }),
  v.object({ type: v.literal('content/note-draft'), selectors, quote: v.pipe(v.string(), v.minLength(1), v.maxLength(20_000)) }),
  v.object({ type: v.literal('content/notes-anchored'), takenAt: v.number(), anchors: AnchorsSchema }),
  v.object({ type: v.literal('content/open-note'), id: noteId }),
]);

/** Requests only extension pages (side panel, options) may send the background. */
export const PanelRequestSchema = v.variant('type', [
  v.object({ type: v.literal('panel/get-tab-state'), tabId }),
  v.object({ type: v.literal('panel/refresh-tab'), tabId }),
  v.object({
    type: v.literal('panel/reveal'),
    tabId,
    target: v.object({ kind: v.picklist(['entity', 'claim']), id: flagKey }),
  }),
  v.object({ type: v.literal('panel/set-dismissed'), tabId, key: flagKey, dismissed: v.boolean() }),
  v.object({ type: v.literal('panel/set-site-highlights'), tabId, enabled: v.boolean() }),
  v.object({ type: v.literal('panel/get-draft'), tabId }),
  v.object({ type: v.literal('panel/discard-draft'), tabId }),
  v.object({
    type: v.literal('panel/notes-list'),
    scope: NotesScopeSchema,
    search: v.optional(v.pipe(v.string(), v.maxLength(500))),
    tag: v.optional(v.pipe(v.string(), v.maxLength(100))),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
  }),
  v.object({
    type: v.literal('panel/note-save'),
    tabId: v.optional(tabId),
    id: v.optional(noteId),
    // Lengths are checked by lib/notes/schema.ts, which says what is wrong in the reader's words.
    body: v.pipe(v.string(), v.maxLength(1_000_000)),
    tags: v.pipe(v.array(v.pipe(v.string(), v.maxLength(10_000))), v.maxLength(1_000)),
  }),
  v.object({ type: v.literal('panel/note-delete'), id: noteId }),
  // The row is re-validated by lib/db/notes.ts before it is written back.
  v.object({ type: v.literal('panel/note-restore'), note: v.looseObject({ id: noteId }) }),
  v.object({ type: v.literal('panel/notes-export'), format: v.picklist(['markdown', 'annotations']), scope: NotesScopeSchema }),
  v.object({ type: v.literal('panel/notes-import'), text: v.pipe(v.string(), v.maxLength(50_000_000)) }),
  v.object({ type: v.literal('panel/reveal-note'), tabId, id: noteId }),
  v.object({ type: v.literal('panel/outlet-lookup'), tabId, refresh: v.boolean() }),
  v.object({ type: v.literal('panel/outlet-note'), domain: v.pipe(v.string(), v.minLength(1), v.maxLength(253)), body: v.pipe(v.string(), v.maxLength(10_000)) }),
  v.object({ type: v.literal('panel/reader-lists') }),
  // Size and shape are checked by lib/outlets/reader-lists.ts, which explains refusals.
  v.object({ type: v.literal('panel/reader-list-import'), text: v.pipe(v.string(), v.maxLength(10_000_000)), fileName: v.optional(v.pipe(v.string(), v.maxLength(500))) }),
  v.object({ type: v.literal('panel/reader-list-remove'), id: noteId }),
  v.object({ type: v.literal('panel/note-pick-version'), id: noteId, version: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  v.object({
    type: v.literal('panel/sync-turn-on'),
    url: v.pipe(v.string(), v.maxLength(2_000)),
    username: v.optional(v.pipe(v.string(), v.maxLength(500))),
    password: v.optional(v.pipe(v.string(), v.maxLength(1_000))),
    passphrase: v.optional(v.pipe(v.string(), v.maxLength(1_000))),
  }),
  v.object({ type: v.literal('panel/sync-now') }),
  v.object({ type: v.literal('panel/sync-turn-off') }),
]);

/** Broadcasts from the background to open extension pages. */
export const BroadcastSchema = v.variant('type', [
  v.object({ type: v.literal('tab-state/changed'), tabId }),
  v.object({ type: v.literal('notes/changed') }),
  v.object({ type: v.literal('draft/changed'), tabId }),
  v.object({ type: v.literal('note/focus'), tabId, id: noteId }),
  v.object({ type: v.literal('outlets/changed') }),
]);

// ——— answers from a page (the background's requests to content scripts) ———

const ok = v.object({ ok: v.boolean() });
// Timings come only from a bench build (see PaintAnswer); their shape is the bench's business.
const PaintAnswerSchema = v.object({ ok: v.boolean(), timings: v.optional(v.unknown()) });

/** What a content script may answer each request of the background, checked before use. */
export const ToContentAnswerSchemas = {
  'content/get-report': PageReportSchema,
  'content/recheck': PageReportSchema,
  'content/paint': PaintAnswerSchema,
  'content/reveal': ok,
  'content/step': ok,
  'content/notes': PaintAnswerSchema,
  'content/draft-from-selection': ok,
  'content/reveal-note': ok,
} satisfies { [K in keyof BackgroundToContent]: v.GenericSchema<unknown, AnswerOf<BackgroundToContent, K>> };

// Compile-time proof that the runtime schemas produce exactly the types of ./requests.ts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchTypes: [
  Same<v.InferOutput<typeof SnapshotSchema>, ArticleSnapshot>,
  Same<v.InferOutput<typeof PageReportSchema>, PageReport>,
  Same<v.InferOutput<typeof ContentRequestSchema>, ContentRequest>,
  Same<v.InferOutput<typeof PanelRequestSchema>, PanelRequest>,
  Same<v.InferOutput<typeof BroadcastSchema>, Broadcast>,
] = [true, true, true, true, true];
void schemasMatchTypes;
