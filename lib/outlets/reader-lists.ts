// Reading a list of domain ratings the reader imports (their newsroom's list, a researcher's):
// CSV with a header row, or JSON. A file that cannot be read as such a list is refused whole,
// with a message a reader understands; a readable file with some bad lines is imported without
// them, and the skipped lines are reported.
import { readCsv, sniffDelimiter } from './csv';
import { siteOf } from '../sites';

export const MAX_LIST_BYTES = 2 * 1024 * 1024;
export const MAX_LIST_ROWS = 20_000;
const MAX_RATING = 200;
const MAX_NOTE = 2_000;
const MAX_NAME = 100;

/** One rating from the file, shaped like a ReaderRatingRow without its list. */
export interface ParsedRating {
  /** Registrable domain, lower case. */
  domain: string;
  aspect: 'reliability' | 'bias';
  rating: string;
  note?: string;
}

export interface ParsedReaderList {
  name: string;
  ratings: ParsedRating[];
}

/** A line left out of the import; for JSON, `line` is the entry's number in the array (from 1). */
export interface SkippedLine {
  line: number;
  reason: string;
}

export type ReaderListParse =
  | { ok: true; list: ParsedReaderList; skipped: SkippedLine[] }
  | { ok: false; error: string };

const DOMAIN_COLUMNS = ['domain', 'url', 'site', 'website', 'host'];

const fail = (error: string): ReaderListParse => ({ ok: false, error });

function clean(value: unknown, max: number): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max) : undefined;
}

function nameFromFile(fileName: string | undefined): string | undefined {
  const base = fileName?.split(/[\\/]/).pop()?.replace(/\.(?:csv|json|tsv|txt)$/i, '');
  return clean(base, MAX_NAME);
}

interface RawRow {
  line: number;
  domain: unknown;
  reliability?: unknown;
  bias?: unknown;
  rating?: unknown;
  aspect?: unknown;
  note?: unknown;
}

