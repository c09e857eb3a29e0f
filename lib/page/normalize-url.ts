// The one place that decides which URL identifies a page: the key for visits (and, later,
// notes). Tracking parameters and fragments never select content, so they are dropped;
// parameters that may select content (?id=, ?p=, ?story=) are kept, sorted for stability.
import { sameSite } from '../sites';

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid', 'mc_cid', 'mc_eid',
  'ref', 'ref_src', 'ref_url', 'referrer', 'cmpid', 'cmp', 'ncid', 'ocid', 'sr_share', 'share', 'smid', 'smtyp',
  'mbid', 'ito', 'icid', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'at_medium',
  'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', '_ga', '_gl', 'guccounter',
  'guce_referrer', 'guce_referrer_sig', 'src', 'spm', 'output', 'amp', 'outputType', 'partner', 'via',
  // Ad and social click ids, newsletter and email campaign tags, outlets' internal campaign codes.
  'utm', 'gclsrc', 'gad_source', 'srsltid', 'ttclid', 'li_fat_id', 'rdt_cid', 'epik', 's_kwcid', 'ef_id',
  'mibextid', 'fb_action_ids', 'fb_action_types', 'fb_source', 'fb_ref', 'action_object_map', 'action_type_map',
  'action_ref_map', 'mkt_tok', 'xtor', 'wt.mc_id', 'wt_mc_id', 'intcmp', 'int_cmp', 's_cid', 'sc_cid', 'soc_src',
  'soc_trk', 'rb_clickid', 'ck_subscriber_id', 'ml_subscriber', 'ml_subscriber_hash', 'vgo_ee', 'wickedid', '__s',
  '_branch_match_id', 'traffic_source', 'taid', 'ftag', 'in_source',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'vero_', 'oly_', '__hs', '_hs', 'ga_', 'stm_', 'sfmc_'];

function isTracking(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

/**
 * The page's identity: http(s) URL without fragment, tracking parameters, default port or
 * trailing 'index.html'; a same-site canonical URL wins over the address bar when given.
 * Returns null for URLs that are not web pages.
 */
export function normalizePageUrl(address: string, canonical?: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (canonical) {
    try {
      const c = new URL(canonical, url);
      // A cross-site canonical names another outlet's copy (a cross-post): not this page.
      if ((c.protocol === 'https:' || c.protocol === 'http:') && sameSite(c.hostname, url.hostname)) url = c;
    } catch {
      /* a malformed canonical is ignored */
    }
  }
  url.hash = '';
  url.hostname = url.hostname.toLowerCase();
  const kept = [...url.searchParams.entries()].filter(([name]) => !isTracking(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  url.pathname = url.pathname.replace(/\/index\.html?$/i, '/');
  return url.toString();
}
