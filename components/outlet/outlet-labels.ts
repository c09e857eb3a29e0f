// Words for the Outlet section: how ownership and outlet types, ratings, assessors and sources
// read to a reader. Pure, so the wording is tested without rendering. The voice is neutral:
// a rating is quoted as its assessor wrote it, with who said it and when.
import { reliabilityTone, type ReliabilityTone } from '@/lib/outlets/badge';
import type { Assessment, CoverageFocus, FactSource, OutletType, OwnershipType } from '@/lib/outlets/types';

export const OWNERSHIP_LABELS: Record<OwnershipType, string> = {
  'public-company': 'Public company',
  private: 'Private',
  nonprofit: 'Nonprofit',
  state: 'State-owned',
  'public-broadcaster': 'Public broadcaster',
  individual: 'Individual',
  cooperative: 'Cooperative',
};

export const OUTLET_TYPE_LABELS: Record<OutletType, string> = {
  newspaper: 'Newspaper',
  broadcaster: 'Broadcaster',
  wire: 'Wire service',
  magazine: 'Magazine',
  digital: 'Digital outlet',
  blog: 'Blog',
  'think-tank': 'Think tank',
  aggregator: 'Aggregator',
  'state-media': 'State media',
  'fact-checker': 'Fact-checker',
};

/** A value outside the known set (a newer directory, a looked-up record) is shown as written. */
export function ownershipLabel(value: string): string {
  return (OWNERSHIP_LABELS as Record<string, string>)[value] ?? capitalize(value.replace(/-/g, ' '));
}

export function outletTypeLabel(value: string): string {
  return (OUTLET_TYPE_LABELS as Record<string, string>)[value] ?? capitalize(value.replace(/-/g, ' '));
}

/** 'generally unreliable' → 'Generally unreliable'; the rest stays as the assessor wrote it. */
export function capitalize(text: string): string {
  const trimmed = text.trim();
  return trimmed ? trimmed[0].toLocaleUpperCase() + trimmed.slice(1) : trimmed;
}

/** The year of an 'YYYY' or 'YYYY-MM-DD' date, or undefined when it has none. */
export function yearOf(asOf: string | undefined): string | undefined {
  return asOf?.match(/^\d{4}/)?.[0];
}

/** "Wikipedia's perennial sources list (2019)": who made the assessment, and when. */
export function assessorText(a: Pick<Assessment, 'by' | 'asOf'>): string {
  const year = yearOf(a.asOf);
  return year ? `${a.by} (${year})` : a.by;
}

/** "Generally unreliable — Wikipedia's perennial sources list (2019)". */
export function assessmentText(a: Pick<Assessment, 'by' | 'asOf' | 'rating'>): string {
  return `${capitalize(a.rating)} — ${assessorText(a)}`;
}

/** "your list: Newsroom list" — a rating from one of the reader's imported lists. */
export function readerListText(listName: string): string {
  return `your list: ${listName}`;
}

/** The small print under a rating: the assessor's scale and exact date, when they add something. */
export function assessmentDetail(a: Pick<Assessment, 'scale' | 'asOf'>): string | undefined {
  const parts: string[] = [];
  if (a.scale) parts.push(`Scale: ${a.scale}`);
  if (a.asOf && a.asOf.length > 4) parts.push(`as of ${a.asOf}`);
  return parts.length ? parts.join(' · ') : undefined;
}

/** "Only pages under rollingstone.com/politics": an assessment of part of an outlet. */
export function scopeText(a: Pick<Assessment, 'appliesTo'>): string | undefined {
  if (!a.appliesTo?.length) return undefined;
  return `Only for pages under ${a.appliesTo.map((r) => `${r.domain}${r.pathPrefix ?? ''}`).join(', ')}`;
}

/** A calm tone for the dot beside a rating: only reliability ratings have one. */
export function assessmentTone(a: Pick<Assessment, 'aspect' | 'rating'>): ReliabilityTone {
  return a.aspect === 'reliability' ? reliabilityTone(a.rating) : 'unknown';
}

/** Words for a tone, for the dot's tooltip: what Backstory reads in the rating, not a verdict. */
export const TONE_HINTS: Record<ReliabilityTone, string> = {
  favourable: 'A favourable rating on this scale',
  mixed: 'A mixed or qualified rating on this scale',
  unfavourable: 'An unfavourable rating on this scale',
  unknown: '',
};

/** "from Wikipedia", "from the outlet's website". */
export function sourceText(source: FactSource): string {
  return `from ${source.label}`;
}

/** The date of a source's data as a reader needs it: the year ('2023'), or nothing. */
export function sourceDate(source: Pick<FactSource, 'asOf'>): string | undefined {
  return yearOf(source.asOf);
}

/** The small print for a coverage figure. */
export function coverageDetail(focus: CoverageFocus): string {
  return `${Math.round(focus.share * 100)}% of ${focus.mentions.toLocaleString('en-US')} place mentions among the five countries its articles name most, 2015–2023. Where its coverage is focused, not where it is based.`;
}

/** 'CA' → 'Canada' in the reader's language; an unknown code is shown as written. */
export function countryName(code: string, locale?: string): string {
  try {
    const names = new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'region' });
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "Montreal, Canada" or just "Canada". */
export function placeText(countryCode: string | undefined, city: string | undefined, locale?: string): string | undefined {
  const country = countryCode ? countryName(countryCode, locale) : undefined;
  return [city, country].filter(Boolean).join(', ') || undefined;
}

/** Only web URLs become links; anything else is shown as text. */
export function webUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** A day in the reader's locale, for "Looked up on Wikidata on 3 March 2025" and notes' dates. */
export function formatDay(fetchedAt: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(fetchedAt));
}

/** The report after a list import: "Imported “Newsroom list”: 120 domains." */
export function importSummary(name: string, count: number, skipped: number): string {
  const domains = `${count.toLocaleString('en-US')} ${count === 1 ? 'domain' : 'domains'}`;
  const lines = skipped ? ` ${skipped.toLocaleString('en-US')} ${skipped === 1 ? 'line' : 'lines'} skipped:` : '';
  return `Imported “${name}”: ${domains}.${lines}`;
}
