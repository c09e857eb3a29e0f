// One notion of "the same site" for the whole of lib/page: link verdicts, cross-post
// detection and URL normalization all ask these functions.

// Second-level public suffixes common on news sites; a stand-in for the Public Suffix List
// until the background can afford `tldts`. Also a few hosting platforms whose subdomains
// belong to different people (PSL's private section).
const SUFFIXES = new Set(
  ('co.uk org.uk ac.uk gov.uk me.uk ltd.uk plc.uk net.uk com.au net.au org.au edu.au gov.au ' +
    'co.nz org.nz co.jp ne.jp or.jp ac.jp co.kr co.in co.za co.il com.br com.cn com.hk com.mx ' +
    'com.ar com.tr com.sg com.my com.tw com.ua com.pl com.ng com.pk com.eg gov.in ' +
    'github.io blogspot.com wordpress.com substack.com tumblr.com medium.com netlify.app ' +
    'vercel.app pages.dev herokuapp.com').split(' '),
);

/** The registrable domain ("eTLD+1") of a hostname, approximately: www.bbc.co.uk → bbc.co.uk. */
export function registrableHost(hostname: string): string {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':')) return h; // IP address
  const parts = h.split('.');
  const n = SUFFIXES.has(parts.slice(-2).join('.')) ? 3 : 2;
  return parts.slice(-n).join('.');
}

/** Hostname without the www/mobile/AMP prefixes that serve the same pages: for display and names. */
export function bareHost(hostname: string): string {
  return hostname.toLowerCase().replace(/^(?:www\d*|m|mobile|amp)\./, '');
}

/** Whether two hostnames belong to one site (edition.cnn.com and www.cnn.com do; two blogspot blogs do not). */
export function sameSite(a: string, b: string): boolean {
  return registrableHost(a) === registrableHost(b);
}
