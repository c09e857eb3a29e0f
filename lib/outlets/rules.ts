// Whether a page falls under a domain rule: its host (or a host under it) and, for a
// path-scoped rule, a path under the prefix. Shared by outlet matching, exclusions and the
// scope of an assessment that covers only part of an outlet (Rolling Stone's politics pages).
import { stripMirrorLabel } from '../sites/mirror-label';
import type { SiteTarget } from '../sites';
import type { DomainRule } from './types';

export function pathUnder(path: string, prefix: string): boolean {
  if (!path.startsWith(prefix)) return false;
  // '/sites/jane' covers '/sites/jane' and '/sites/jane/…', not '/sites/janedoe'; a prefix
  // ending in punctuation ('/@', '/blog-') is a plain prefix.
  return !/[\p{L}\p{N}]$/u.test(prefix) || path.length === prefix.length || path[prefix.length] === '/';
}

/** 'domain' when the page is on the rule's host itself (or www. on it), 'subdomain' under it, else null. */
export function hostRelation(ruleHost: string, target: SiteTarget): 'domain' | 'subdomain' | null {
  if (target.host === ruleHost || target.host === `www.${ruleHost}`) return 'domain';
  if (target.bareHost === ruleHost || target.host.endsWith(`.${ruleHost}`)) return 'subdomain';
  return null;
}

/** Whether the page is under the rule (host or a host under it, and the path prefix if any). */
export function ruleCovers(rule: DomainRule, target: SiteTarget): boolean {
  if (!hostRelation(stripMirrorLabel(rule.domain.toLowerCase()), target)) return false;
  return !rule.pathPrefix || pathUnder(target.path, rule.pathPrefix.toLowerCase());
}

/** Whether an exclusion covers the page ('*.medium.com' covers the hosts under medium.com only). */
export function excluded(rule: DomainRule, target: SiteTarget): boolean {
  const domain = rule.domain.toLowerCase();
  const hostCovered = domain.startsWith('*.')
    ? target.bareHost.endsWith(domain.slice(1)) // hosts under it, but not the site's own www./m.
    : target.host === domain || target.bareHost === domain || target.host.endsWith(`.${domain}`);
  return hostCovered && (!rule.pathPrefix || pathUnder(target.path, rule.pathPrefix.toLowerCase()));
}
