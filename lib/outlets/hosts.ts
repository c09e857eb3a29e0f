// Hostnames and registrable domains for outlet matching, from the Public Suffix List (tldts):
// www.bbc.co.uk → bbc.co.uk, edition.cnn.com → cnn.com. Pure; runs in the worker and in Node.
import { parse } from 'tldts';

/** A page address reduced to what outlet matching needs. */
export interface OutletTarget {
  /** Lower-case hostname without a trailing dot, e.g. 'edition.cnn.com'. */
  host: string;
  /** The host without a leading www/www1/m/mobile/amp label: those serve the same site. */
  bareHost: string;
  /** Registrable domain ("eTLD+1"), e.g. 'cnn.com'. */
  domain: string;
  /** The URL's path, lower case, e.g. '/sites/someone/2024/…'. */
  path: string;
}

/** Labels that front the same pages as the bare host (desktop, numbered, mobile and AMP mirrors). */
const MIRROR_LABEL = /^(?:www\d*|m|mobile|amp)\./;

export function stripMirrorLabel(host: string): string {
  return host.replace(MIRROR_LABEL, '');
}

/**
 * Reads a URL, or a bare domain or host with an optional path ('cnn.com', 'edition.cnn.com/x').
 * Null for anything that is not a public web address: IPs, localhost, file:, unknown TLDs.
 */
export function parseTarget(input: string): OutletTarget | null {
  const raw = input.trim();
  if (!raw || raw.length > 8_192) return null;
  // 'mailto:desk@cnn.com', 'javascript:…' name no web page; 'cnn.com:8080' is a host and port.
  if (/^[a-z][a-z\d+.-]*:(?!\/\/|\d)/i.test(raw)) return null;
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(raw) ? raw : `https://${raw.replace(/^\/\//, '')}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const parsed = parse(host);
  if (!parsed.domain || parsed.isIp || !parsed.isIcann) return null;
  return { host, bareHost: stripMirrorLabel(host), domain: parsed.domain, path: url.pathname.toLowerCase() };
}

/** The registrable domain of a URL, host or domain; null when it has none. */
export function registrableDomain(input: string): string | null {
  return parseTarget(input)?.domain ?? null;
}
