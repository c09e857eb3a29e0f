// Turning the many ways pages write dates into ISO 8601: 'YYYY-MM-DD' when only the day is known,
// else 'YYYY-MM-DDTHH:MM:SS[.sss][Z|±HH:MM]' keeping the page's own offset (converting to UTC would
// move late-evening stories to the next day).

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');

const pad = (n: number | string, w = 2): string => String(n).padStart(w, '0');

function day(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function offset(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : '';
}

/** ISO 8601 form of a date string from metadata, or undefined when it is not a recognizable date. */
export function normalizeDate(raw: string | null | undefined): string | undefined {
  const s = raw?.trim();
  if (!s) return undefined;
  let m = ISO.exec(s);
  if (m) {
    const date = day(+m[1], +m[2], +m[3]);
    if (!date || m[4] === undefined) return date;
    const frac = m[7] ? `.${m[7].slice(0, 3).padEnd(3, '0')}` : '';
    return `${date}T${pad(m[4])}:${m[5]}:${m[6] ?? '00'}${frac}${offset(m[8])}`;
  }
  m = SLASHED.exec(s) ?? COMPACT.exec(s);
  if (m) return day(+m[1], +m[2], +m[3]);
  const visible = findDateInText(s);
  if (visible) return visible;
  // RFC 2822 and similar machine formats with a time: let the engine read them, report UTC.
  if (/\d{1,2}:\d{2}/.test(s) && /\d{4}/.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().replace('.000Z', 'Z');
  }
  return undefined;
}

/** A day written for humans ("September 10, 2017", "10 Sept. 2017") inside a text, as YYYY-MM-DD. */
export function findDateInText(text: string): string | undefined {
  let m = MONTH_FIRST.exec(text);
  if (m) return day(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  m = DAY_FIRST.exec(text);
  if (m) return day(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  return undefined;
}

/** True when the string is mostly a date (keeps "March 25, 2015" out of author lists). */
export function looksLikeDate(s: string): boolean {
  if (/^\s*\d{4}-\d{2}-\d{2}/.test(s) || /^[\d\s/.:-]+$/.test(s)) return true;
  const rest = s.replace(MONTH_FIRST, '').replace(DAY_FIRST, '');
  return rest !== s && rest.replace(/\b(?:updated|published|posted|on|at)\b/gi, '').trim().length < 12;
}
