// What the Notes section says, kept apart from the markup so it can be read and tested as text.
import type { ImportOutcome, NotesScope } from '@/lib/messages/protocol';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** 10000 → '10,000' in the reader's locale; the formatter is made once per locale. */
export function formatNumber(n: number, locale?: string): string {
  const key = locale ?? '';
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(key, format);
  }
  return format.format(n);
}

export function countNotes(n: number, locale?: string): string {
  return `${formatNumber(n, locale)} ${n === 1 ? 'note' : 'notes'}`;
}

/** 'Showing 100 of 10,000', or null when every note is shown. */
export function showingText(shown: number, total: number, locale?: string): string | null {
  if (shown >= total) return null;
  return `Showing ${formatNumber(shown, locale)} of ${formatNumber(total, locale)}`;
}

/** 'Added 3 notes, skipped 2 already here, rejected 1'. */
export function importReportText(outcome: ImportOutcome, locale?: string): string {
  const { added, skipped, rejected } = outcome;
  if (added === 0 && skipped === 0 && rejected.length === 0) return 'The file holds no notes.';
  const parts = [`Added ${countNotes(added, locale)}`];
  if (skipped > 0) parts.push(`skipped ${formatNumber(skipped, locale)} already here`);
  if (rejected.length > 0) parts.push(`rejected ${formatNumber(rejected.length, locale)}`);
  return `${parts.join(', ')}.`;
}

/** One refused item of an import file, numbered from 1 as a reader counts. */
export function rejectedLine(item: { index: number; reason: string }, locale?: string): string {
  return `Item ${formatNumber(item.index + 1, locale)}: ${item.reason}`;
}

export interface EmptyText {
  title: string;
  detail?: string;
}

/** What an empty list says: nothing kept yet, or nothing matching the search or tag. */
export function emptyListText(scope: NotesScope['kind'], search: string, tag: string): EmptyText {
  const where = scope === 'page' ? ' on this page' : '';
  if (search && tag) return { title: `No notes tagged “${tag}”${where} match “${search}”.` };
  if (search) return { title: `No notes${where} match “${search}”.` };
  if (tag) return { title: `No notes${where} are tagged “${tag}”.` };
  if (scope === 'page') {
    return {
      title: 'No notes on this page yet.',
      detail: 'Select a passage in the article and press Note to keep a note on it.',
    };
  }
  return {
    title: 'No notes yet.',
    detail: 'Select a passage in an article and press Note to keep a note on it. Your notes stay in this browser.',
  };
}
