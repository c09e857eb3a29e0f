import type { SiteTarget } from '../sites';

/**
 * The page's host without its www./m. label, unless that label is part of the site itself:
 * www.gov.uk is a site of its own (gov.uk is a public suffix), so it stays www.gov.uk.
 */
export function siteHost(target: SiteTarget): string {
  const { bareHost, domain } = target;
  return bareHost === domain || bareHost.endsWith(`.${domain}`) ? bareHost : target.host;
}
