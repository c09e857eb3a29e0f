// `npm run -s backstory -- outlet DOMAIN_OR_URL...`: one JSON line per argument, the directory
// entry with how it matched, or null. Also the outlet fields `analyze` adds to its output.
import { bundledDirectory } from '../lib/outlets/directory';
import { resolveOriginalSource, resolveOutlet, type MatchedBy } from '../lib/outlets/match';
import type { OutletProfile } from '../lib/outlets/types';

export type MatchedProfile = OutletProfile & { matchedBy: MatchedBy };

/** One JSON line per argument (a domain, host or URL): the resolved profile with `matchedBy`, or `null`. */
export function runOutlet(args: string[]): string[] {
  const directory = bundledDirectory();
  return args.map((arg) => {
    const match = resolveOutlet(arg, directory);
    return JSON.stringify(match ? { ...match.profile, matchedBy: match.matchedBy } : null);
  });
}

/**
 * The page's outlet and, for a cross-post, the original outlet. `originalOutlet` is null when
 * the original source is the page's own outlet (a site naming itself is not a cross-post).
 */
export function outletFieldsFor(
  pageUrl: string,
  originalSource?: { name?: string; url?: string },
): { outlet: MatchedProfile | null; originalOutlet: OutletProfile | null } {
  const directory = bundledDirectory();
  const match = resolveOutlet(pageUrl, directory);
  const outlet = match ? { ...match.profile, matchedBy: match.matchedBy } : null;
  const original = originalSource ? resolveOriginalSource(originalSource, directory) : null;
  return { outlet, originalOutlet: original && original.id !== outlet?.id ? original : null };
}
