// OpenSources.co (2017): a small academic team's labels of US-centric sites. Stale: the list
// stopped in 2017 and many sites are gone; each label keeps that date. Its categories are
// different kinds of statement: 'satire' is not a reliability rating, 'state' is about who
// controls a site, 'conspiracy' about its content. Rows whose note cites Media Bias/Fact Check
// are left out (their label may rest on MBFC, which may not ship).
import path from 'node:path';
import type { AssessmentAspect, DomainRule } from '../../../lib/outlets/types';
import type { Claim, ClaimRating } from '../claims';
import { cleanHost, cleanPath } from '../rules';
import { readTable } from '../tsv';

/** OpenSources' tags, in the names its own site gave the categories. */
const CATEGORIES: Record<string, { rating: string; aspect: AssessmentAspect }> = {
  fake: { rating: 'fake news', aspect: 'reliability' },
  unreliable: { rating: 'proceed with caution', aspect: 'reliability' },
  rumor: { rating: 'rumor mill', aspect: 'reliability' },
  reliable: { rating: 'credible', aspect: 'reliability' },
  bias: { rating: 'extreme bias', aspect: 'bias' },
  political: { rating: 'political', aspect: 'bias' },
  satire: { rating: 'satire', aspect: 'satire' },
  state: { rating: 'state news', aspect: 'state-media' },
  conspiracy: { rating: 'conspiracy theory', aspect: 'content' },
  junksci: { rating: 'junk science', aspect: 'content' },
  hate: { rating: 'hate news', aspect: 'content' },
  clickbait: { rating: 'clickbait', aspect: 'content' },
};

export const OPENSOURCES_SCALE =
  'OpenSources categories (2016–2017): fake news · satire · extreme bias · conspiracy theory · rumor mill · state news · junk science · hate news · clickbait · proceed with caution · political · credible';

function tagOf(raw: string): string | null {
  const t = raw.trim().toLowerCase().replace(/\s+news$/, '');
  if (!t) return null;
  if (t === 'unrealiable') return 'unreliable';
  if (t === 'satirical') return 'satire';
  return t in CATEGORIES ? t : null;
}

export function openSourcesClaims(dir: string): { claims: Claim[]; droppedCitingMbfc: number; unknownTags: string[] } {
  const claims: Claim[] = [];
  const unknownTags: string[] = [];
  let droppedCitingMbfc = 0;
  for (const row of readTable(path.join(dir, 'opensources.tsv'))) {
    if (row.cites_mbfc === 'yes') {
      droppedCitingMbfc++;
      continue;
    }
    const host = cleanHost(row.host || row.domain);
    if (!host) continue;
    const prefix = cleanPath(row.path_prefix);
    const rule: DomainRule = prefix ? { domain: host, pathPrefix: prefix } : { domain: host };
    const note = row.notes && !/^https?:\/\//.test(row.notes) ? row.notes : undefined;
    const ratings: ClaimRating[] = [];
    for (const raw of [row.type, row.type2, row.type3]) {
      if (!raw) continue;
      const tag = tagOf(raw);
      if (!tag) {
        unknownTags.push(raw);
        continue;
      }
      const category = CATEGORIES[tag];
      if (ratings.some((r) => r.rating === category.rating)) continue;
      ratings.push({ ...category, asOf: '2017', ...(note ? { note } : {}), rules: [rule] });
    }
    if (ratings.length) claims.push({ dataset: 'opensources', rules: [rule], names: [], facts: {}, ratings });
  }
  return { claims, droppedCitingMbfc, unknownTags };
}
