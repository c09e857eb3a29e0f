// Note times in the reader's locale. Intl formatters are costly to make, so one is made per
// locale and reused for every note in the list.

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale?: string): Intl.DateTimeFormat {
  const key = locale ?? '';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    formats.set(key, format);
  }
  return format;
}

/** Milliseconds since 1970 → '10 September 2017 at 14:05' (the locale decides the order). */
export function formatNoteTime(ms: number, locale?: string): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : formatter(locale).format(date);
}

/** A note counts as edited when it changed more than a minute after it was written. */
export function wasEdited(createdAt: number, updatedAt: number): boolean {
  return updatedAt - createdAt > 60_000;
}

/** For <time dateTime>: the ISO form, or undefined for a time that cannot be shown. */
export function isoTime(ms: number): string | undefined {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
