// Notes into Backstory from W3C Web Annotation JSON: Backstory's own export (read back to
// identical rows) and, as far as they carry a quoted passage, other tools' annotations. The file
// is untrusted: every item is checked, a bad item is rejected with a reason, the rest are kept.
import * as v from 'valibot';
import type { NoteRow } from '../notes/schema';
import type { Selector } from '../anchoring/types';
import { normalizePageUrl } from '../page/normalize-url';
import { EXPORT_VERSION } from './export';
import { checkNoteRow } from './schema';

export interface ParsedImport {
  notes: NoteRow[];
  /** Items that could not be read, by their position in the file (0-based). */
  rejected: { index: number; reason: string }[];
  /** Set when the whole file was refused; then `notes` is empty. */
  error?: string;
}

const MAX_ITEMS = 100_000;
const NOT_AN_EXPORT = 'not a Backstory/Web Annotation export';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const hasType = (x: Record<string, unknown>, type: string) =>
  x.type === type || (Array.isArray(x.type) && x.type.includes(type));

/** Reads an export file's parsed JSON into notes, with a reason for everything it refuses. */
export function parseWebAnnotations(json: unknown, options: { now?: number } = {}): ParsedImport {
  const items = itemsOf(json);
  if (typeof items === 'string') return { notes: [], rejected: [], error: items };
  const now = options.now ?? Date.now();
  const notes: NoteRow[] = [];
  const rejected: ParsedImport['rejected'] = [];
  items.forEach((item, index) => {
    const result = annotationToNote(item, now);
    if (typeof result === 'string') rejected.push({ index, reason: result });
    else notes.push(result);
  });
  return { notes, rejected };
}

/** The file's annotations, or why the file as a whole cannot be read. */
function itemsOf(json: unknown): unknown[] | string {
  let items: unknown;
  if (Array.isArray(json)) items = json;
  else if (isObject(json)) {
    if ('backstoryVersion' in json && json.backstoryVersion !== EXPORT_VERSION) {
      const version = typeof json.backstoryVersion === 'number' ? json.backstoryVersion : JSON.stringify(json.backstoryVersion);
      return `unknown version ${String(version).slice(0, 20)} (this Backstory reads version ${EXPORT_VERSION})`;
    }
    if (hasType(json, 'Annotation')) items = [json];
    else if (hasType(json, 'AnnotationCollection') || hasType(json, 'AnnotationPage')) {
      items = json.items ?? (isObject(json.first) ? json.first.items : undefined);
    }
  }
  if (!Array.isArray(items)) return NOT_AN_EXPORT;
  if (items.length > MAX_ITEMS) return `too many notes in one file (${items.length}; at most ${MAX_ITEMS})`;
  return items;
}

const str = v.string();
const TextualBodySchema = v.looseObject({
  type: v.optional(v.unknown()),
  value: v.string(),
  purpose: v.optional(v.unknown()),
});
const TargetSchema = v.looseObject({ source: v.string(), selector: v.optional(v.unknown()) });
const AnnotationSchema = v.looseObject({
  id: v.optional(str),
  created: v.optional(str),
  modified: v.optional(str),
  body: v.optional(v.unknown()),
  bodyValue: v.optional(str),
  target: v.unknown(),
  backstory: v.optional(
    v.looseObject({ pageTitle: v.optional(str), host: v.optional(str), quote: v.optional(str) }),
  ),
});

