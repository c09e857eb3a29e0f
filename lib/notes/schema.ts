// What a note may hold, checked with valibot wherever a note enters the database: typed in the
// panel, restored by undo, or read from an import file. Messages are shown to the reader.
import * as v from 'valibot';
import type { Selector } from '../anchoring/types';

export const NOTE_LIMITS = {
  body: 20_000,
  tags: 20,
  tag: 40,
  quote: 20_000,
  context: 256,
  title: 1_000,
  url: 8_192,
  host: 253,
  id: 128,
} as const;

/** Tags as the reader means them: trimmed, no leading '#', inner spaces single, and each once
 * regardless of case (the first spelling wins). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().replace(/^#+\s*/, '');
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

const n = (x: number) => x.toLocaleString('en-US');

const BodySchema = v.pipe(
  v.string('A note must be text.'),
  v.transform((s) => s.trim()),
  v.maxLength(NOTE_LIMITS.body, `A note can be at most ${n(NOTE_LIMITS.body)} characters long.`),
);

const TagsSchema = v.pipe(
  v.array(v.string('A tag must be text.'), 'Tags must be a list.'),
  v.transform((tags: string[]) => cleanTags(tags)),
  v.check((tags: string[]) => tags.length <= NOTE_LIMITS.tags, `A note can have at most ${NOTE_LIMITS.tags} tags.`),
  v.check((tags: string[]) => tags.every((t) => t.length <= NOTE_LIMITS.tag), `A tag can be at most ${NOTE_LIMITS.tag} characters long.`),
);

const UrlSchema = v.pipe(
  v.string('The page address is missing.'),
  v.maxLength(NOTE_LIMITS.url, 'The page address is too long.'),
  v.check((s) => /^https?:\/\/[^/\s]/i.test(s), 'Notes can only be kept for web pages (http or https).'),
);

const context = v.pipe(v.string(), v.maxLength(NOTE_LIMITS.context, 'The quoted context is too long.'));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/** One selector of a note's passage (lib/anchoring's Selector). */
export const SelectorSchema = v.variant('type', [
  v.object({
    type: v.literal('TextQuoteSelector'),
    exact: v.pipe(v.string(), v.maxLength(NOTE_LIMITS.quote, 'The quoted passage is too long.')),
    prefix: context,
    suffix: context,
  }),
  v.pipe(
    v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
    v.check((p) => p.start <= p.end, 'The passage position is invalid.'),
  ),
]);

/** A note's selectors: at most four, one of them a quote. */
export const SelectorsSchema = v.pipe(
  v.array(SelectorSchema),
  v.maxLength(4),
  v.check(
    (s: Selector[]) => s.some((x) => x.type === 'TextQuoteSelector' && x.exact.trim() !== ''),
    'A note must quote a passage of the page.',
  ),
);

const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const title = v.optional(v.pipe(v.string(), v.transform((s) => s.trim().slice(0, NOTE_LIMITS.title))));
const host = v.pipe(v.string(), v.transform((s) => s.toLowerCase()), v.maxLength(NOTE_LIMITS.host));

/** What the panel sends to create a note. */
export const NewNoteSchema = v.object({
  url: UrlSchema,
  pageTitle: title,
  host,
  selectors: SelectorsSchema,
  quote: v.pipe(v.string(), v.maxLength(NOTE_LIMITS.quote, 'The quoted passage is too long.')),
  body: BodySchema,
  tags: TagsSchema,
});
export type NewNote = v.InferInput<typeof NewNoteSchema>;

/** A text of the note written on another browser that lost a sync conflict (lib/sync/resolve.ts):
 * kept with the note, and shown beside it, until the reader picks the text to keep. */
export const OtherVersionSchema = v.object({
  body: v.pipe(v.string(), v.maxLength(NOTE_LIMITS.body)),
  tags: v.optional(v.array(v.pipe(v.string(), v.maxLength(NOTE_LIMITS.tag)))),
  updatedAt: time,
});
export type OtherVersion = v.InferOutput<typeof OtherVersionSchema>;
const OtherVersionsSchema = v.optional(v.pipe(v.array(OtherVersionSchema), v.maxLength(1_000)));

/** The fields an edit may change (an empty `otherVersions` clears them: the reader picked). */
export const NotePatchSchema = v.object({
  body: v.optional(BodySchema),
  tags: v.optional(TagsSchema),
  pageTitle: title,
  otherVersions: OtherVersionsSchema,
});
export type NotePatch = v.InferInput<typeof NotePatchSchema>;

/** A whole stored note (undo, import). */
export const NoteRowSchema = v.object({
  ...NewNoteSchema.entries,
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(NOTE_LIMITS.id), v.regex(/^[\w.:-]+$/, 'The note id is malformed.')),
  createdAt: time,
  updatedAt: time,
  otherVersions: OtherVersionsSchema,
});

/**
 * A reader's note on a passage, as stored, exported and sent to the panel: `id` a UUID, `url`
 * the page key (lib/page/normalize-url.ts), `host` the page's host, `quote` the passage as it
 * was when the note was written, times in ms since the epoch.
 */
export type NoteRow = v.InferOutput<typeof NoteRowSchema>;

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

function check<S extends v.GenericSchema>(schema: S, input: unknown): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const where = v.getDotPath(issue);
  // valibot's default messages are for developers; ours (set above) already read well.
  const own = issue.message && !issue.message.startsWith('Invalid ');
  return { ok: false, reason: own ? issue.message : `${where ?? 'note'}: ${issue.message}` };
}

/** Removes keys whose value is undefined, so a row reads back exactly as written. */
function compact<T extends object>(row: T): T {
  for (const k of Object.keys(row) as (keyof T)[]) if (row[k] === undefined) delete row[k];
  return row;
}

export const checkNewNote = (input: unknown) => check(NewNoteSchema, input);
export const checkNotePatch = (input: unknown) => check(NotePatchSchema, input);
export function checkNoteRow(input: unknown): Checked<NoteRow> {
  const r = check(NoteRowSchema, input);
  if (!r.ok) return r;
  const row = compact(r.value as NoteRow);
  if (row.otherVersions?.length === 0) delete row.otherVersions; // the reader picked: none left
  return { ok: true, value: row };
}
