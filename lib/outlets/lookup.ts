// Live lookup of an outlet that is not in the directory, on the reader's request (or with
// lookups enabled in the options). Two requests at most:
//   1. one Wikidata SPARQL query for items whose official website (P856) is the domain, with
//      their label, country (P17) and its ISO code (P297), inception (P571), owner (P127),
//      "instance of" (P31) and English Wikipedia article — the website is matched by exact
//      IRIs (http/https × with/without www. × with/without a trailing slash), which the query
//      service answers from its index in well under a second, unlike a string filter;
//   2. the English Wikipedia summary of that article, when there is one.
// Each request has its own 8 s deadline. Failures are values with a sentence for the reader.
import { getJson, type FetchLike, type FetchOptions } from '../lookup/fetch-json';
import { fetchWikipediaSummary } from '../lookup/wikipedia-summary';
import { siteOf } from '../sites';
import type { FactSource, OutletProfile, OutletType } from './types';

export const WIKIDATA_SPARQL = 'https://query.wikidata.org/sparql';

export type LookupResult =
  | { status: 'found'; domain: string; profile: OutletProfile; summary?: string }
  | { status: 'not-found'; domain: string }
  | { status: 'failed'; domain?: string; reason: 'timeout' | 'network' | 'http' | 'bad-response' | 'invalid-domain'; message: string };

export interface LookupOptions extends FetchOptions {
  now?: number;
  /**
   * A Wikidata item the page names as its publisher (JSON-LD sameAs): asked for by id, so the
   * lookup is exact. It is the site's word, so the answer says whether Wikidata gives the same
   * site as that item's official website.
   */
  itemId?: string;
}

/** The query for one registrable domain (already validated: only [a-z0-9.-]). */
export function wikidataQuery(domain: string): string {
  const sites = ['http', 'https']
    .flatMap((scheme) => [domain, `www.${domain}`].flatMap((host) => [`<${scheme}://${host}>`, `<${scheme}://${host}/>`]))
    .join(' ');
  return `SELECT ?item ?itemLabel ?country ?countryLabel ?iso ?inception ?ownerLabel ?instanceLabel ?article WHERE {
  VALUES ?site { ${sites} }
  ?item wdt:P856 ?site .
  OPTIONAL { ?item wdt:P17 ?country . OPTIONAL { ?country wdt:P297 ?iso . } }
  OPTIONAL { ?item wdt:P571 ?inception . }
  OPTIONAL { ?item wdt:P127 ?owner . }
  OPTIONAL { ?item wdt:P31 ?instance . }
  OPTIONAL { ?article schema:about ?item ; schema:isPartOf <https://en.wikipedia.org/> . }
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en,mul". }
} LIMIT 300`;
}

export function wikidataQueryUrl(domain: string): string {
  return `${WIKIDATA_SPARQL}?format=json&query=${encodeURIComponent(wikidataQuery(domain))}`;
}

/** The query for one item by id ('Q42', already validated), with its official websites. */
export function wikidataItemQuery(itemId: string): string {
  return `SELECT ?item ?itemLabel ?site ?country ?countryLabel ?iso ?inception ?ownerLabel ?instanceLabel ?article WHERE {
  VALUES ?item { wd:${itemId} }
  OPTIONAL { ?item wdt:P856 ?site . }
  OPTIONAL { ?item wdt:P17 ?country . OPTIONAL { ?country wdt:P297 ?iso . } }
  OPTIONAL { ?item wdt:P571 ?inception . }
  OPTIONAL { ?item wdt:P127 ?owner . }
  OPTIONAL { ?item wdt:P31 ?instance . }
  OPTIONAL { ?article schema:about ?item ; schema:isPartOf <https://en.wikipedia.org/> . }
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en,mul". }
} LIMIT 300`;
}

export function wikidataItemQueryUrl(itemId: string): string {
  return `${WIKIDATA_SPARQL}?format=json&query=${encodeURIComponent(wikidataItemQuery(itemId))}`;
}

