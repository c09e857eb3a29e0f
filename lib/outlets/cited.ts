// The sources an article cites, grouped by outlet, like a bibliography checker: each external
// link of the article text, filed under the outlet its address belongs to (or under its domain
// when the directory has no outlet for it), in the order the article first cites them.
import type { LinkSpan } from '../page/types';
import type { OutletDirectory } from './directory';
import { resolveSite, type OutletMatch } from './match';
import type { CoverageFocus, Fact } from './types';

export interface CitedLink {
  /** Offsets into the article text, as in LinkSpan. */
  start: number;
  end: number;
  text: string;
  url: string;
}

export interface CitedOutlet {
  /** The outlet's record id, or the registrable domain for a site with no outlet record. */
  key: string;
  /** The registrable domain of the first link. */
  domain: string;
  match: OutletMatch | null;
  coverage: Fact<CoverageFocus> | null;
  links: CitedLink[];
}

/** Most outlets an article cites that are listed; links beyond stay in the article. */
export const MAX_CITED_OUTLETS = 60;

/** The article's external links grouped by outlet, in order of first citation. */
export function citedOutlets(links: readonly LinkSpan[], directory: OutletDirectory): CitedOutlet[] {
  const groups = new Map<string, CitedOutlet>();
  for (const link of links) {
    if (link.verdict !== 'external' || !link.url) continue;
    const site = resolveSite(link.url, directory);
    if (!site.domain) continue;
    const key = site.match?.profile.id ?? site.domain;
    let group = groups.get(key);
    if (!group) {
      if (groups.size >= MAX_CITED_OUTLETS) continue;
      group = { key, domain: site.domain, match: site.match, coverage: site.coverage, links: [] };
      groups.set(key, group);
    }
    group.links.push({ start: link.start, end: link.end, text: link.text, url: link.url });
  }
  return [...groups.values()];
}
