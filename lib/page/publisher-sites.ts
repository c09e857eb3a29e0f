// The site half of the site's own word, in the background (which has the Public Suffix List):
// an About link the page's script took for the site's own is kept only if it is on the site.
import { sameSite } from '../sites';
import type { SiteSelfDescription } from './publisher';
import type { ArticleSnapshot } from './types';

export function judgeSiteSays(says: SiteSelfDescription | null | undefined, pageUrl: string): SiteSelfDescription | null {
  if (!says?.about) return says ?? null;
  let onSite: boolean;
  try {
    onSite = sameSite(new URL(says.about.url).hostname, new URL(pageUrl).hostname);
  } catch {
    onSite = false;
  }
  if (onSite) return says;
  const { about: _elsewhere, ...rest } = says;
  const from = { ...rest.from };
  delete from.about;
  return Object.keys(from).length ? { ...rest, from } : null;
}

/** The snapshot with its site's word checked against the site (see judgeSiteSays). */
export function withSiteSaysJudged(snapshot: ArticleSnapshot): ArticleSnapshot {
  if (!snapshot.site) return snapshot;
  const site = judgeSiteSays(snapshot.site, snapshot.url);
  if (site === snapshot.site) return snapshot;
  const { site: _unchecked, ...rest } = snapshot;
  return site ? { ...rest, site } : rest;
}