type Binding = Record<string, { type?: string; value?: string } | undefined>;

interface Item {
  qid: string;
  label?: string;
  countries: Map<string, string | undefined>; // label → ISO code
  inception?: number;
  owners: Set<string>;
  instances: Set<string>;
  article?: string;
  /** Official websites (P856), when the query asked for them. */
  sites: Set<string>;
}

// What Wikidata calls news outlets, most specific first; 'online newspaper' is a digital outlet.
const KINDS: [RegExp, OutletType][] = [
  [/fact[- ]?check/, 'fact-checker'],
  [/state media|state-owned media|state broadcaster/, 'state-media'],
  [/news agency|wire service/, 'wire'],
  [/think tank|policy institute/, 'think-tank'],
  [/aggregator/, 'aggregator'],
  [/\bblog\b/, 'blog'],
  [/online newspaper|news website|online magazine|news portal/, 'digital'],
  [/newspaper|tabloid/, 'newspaper'],
  [/magazine|periodical|journal/, 'magazine'],
  [/broadcast|television|tv channel|radio|news channel/, 'broadcaster'],
];

export function outletTypeOf(kind: string): OutletType | undefined {
  const k = kind.toLowerCase();
  return KINDS.find(([pattern]) => pattern.test(k))?.[1];
}

// The label service falls back to the id when an item has no English label.
const labelOf = (v: string | undefined) => (v && !/^Q\d+$/.test(v) ? v : undefined);