/** Turns raw rows into ratings; a row with a usable domain and at least one rating counts. */
function collect(rows: RawRow[], name: string): ReaderListParse {
  const ratings: ParsedRating[] = [];
  const skipped: SkippedLine[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const rawDomain = clean(row.domain, 2_000);
    if (!rawDomain) {
      skipped.push({ line: row.line, reason: 'no domain' });
      continue;
    }
    const domain = siteOf(rawDomain);
    if (!domain) {
      skipped.push({ line: row.line, reason: `"${rawDomain.slice(0, 80)}" is not a web domain` });
      continue;
    }
    // A generic "rating" is a reliability rating unless the row says which aspect it rates.
    const aspectOfRating = clean(row.aspect, 20)?.toLowerCase() === 'bias' ? 'bias' : 'reliability';
    const values = {
      reliability: clean(row.reliability, MAX_RATING) ?? (aspectOfRating === 'reliability' ? clean(row.rating, MAX_RATING) : undefined),
      bias: clean(row.bias, MAX_RATING) ?? (aspectOfRating === 'bias' ? clean(row.rating, MAX_RATING) : undefined),
    };
    const note = clean(row.note, MAX_NOTE);
    let added = 0;
    const repeats: string[] = [];
    for (const aspect of ['reliability', 'bias'] as const) {
      const rating = values[aspect];
      if (!rating) continue;
      const key = `${domain} ${aspect}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        repeats.push(`${domain} already has a ${aspect} rating (line ${earlier})`);
        continue;
      }
      seen.set(key, row.line);
      ratings.push(note ? { domain, aspect, rating, note } : { domain, aspect, rating });
      added++;
    }
    if (!added) skipped.push({ line: row.line, reason: repeats[0] ?? `no rating for ${domain}` });
  }
  if (!ratings.length) {
    const first = skipped[0];
    return fail(
      `No usable rows: every row was skipped${first ? ` (line ${first.line}: ${first.reason})` : ''}. ` +
        'Each row needs a domain and a reliability, rating or bias value.',
    );
  }
  return { ok: true, list: { name, ratings }, skipped };
}

function parseCsv(text: string, fallbackName: string): ReaderListParse {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const records = readCsv(text, sniffDelimiter(firstLine));
  if (!records.length) return fail('The file is empty.');
  if (records.length - 1 > MAX_LIST_ROWS) {
    return fail(`The list has ${(records.length - 1).toLocaleString('en-US')} rows; Backstory imports up to 20,000. Split it into smaller files.`);
  }
  const header = records[0].fields.map((f) => f.trim().toLowerCase().replace(/^"|"$/g, ''));
  const domainAt = header.findIndex((h) => DOMAIN_COLUMNS.includes(h));
  if (domainAt < 0) {
    if (header.length < 2) {
      return fail('This does not look like a CSV or JSON list. A CSV list starts with a header row such as "domain,reliability,bias,note".');
    }
    return fail(`The first row needs a "domain" column (it has: ${header.slice(0, 8).join(', ').slice(0, 200)}).`);
  }
  const at = (name: string) => header.indexOf(name);
  const columns = { reliability: at('reliability'), bias: at('bias'), rating: at('rating'), aspect: at('aspect'), note: at('note') };
  if (columns.reliability < 0 && columns.bias < 0 && columns.rating < 0) {
    return fail('The first row needs a "reliability", "rating" or "bias" column next to "domain".');
  }
  const cell = (fields: string[], i: number) => (i >= 0 ? fields[i] : undefined);
  const rows: RawRow[] = records.slice(1).map(({ line, fields }) => ({
    line,
    domain: cell(fields, domainAt),
    reliability: cell(fields, columns.reliability),
    bias: cell(fields, columns.bias),
    rating: cell(fields, columns.rating),
    aspect: cell(fields, columns.aspect),
    note: cell(fields, columns.note),
  }));
  return collect(rows, fallbackName);
}

const JSON_SHAPE =
  'Expected a JSON array of {"domain": …, "reliability": …, "bias": …, "note": …} entries, or {"name": …, "ratings": [those entries]}.';

function parseJson(text: string, fallbackName: string): ReaderListParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(`This file is not valid JSON. ${JSON_SHAPE}`);
  }
  let name = fallbackName;
  let entries: unknown = data;
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const wrapper = data as { name?: unknown; ratings?: unknown };
    name = clean(wrapper.name, MAX_NAME) ?? fallbackName;
    entries = wrapper.ratings;
  }
  if (!Array.isArray(entries)) return fail(JSON_SHAPE);
  if (entries.length > MAX_LIST_ROWS) {
    return fail(`The list has ${entries.length.toLocaleString('en-US')} entries; Backstory imports up to 20,000. Split it into smaller files.`);
  }
  const rows: RawRow[] = entries.map((entry, i) =>
    entry && typeof entry === 'object' ? { line: i + 1, ...(entry as Omit<RawRow, 'line'>) } : { line: i + 1, domain: undefined },
  );
  return collect(rows, name);
}

/** Reads an imported list file's text; `fileName` decides the format when it ends in .csv/.json and names the list. */
export function parseReaderList(text: string, fileName?: string): ReaderListParse {
  // Worst case 3 bytes per UTF-16 unit; only measure exactly when that bound is over the limit.
  if (text.length * 3 > MAX_LIST_BYTES && new TextEncoder().encode(text).length > MAX_LIST_BYTES) {
    return fail('The file is larger than 2 MB. Backstory imports lists of up to 20,000 domains; split it into smaller files.');
  }
  const body = text.replace(/^\uFEFF/, '');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000E-\u001F]/.test(body.slice(0, 4_096))) {
    return fail('This does not look like a CSV or JSON list (it looks like a binary file, such as a spreadsheet). Save it as CSV and try again.');
  }
  if (!body.trim()) return fail('The file is empty.');
  const name = nameFromFile(fileName) ?? 'Imported list';
  const ext = fileName?.toLowerCase().match(/\.(csv|tsv|json)$/)?.[1];
  const looksJson = /^\s*[[{]/.test(body);
  if (ext === 'json' || (ext === undefined && looksJson)) return parseJson(body, name);
  return parseCsv(body, name);
}
