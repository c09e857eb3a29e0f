// Mirror labels, apart from the rest of lib/sites so that the page's scripts can use them
// without carrying the Public Suffix List (tldts, ~130 KB).

/** Labels that front the same pages as the bare host (desktop, numbered, mobile and AMP mirrors). */
const MIRROR_LABEL = /^(?:www\d*|m|mobile|amp)\./;

export function stripMirrorLabel(host: string): string {
  return host.replace(MIRROR_LABEL, '');
}