const asList = (x: unknown): unknown[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

function readBodies(item: v.InferOutput<typeof AnnotationSchema>): { body: string; tags: string[] } {
  const comments: string[] = item.bodyValue !== undefined ? [item.bodyValue] : [];
  const tags: string[] = [];
  for (const b of asList(item.body)) {
    const parsed = v.safeParse(TextualBodySchema, b);
    // Bodies that are links to other resources have no text to keep.
    if (!parsed.success || (parsed.output.type !== undefined && parsed.output.type !== 'TextualBody')) continue;
    if (parsed.output.purpose === 'tagging') tags.push(parsed.output.value);
    else comments.push(parsed.output.value);
  }
  return { body: comments.join('\n\n'), tags };
}

function readSelectors(raw: unknown): Selector[] {
  const out: Selector[] = [];
  for (const s of asList(raw)) {
    if (!isObject(s)) continue;
    if (s.type === 'TextQuoteSelector' && typeof s.exact === 'string' && !out.some((x) => x.type === s.type)) {
      const ctx = (c: unknown) => (typeof c === 'string' ? c : '');
      out.push({ type: 'TextQuoteSelector', exact: s.exact, prefix: ctx(s.prefix), suffix: ctx(s.suffix) });
    } else if (
      s.type === 'TextPositionSelector' &&
      typeof s.start === 'number' &&
      typeof s.end === 'number' &&
      !out.some((x) => x.type === s.type)
    ) {
      out.push({ type: 'TextPositionSelector', start: s.start, end: s.end });
    }
  }
  return out;
}

function readTime(value: string | undefined, fallback: number): number | string {
  if (value === undefined) return fallback;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : `"${value.slice(0, 40)}" is not a date`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The note id for an annotation id: its UUID, or one derived from a foreign id so that
 * importing the same file again finds the same notes. */
function noteId(id: string | undefined, fallbackKey: string): string {
  if (id !== undefined) {
    const bare = id.replace(/^urn:uuid:/i, '');
    if (UUID.test(bare)) return bare.toLowerCase();
  }
  return stableUuid(id ?? fallbackKey);
}

/** A UUID-shaped (version 8) hash of `key`: four 32-bit FNV-1a variants. */
export function stableUuid(key: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  });
  const hex = words.join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** One annotation as a note, or the reason it cannot be one. */
function annotationToNote(raw: unknown, now: number): NoteRow | string {
  if (!isObject(raw) || !hasType(raw, 'Annotation')) return 'not an annotation';
  const parsed = v.safeParse(AnnotationSchema, raw);
  if (!parsed.success) {
    const path = v.getDotPath(parsed.issues[0]);
    return `malformed annotation${path ? ` (${path})` : ''}`;
  }
  const item = parsed.output;
  const targets = asList(item.target)
    .map((t) => (typeof t === 'string' ? { source: t } : t)) // a bare IRI: the whole page
    .filter((t) => v.is(TargetSchema, t)) as v.InferOutput<typeof TargetSchema>[];
  const target = targets.find((t) => readSelectors(t.selector).some((s) => s.type === 'TextQuoteSelector')) ?? targets[0];
  if (!target) return 'no page address (target.source)';
  const selectors = readSelectors(target.selector);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote) return 'no quoted passage (TextQuoteSelector)';

  // Backstory's own export is already normalized; keep it verbatim so rows round-trip exactly.
  const url = item.backstory ? target.source : normalizePageUrl(target.source);
  if (!url || !/^https?:/i.test(url)) return 'the page address is not a web page';

  // Times are optional in the model: a missing one falls back to the other, then to now.
  const modified = readTime(item.modified, Number.NaN);
  if (typeof modified === 'string') return `modified: ${modified}`;
  const createdAt = readTime(item.created, Number.isNaN(modified) ? now : modified);
  if (typeof createdAt === 'string') return `created: ${createdAt}`;
  const updatedAt = Number.isNaN(modified) ? createdAt : modified;

  const { body, tags } = readBodies(item);
  const row = checkNoteRow({
    id: noteId(item.id, `${url}\n${quote.exact}\n${body}\n${createdAt}`),
    url,
    ...(item.backstory?.pageTitle !== undefined ? { pageTitle: item.backstory.pageTitle } : {}),
    host: item.backstory?.host ?? new URL(url).hostname,
    selectors,
    quote: item.backstory?.quote ?? quote.exact,
    body,
    tags,
    createdAt,
    updatedAt: Math.max(updatedAt, createdAt),
  });
  return row.ok ? row.value : row.reason;
}
