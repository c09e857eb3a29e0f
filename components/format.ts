// Display formatting for the panel, in the reader's own locale.

/** '2017-09-10' → '10 September 2017' (or the locale's order). Dates without a time stay dates. */
export function formatDate(iso: string | undefined, locale?: string): string | undefined {
  if (!iso) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  // A bare date is a calendar day, not midnight UTC: format it in UTC so it never shifts a day.
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = dateOnly
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : { dateStyle: 'long', timeStyle: 'short' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** 'en-US' → 'English (United States)'; unknown tags are shown as written. */
export function formatLanguage(tag: string | undefined, locale?: string): string | undefined {
  if (!tag) return undefined;
  try {
    const names = new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'language' });
    return names.of(tag.replace('_', '-')) ?? tag;
  } catch {
    return tag;
  }
}

export function formatCount(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** 'https://www.example.com/a/b?c' → 'example.com/a/b?c', for showing, never for linking. */
export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname === '/' ? '' : u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

/** Human list: ['A'] → 'A', ['A','B'] → 'A and B', ['A','B','C'] → 'A, B and C'. */
export function formatList(items: string[], locale?: string): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * Where a metadata field came from, in words a reader can follow:
 * 'meta[property=article:published_time]' → 'article:published_time tag',
 * 'text: original source line' → 'the original source line'.
 */
export function describeSource(source: string): string {
  const meta = source.match(/^meta\[(?:property|name|itemprop)=([^\]]+)\]$/);
  if (meta) return `${meta[1]} tag`;
  if (/^(og|twitter):/.test(source)) return `${source} tag`;
  if (source.startsWith('json-ld')) return `structured data${source.slice(7) ? ` (${source.slice(8)})` : ''}`;
  if (source.startsWith('text: ')) return `the ${source.slice(6)}`;
  if (source === 'link[rel=canonical]') return 'canonical link';
  if (source === 'html[lang]') return 'page language attribute';
  if (source === 'document.title') return 'page title';
  if (source === 'h1') return 'main heading';
  return source;
}
