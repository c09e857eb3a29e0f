// Wikipedia's "Reliable sources/Perennial sources" list: one claim per listed source (Fox News,
// CNET…) holding one rating per entry, since a status is per use ("Fox News (politics and
// science)") or per period ("CNET (November 2022–present)"). An entry listed for only a host or
// a path (whole_domain empty) covers only that host or path.
import path from 'node:path';
import type { DomainRule } from '../../../lib/outlets/types';
import type { Claim, ClaimRating } from '../claims';
import { cleanHost, cleanPath } from '../rules';
import { readTable, type Row } from '../tsv';

/** Wikitext → plain text: links keep their label, templates and references go. */
export function plainWikitext(wikitext: string): string {
  let text = wikitext
    .replace(/<ref[^>]*\/>/gi, '')
    .replace(/<ref[^>]*>[\s\S]*?<\/ref>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\{\{\s*(?:pslink|ps link|srlink|rsnl|rspe?link)\s*\|([^|}]*)(?:\|([^|}]*))?[^}]*\}\}/gi, (_m, a: string, b?: string) => (b || a).trim());
  // Nested templates: remove innermost first.
  for (let i = 0; i < 5 && /\{\{[^{}]*\}\}/.test(text); i++) text = text.replace(/\{\{[^{}]*\}\}/g, '');
  text = text
    .replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, '$1')
    .replace(/\[https?:\/\/\S+\s+([^\]]+)\]/g, '$1')
    .replace(/\[https?:\/\/[^\]]+\]/g, '')
    .replace(/'{2,}/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:])/g, '$1')
    .trim();
  return text;
}

function ruleOf(row: Row): DomainRule | null {
  if (row.whole_domain === 'yes') {
    const domain = cleanHost(row.domain);
    return domain ? { domain } : null;
  }
  const host = cleanHost(row.host || row.domain);
  if (!host) return null;
  const prefix = cleanPath(row.path_prefix);
  return prefix ? { domain: host, pathPrefix: prefix } : { domain: host };
}

const STATUS_KNOWN = new Set(['gr', 'nc', 'gu', 'd', 'm']);

/** The entry's title without Wikipedia's disambiguation: 'Swarajya (magazine)' → 'Swarajya'. */
const readerName = (title: string) => title.replace(/\s*\([^)]*\)\s*$/, '').trim();

export function rspClaims(dir: string): { claims: Claim[]; skipped: string[] } {
  const sources = readTable(path.join(dir, 'rsp_sources.tsv'));
  const domains = readTable(path.join(dir, 'rsp_domains.tsv'));
  const rulesById = new Map<string, DomainRule[]>();
  for (const row of domains) {
    const rule = ruleOf(row);
    if (!rule) continue;
    const list = rulesById.get(row.id) ?? [];
    if (!list.some((r) => r.domain === rule.domain && r.pathPrefix === rule.pathPrefix)) list.push(rule);
    rulesById.set(row.id, list);
  }
  const byTitle = new Map<string, Row[]>();
  const skipped: string[] = [];
  for (const row of sources) {
    if (!STATUS_KNOWN.has(row.status)) {
      skipped.push(`${row.id}: status ${row.status}`);
      continue;
    }
    byTitle.set(row.name, [...(byTitle.get(row.name) ?? []), row]);
  }
  const claims: Claim[] = [];
  for (const [title, rows] of byTitle) {
    const ratings: ClaimRating[] = rows.map((row) => ({
      aspect: 'reliability',
      title,
      rating: row.status_label,
      ...(row.qualifier ? { qualifier: row.qualifier } : {}),
      ...(/^\d{4}$/.test(row.last_discussed_year) ? { asOf: row.last_discussed_year } : {}),
      ...(row.shortcut ? { item: row.shortcut.split(/\s*,\s*|\s+/)[0] } : {}),
      ...(row.summary ? { note: plainWikitext(row.summary).slice(0, 4_000) } : {}),
      rules: rulesById.get(row.id) ?? [],
    }));
    const rules: DomainRule[] = [];
    for (const rating of ratings) {
      for (const rule of rating.rules) if (!rules.some((r) => r.domain === rule.domain && r.pathPrefix === rule.pathPrefix)) rules.push(rule);
    }
    // Whole-domain rules first: the main site is a domain, not a path on a newsstand.
    rules.sort((a, b) => Number(!!a.pathPrefix) - Number(!!b.pathPrefix));
    const item = ratings.find((r) => r.item)?.item;
    claims.push({
      dataset: 'wikipedia-rsp',
      rules,
      names: [readerName(title)],
      facts: { listedAs: [[title, item ? `wikipedia-rsp:${item}` : 'wikipedia-rsp']] },
      ratings,
      joinByName: rules.length === 0,
    });
  }
  return { claims, skipped };
}