function readItems(json: unknown): Map<string, Item> | null {
  const bindings = (json as { results?: { bindings?: unknown } } | null)?.results?.bindings;
  if (!Array.isArray(bindings)) return null;
  const items = new Map<string, Item>();
  for (const b of bindings as Binding[]) {
    const qid = b.item?.value?.match(/\/entity\/(Q\d+)$/)?.[1];
    if (!qid) continue;
    let item = items.get(qid);
    if (!item) {
      item = { qid, countries: new Map(), owners: new Set(), instances: new Set(), sites: new Set() };
      items.set(qid, item);
    }
    item.label ??= labelOf(b.itemLabel?.value);
    const country = labelOf(b.countryLabel?.value);
    const iso = b.iso?.value?.toUpperCase();
    if (country && !item.countries.get(country)) item.countries.set(country, iso && /^[A-Z]{2}$/.test(iso) ? iso : undefined);
    const year = b.inception?.value?.match(/^(-?\d{1,4})-/)?.[1];
    if (year) {
      const y = Number(year);
      if (y > 0 && (item.inception === undefined || y < item.inception)) item.inception = y;
    }
    const owner = labelOf(b.ownerLabel?.value);
    if (owner) item.owners.add(owner);
    const instance = labelOf(b.instanceLabel?.value);
    if (instance) item.instances.add(instance);
    const site = b.site?.value;
    if (site && /^https?:\/\//i.test(site)) item.sites.add(site);
    const article = b.article?.value;
    if (article?.startsWith('https://en.wikipedia.org/wiki/')) item.article ??= article;
  }
  return items;
}

/** When several items claim the website, the best-described news outlet; then the oldest item. */
function pickItem(items: Map<string, Item>): Item | undefined {
  const score = (i: Item) =>
    (i.label ? 4 : 0) +
    ([...i.instances].some((k) => outletTypeOf(k)) ? 2 : 0) +
    (i.article ? 2 : 0) +
    (i.countries.size ? 1 : 0);
  return [...items.values()].sort((a, b) => score(b) - score(a) || Number(a.qid.slice(1)) - Number(b.qid.slice(1)))[0];
}

function toProfile(item: Item, domain: string, now: number): OutletProfile {
  const source: FactSource = { label: 'Wikidata', url: `https://www.wikidata.org/wiki/${item.qid}` };
  const profile: OutletProfile = {
    id: `wikidata-${item.qid.toLowerCase()}`,
    names: [item.label ?? domain],
    domains: [domain],
    assessments: [],
    origin: 'lookup',
    fetchedAt: now,
  };
  const iso = [...item.countries.values()].find(Boolean);
  if (iso) profile.country = [{ value: iso, source }];
  if (item.inception !== undefined) profile.founded = [{ value: item.inception, source }];
  if (item.owners.size) profile.owner = [...item.owners].slice(0, 3).map((value) => ({ value, source }));
  const instances = [...item.instances];
  const typed = instances.find((k) => outletTypeOf(k));
  const kind = typed ?? instances[0];
  if (kind) profile.kind = [{ value: kind, source }];
  const outletType = typed ? outletTypeOf(typed) : undefined;
  if (outletType) profile.outletType = [{ value: outletType, source }];
  return profile;
}

/** Looks up a domain (or a URL's registrable domain) in Wikidata and Wikipedia; never throws. */
export async function lookupOutlet(domainOrUrl: string, fetchImpl: FetchLike, options: LookupOptions = {}): Promise<LookupResult> {
  const domain = siteOf(domainOrUrl);
  if (!domain) {
    return { status: 'failed', reason: 'invalid-domain', message: `"${domainOrUrl.slice(0, 100)}" is not a web address Backstory can look up.` };
  }
  const now = options.now ?? Date.now();
  const itemId = options.itemId && /^Q\d{1,12}$/.test(options.itemId) ? options.itemId : undefined;
  let item: Item | undefined;
  if (itemId) {
    // The item the site names; an id Wikidata does not know falls back to the domain's items.
    const answer = await getJson(fetchImpl, wikidataItemQueryUrl(itemId), 'Wikidata', options);
    if (!answer.ok) return { status: 'failed', domain, reason: answer.reason, message: answer.message };
    item = pickItem(readItems(answer.json) ?? new Map());
    if (item && !item.label && !item.instances.size) item = undefined;
  }
  if (!item) {
    const answer = await getJson(fetchImpl, wikidataQueryUrl(domain), 'Wikidata', options);
    if (!answer.ok) return { status: 'failed', domain, reason: answer.reason, message: answer.message };
    const items = readItems(answer.json);
    if (!items) {
      return { status: 'failed', domain, reason: 'bad-response', message: 'Wikidata sent an answer Backstory could not read; try again later.' };
    }
    item = pickItem(items);
  }
  if (!item) return { status: 'not-found', domain };
  const profile = toProfile(item, domain, now);
  if (itemId && item.qid === itemId) {
    // The site's word, checked: does Wikidata give this site as the item's website?
    const official = [...new Set([...item.sites].map((s) => siteOf(s)).filter((s): s is string => !!s))];
    const source = { label: 'Wikidata', url: `https://www.wikidata.org/wiki/${item.qid}` };
    const note = official.includes(domain)
      ? `The site names this Wikidata item as itself, and Wikidata gives ${domain} as its official website.`
      : official.length
        ? `The site names this Wikidata item as itself, but Wikidata gives its official website as ${official.slice(0, 3).join(', ')}, not ${domain}.`
        : `The site names this Wikidata item as itself; Wikidata gives no official website for it.`;
    profile.notes = [{ value: note, source }];
  }
  if (!item.article) return { status: 'found', domain, profile };

  // The summary is a bonus: when Wikipedia fails, the Wikidata facts still stand.
  const title = decodeURIComponent(item.article.slice('https://en.wikipedia.org/wiki/'.length)).replace(/_/g, ' ');
  const summary = await fetchWikipediaSummary(title, fetchImpl, options);
  if ('extract' in summary && !summary.ambiguous) {
    profile.summary = { value: summary.extract, source: { label: 'Wikipedia', url: summary.url } };
    return { status: 'found', domain, profile, summary: summary.extract };
  }
  return { status: 'found', domain, profile };
}
