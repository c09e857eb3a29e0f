// What sync carries: one item per note, outlet note, dismissed flag, imported list and per-site
// setting, each named by its kind and a key that is stable across devices. The encrypted
// envelope of an item holds its kind, key, time of last change and value (no value: deleted).
// Decrypted envelopes are checked here before anything reaches the local store: they were made
// by one of the reader's devices, but perhaps by another version of Backstory.
import * as v from 'valibot';
import type { DismissalRow, OutletNoteRow, ReaderListRow, ReaderRatingRow } from '../db/database';
import { checkNoteRow, NOTE_LIMITS, type NoteRow, type OtherVersion } from '../notes/schema';
import { dismissalKey } from '../db/sync-outbox';

export { dismissalKey, parseDismissalKey } from '../db/sync-outbox';

export type { OtherVersion };

/** A note, with the texts that lost a sync conflict to it (`otherVersions`, see resolve.ts). */
export type SyncedNote = NoteRow;
export type SyncedOutletNote = OutletNoteRow;
export type SyncedDismissal = DismissalRow;
/** An imported list travels whole, with its ratings (a list is never edited, only added or removed). */
export interface SyncedReaderList {
  list: ReaderListRow;
  ratings: Omit<ReaderRatingRow, 'listId'>[];
}
/** A site (registrable domain) where the reader turned highlights off; deleted when turned on again. */
export interface SyncedSiteSetting {
  domain: string;
  highlightsOff: true;
  updatedAt: number;
}

export interface SyncedValues {
  note: SyncedNote;
  outletNote: SyncedOutletNote;
  dismissal: SyncedDismissal;
  readerList: SyncedReaderList;
  siteSetting: SyncedSiteSetting;
}
export type SyncKind = keyof SyncedValues;
export const SYNC_KINDS = ['note', 'outletNote', 'dismissal', 'readerList', 'siteSetting'] as const satisfies readonly SyncKind[];

/** Names one item on every device. */
export interface SyncRef {
  kind: SyncKind;
  key: string;
}

/** An item as it is now: its value, or deleted. */
export type SyncItem = {
  [K in SyncKind]: { kind: K; key: string; updatedAt: number; value?: SyncedValues[K] };
}[SyncKind];

/** The stable key of a value. */
export function keyOf<K extends SyncKind>(kind: K, value: SyncedValues[K]): string {
  switch (kind) {
    case 'note':
      return (value as SyncedNote).id;
    case 'outletNote':
      return (value as SyncedOutletNote).domain;
    case 'dismissal':
      return dismissalKey((value as SyncedDismissal).url, (value as SyncedDismissal).key);
    case 'readerList':
      return (value as SyncedReaderList).list.id;
    case 'siteSetting':
      return (value as SyncedSiteSetting).domain;
  }
  throw new Error(`unknown kind ${kind as string}`);
}

/** When a value last changed (what decides a conflict). */
export function updatedAtOf<K extends SyncKind>(kind: K, value: SyncedValues[K]): number {
  switch (kind) {
    case 'note':
      return (value as SyncedNote).updatedAt;
    case 'outletNote':
      return (value as SyncedOutletNote).updatedAt;
    case 'dismissal':
      return (value as SyncedDismissal).at;
    case 'readerList':
      return (value as SyncedReaderList).list.importedAt;
    case 'siteSetting':
      return (value as SyncedSiteSetting).updatedAt;
  }
  throw new Error(`unknown kind ${kind as string}`);
}

/** An item for a value (present) or a deletion at `now`. */
export function itemOf<K extends SyncKind>(kind: K, key: string, value: SyncedValues[K] | undefined, now: number): SyncItem {
  return (value === undefined ? { kind, key, updatedAt: now } : { kind, key, updatedAt: updatedAtOf(kind, value), value }) as SyncItem;
}

const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const domain = v.pipe(v.string(), v.minLength(1), v.maxLength(NOTE_LIMITS.host));
const webUrl = v.pipe(v.string(), v.maxLength(NOTE_LIMITS.url), v.regex(/^https?:\/\/[^/\s]/i));

const OutletNoteSchema = v.object({ domain, body: text(NOTE_LIMITS.body), updatedAt: time });
const DismissalSchema = v.object({ url: webUrl, key: text(500), at: time });
const ReaderListSchema = v.object({
  list: v.object({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(NOTE_LIMITS.id)),
    name: text(500),
    importedAt: time,
    fileName: v.optional(text(500)),
    count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  ratings: v.pipe(
    v.array(v.object({ domain, aspect: v.picklist(['reliability', 'bias']), rating: text(200), note: v.optional(text(2_000)) })),
    v.maxLength(200_000),
  ),
});
const SiteSettingSchema = v.object({ domain, highlightsOff: v.literal(true), updatedAt: time });

const EnvelopeSchema = v.object({
  kind: v.picklist(SYNC_KINDS),
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(NOTE_LIMITS.url + 600)),
  updatedAt: time,
  value: v.optional(v.unknown()),
});

function checkValue(kind: SyncKind, value: unknown): SyncedValues[SyncKind] | null {
  switch (kind) {
    case 'note': {
      const row = checkNoteRow(value);
      return row.ok ? row.value : null;
    }
    case 'outletNote': {
      const r = v.safeParse(OutletNoteSchema, value);
      return r.success ? r.output : null;
    }
    case 'dismissal': {
      const r = v.safeParse(DismissalSchema, value);
      return r.success ? r.output : null;
    }
    case 'readerList': {
      const r = v.safeParse(ReaderListSchema, value);
      return r.success ? (r.output as SyncedReaderList) : null;
    }
    case 'siteSetting': {
      const r = v.safeParse(SiteSettingSchema, value);
      return r.success ? r.output : null;
    }
  }
}

/** A decrypted envelope as an item, or null when it is not one this version understands (or
 * its key does not match its value). */
export function checkItem(envelope: unknown): SyncItem | null {
  const r = v.safeParse(EnvelopeSchema, envelope);
  if (!r.success) return null;
  const { kind, key, updatedAt } = r.output;
  if (r.output.value === undefined) return { kind, key, updatedAt } as SyncItem;
  const value = checkValue(kind, r.output.value);
  if (!value || keyOf(kind, value) !== key) return null;
  return { kind, key, updatedAt, value } as SyncItem;
}
