// Titles carry the outlet's name ("Headline | The Outlet", "The Outlet - Headline"); the side
// panel shows the outlet separately, so the name is cut when it matches the site.

// Separators between headline and site name. Colons are left alone: "Zimbabwe coup: Mugabe..."
// is a headline, not a site prefix.
const SEPARATOR = /\s+(?:[|\-–—·•»›~/\\]|::|\|\|)\s+/;

function key(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(?:the|le|la|el|il|die|der|das)\s+/, '')
    .replace(/\.(?:com|net|org|info|co|io|news|[a-z]{2})(?:\.[a-z]{2})?$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "HeraldSun" ~ "Herald Sun", "Libération.fr" ~ "Libération", "BuzzFeed News" ~ "BuzzFeed". */
export function namesMatch(a: string, b: string): boolean {
  const x = key(a);
  const y = key(b);
  if (x.length < 2 || y.length < 2) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.startsWith(short);
}

/** Cut leading/trailing segments that name the site (or, for <title>, the author). */
export function stripSiteName(title: string, names: string[]): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const seps = title.match(new RegExp(SEPARATOR.source, 'g')) ?? [];
  const isName = (p: string): boolean => names.some((n) => n && namesMatch(p, n));
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && isName(parts[end - 1])) end--;
  while (end - start > 1 && isName(parts[start])) start++;
  if (start === 0 && end === parts.length) return title;
  let out = parts[start];
  for (let i = start + 1; i < end; i++) out += seps[i - 1] + parts[i];
  return out.trim();
}

/** When <title> is "Headline | anything" and the page's h1 is that headline, keep the headline. */
export function titleFromHeading(title: string, h1: string | undefined): string | undefined {
  if (!h1) return undefined;
  const k = key(h1);
  if (k.length < 8) return undefined;
  for (const m of title.matchAll(new RegExp(SEPARATOR.source, 'g'))) {
    const head = title.slice(0, m.index).trim();
    if (key(head) === k) return head;
  }
  return undefined;
}

/**
 * "A long enough headline – Short Site" → the headline. Only when what stays reads as a headline
 * (five words or more) and the tail is short, so "Google - Site Reliability Engineering" stays whole.
 */
export function dropTrailingSegment(title: string): string {
  const seps = [...title.matchAll(new RegExp(SEPARATOR.source, 'g'))];
  const last = seps[seps.length - 1];
  if (!last || last.index === undefined) return title;
  const head = title.slice(0, last.index).trim();
  const tail = title.slice(last.index + last[0].length).trim();
  const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
  return words(head) >= 5 && words(tail) <= 5 ? head : title;
}
