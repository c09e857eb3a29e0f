// What a page says about its own publisher: the JSON-LD publisher (or sourceOrganization), its
// name, the Wikipedia and Wikidata pages it links as itself (sameAs), when it says it was
// founded, who it says owns it, the policies it publishes (the Trust Project / schema.org
// NewsMediaOrganization properties: ownership and funding, corrections, ethics, masthead…),
// og:site_name, and an "About" link. It is the site's own word: shown apart from what
// independent sources say, never used to decide which directory entry a page belongs to.
// Everything here is untrusted page data: plain strings, links only http(s), lengths capped.
import { collapse } from './collapse';
import { runToEnd } from './slices';
import { stripMirrorLabel } from '../sites/mirror-label';
import { findArticleNode, ldNames, ldText, readJsonLd, typesOf, type LdNode } from './json-ld';

/** The publisher policies schema.org defines for news organizations, in the order a reader meets them. */
export const POLICY_KINDS = [
  'ownershipFundingInfo',
  'masthead',
  'publishingPrinciples',
  'ethicsPolicy',
  'correctionsPolicy',
  'verificationFactCheckingPolicy',
  'unnamedSourcesPolicy',
  'actionableFeedbackPolicy',
  'diversityPolicy',
  'diversityStaffingReport',
  'missionCoveragePrioritiesPolicy',
  'noBylinesPolicy',
] as const;

export type PolicyKind = (typeof POLICY_KINDS)[number];

export interface SiteSelfDescription {
  /** The publisher's name as the page gives it. */
  name?: string;
  /** The publisher's own URL. */
  url?: string;
  /** A Wikidata item the publisher names as itself, e.g. 'Q9684'. */
  wikidataId?: string;
  /** Wikipedia articles the publisher names as itself. */
  wikipedia: string[];
  /** Its other profiles (social accounts, directories). */
  sameAs: string[];
  /** When it says it was founded, as written ('1921-02-19', '1921'). */
  foundingDate?: string;
  /** The organizations it says it belongs to. */
  parentOrganizations: string[];
  /** Its published policies: kind → URL. */
  policies: Partial<Record<PolicyKind, string>>;
  /** A link to its "About" page. */
  about?: { url: string; text: string };
  /** Where each part was read, e.g. { name: 'json-ld publisher', about: 'link text' }. */
  from: Partial<Record<'name' | 'url' | 'sameAs' | 'foundingDate' | 'parentOrganizations' | 'policies' | 'about', string>>;
}

const MAX_TEXT = 200;
const MAX_LINKS = 12;
const MAX_ANCHORS = 3_000;

const ORG_TYPES = /^(?:NewsMediaOrganization|Organization|Corporation|OnlineBusiness|LocalBusiness|EducationalOrganization|NGO|GovernmentOrganization|Project)$/;

function text(value: string | undefined): string | undefined {
  const t = collapse(value);
  return t ? t.slice(0, MAX_TEXT) : undefined;
}

/** An absolute http(s) URL, resolved against the page; anything else is dropped. */
function webUrl(raw: unknown, base: string): string | undefined {
  const href = typeof raw === 'string' ? raw : raw && typeof raw === 'object' ? ((raw as LdNode).url ?? (raw as LdNode)['@id']) : undefined;
  if (typeof href !== 'string' || !href.trim() || href.length > 2_000) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

/** Follows an {"@id": …} reference to the node that defines it. */
function resolve(value: unknown, byId: Map<string, LdNode>): LdNode | undefined {
  for (const item of list(value)) {
    if (typeof item === 'string') return byId.get(item) ?? { name: item };
    if (item && typeof item === 'object') {
      const node = item as LdNode;
      const id = typeof node['@id'] === 'string' ? node['@id'] : undefined;
      const defined = id ? byId.get(id) : undefined;
      // A bare reference takes the definition; an inline node keeps its own fields first.
      return defined && defined !== node ? { ...defined, ...node } : node;
    }
  }
  return undefined;
}

function indexById(nodes: LdNode[]): Map<string, LdNode> {
  const byId = new Map<string, LdNode>();
  const visit = (value: unknown, depth: number) => {
    if (depth > 5 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const node = value as LdNode;
    const id = node['@id'];
    // Only a node with more than its id defines it.
    if (typeof id === 'string' && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
    for (const key of ['@graph', 'publisher', 'sourceOrganization', 'parentOrganization', 'isPartOf']) visit(node[key], depth + 1);
  };
  nodes.forEach((n) => visit(n, 0));
  return byId;
}

/** The node the page names as its publisher, and where it found it. */
function publisherNode(nodes: LdNode[], byId: Map<string, LdNode>, pageUrl: string): [LdNode, string] | undefined {
  const article = findArticleNode(nodes);
  const fromArticle = article && (resolve(article.publisher, byId) ?? resolve(article.sourceOrganization, byId));
  if (fromArticle) return [fromArticle, article?.publisher ? 'json-ld publisher' : 'json-ld sourceOrganization'];
  const news = nodes.find((n) => typesOf(n).includes('NewsMediaOrganization'));
  if (news) return [news, 'json-ld NewsMediaOrganization'];
  const pageHost = hostOf(pageUrl);
  const own = nodes.find((n) => typesOf(n).some((t) => ORG_TYPES.test(t)) && pageHost && relatedHost(hostOf(webUrl(n.url, pageUrl)) ?? '', pageHost));
  if (own) return [own, 'json-ld Organization'];
  const site = nodes.find((n) => typesOf(n).includes('WebSite'));
  const sitePublisher = site && resolve(site.publisher, byId);
  return sitePublisher ? [sitePublisher, 'json-ld WebSite publisher'] : undefined;
}

/**
 * Whether two hosts are one site's, as far as the page's script can tell without the Public
 * Suffix List: the same host, or one under the other (www.example.com, company.example.com).
 * The background checks the About link against the site proper (publisher-sites.ts).
 */
function relatedHost(a: string, b: string): boolean {
  const x = stripMirrorLabel(a.toLowerCase());
  const y = stripMirrorLabel(b.toLowerCase());
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

const WIKIDATA = /^https?:\/\/(?:www\.|m\.)?wikidata\.org\/(?:wiki|entity)\/(Q\d{1,12})(?:[#?].*)?$/i;
const WIKIPEDIA = /^https?:\/\/[a-z-]{2,12}\.(?:m\.)?wikipedia\.org\/wiki\/[^\s#?]+/i;

// "About", "About us", "Who we are", "Our story" and their usual forms in other languages.
const ABOUT_TEXT =
  /^(?:about(?: us| the (?:company|site|paper|newspaper))?|who we are|our (?:story|mission|company)|à propos(?: de nous)?|qui sommes-nous \??|über uns|quiénes somos|quienes somos|sobre nosotros|sobre nós|quem somos|chi siamo|o nas|om oss|over ons|om os|hakkımızda)$/iu;
// "About Ars", "About the BBC": "about" and the start of the site's own name ("About this content" is not).
const ABOUT_NAMED = /^about (?:the )?(.{2,30})$/i;

const squash = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

function isAboutLabel(label: string, siteNames: string[]): boolean {
  if (ABOUT_TEXT.test(label)) return true;
  const named = ABOUT_NAMED.exec(label)?.[1];
  if (!named) return false;
  const what = squash(named);
  return what.length >= 2 && siteNames.some((name) => name.startsWith(what));
}
const ABOUT_PATH = /^\/(?:[a-z]{2}\/)?(?:about(?:-us|us)?|who-we-are|our-story|a-propos|qui-sommes-nous|ueber-uns|uber-uns|quienes-somos|sobre(?:-nos)?|quem-somos|chi-siamo|o-nas|om-oss|over-ons|company\/about(?:-us)?|info\/about(?:-us)?)(?:\/|\.s?html?|\.php|\.aspx?)?$/i;

/** In any address ABOUT_PATH could match (a cheap test on the raw href). */
const ABOUT_HINT = /about|who-we-are|our-story|propos|sommes-nous|ber-uns|quienes-somos|sobre|quem-somos|chi-siamo|o-nas|om-oss|over-ons/i;

/** Links looked at between two points where a sliced caller may pause (lib/page/slices.ts). */
const PAUSE_EVERY = 64;

function* aboutLink(doc: Document, pageUrl: string, siteName: string | undefined): Generator<void, { url: string; text: string; from: string } | undefined, void> {
  const pageHost = hostOf(pageUrl);
  if (!pageHost) return undefined;
  // The site's name, and its host's labels: 'arstechnica' from arstechnica.com.
  const siteNames = [siteName, ...pageHost.split('.').slice(0, -1)].filter((n): n is string => !!n).map(squash).filter((n) => n.length >= 2);
  let byPath: { url: string; text: string; from: string } | undefined;
  const anchors = doc.querySelectorAll('a[href]');
  for (let i = 0; i < anchors.length && i < MAX_ANCHORS; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const a = anchors[i];
    const href = a.getAttribute('href');
    if (!href) continue;
    // The label and the raw address first: resolving thousands of links (a long article) only
    // to find them unrelated to About costs the page more than reading a label.
    const label = collapse(a.textContent) || collapse(a.getAttribute('aria-label')) || collapse(a.getAttribute('title'));
    const byLabel = !!label && label.length <= 40 && isAboutLabel(label, siteNames);
    if (!byLabel && (byPath || !ABOUT_HINT.test(href))) continue;
    const url = webUrl(href, pageUrl);
    const host = hostOf(url);
    if (!url || !host || !relatedHost(host, pageHost)) continue;
    if (byLabel) return { url, text: label, from: 'link text' };
    const { pathname } = new URL(url);
    if (ABOUT_PATH.test(pathname)) byPath = { url: url.replace(/#.*$/, ''), text: 'About', from: 'link address' };
  }
  return byPath;
}

/** The publisher named in microdata (itemprop="publisher" or "sourceOrganization"), for pages without JSON-LD. */
function microdataName(doc: Document): string | undefined {
  const scope = doc.querySelector('[itemscope][itemprop~="publisher"], [itemscope][itemprop~="sourceOrganization"]');
  const name = scope?.querySelector('[itemprop~="name"]');
  return text(name?.getAttribute('content') ?? name?.textContent ?? undefined);
}

/** What the page says about its publisher, or null when it says nothing. */
export function readSiteSays(doc: Document, pageUrl: string): SiteSelfDescription | null {
  return runToEnd(readSiteSaysSteps(doc, pageUrl));
}

/** readSiteSays's work, pausing while it reads the page's links; `nodes`: its JSON-LD if already read. */
export function* readSiteSaysSteps(doc: Document, pageUrl: string, nodes = readJsonLd(doc)): Generator<void, SiteSelfDescription | null, void> {
  const byId = indexById(nodes);
  const found = publisherNode(nodes, byId, pageUrl);
  const org = found?.[0];
  const where = found?.[1] ?? 'json-ld';
  const says: SiteSelfDescription = { wikipedia: [], sameAs: [], parentOrganizations: [], policies: {}, from: {} };

  const ldName = org ? text(ldText(org.name) ?? ldText(org.legalName) ?? ldText(org.alternateName)) : undefined;
  const ogName = text(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? undefined);
  const microName = ldName || ogName ? undefined : microdataName(doc);
  says.name = ldName ?? ogName ?? microName;
  if (says.name) says.from.name = ldName ? where : ogName ? 'og:site_name' : 'microdata';

  if (org) {
    says.url = webUrl(org.url, pageUrl) ?? webUrl(org['@id'], pageUrl);
    if (says.url) says.from.url = where;
    for (const raw of list(org.sameAs)) {
      const url = webUrl(raw, pageUrl);
      if (!url) continue;
      const qid = WIKIDATA.exec(url)?.[1];
      if (qid) says.wikidataId ??= qid.toUpperCase();
      else if (WIKIPEDIA.test(url)) {
        if (says.wikipedia.length < MAX_LINKS && !says.wikipedia.includes(url)) says.wikipedia.push(url);
      } else if (says.sameAs.length < MAX_LINKS && !says.sameAs.includes(url)) says.sameAs.push(url);
    }
    if (says.wikidataId || says.wikipedia.length || says.sameAs.length) says.from.sameAs = where;
    const founded = text(ldText(org.foundingDate));
    if (founded && /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.test(founded)) {
      says.foundingDate = founded.slice(0, 10);
      says.from.foundingDate = where;
    }
    for (const parent of list(org.parentOrganization)) {
      const node = resolve(parent, byId);
      const name = text(node ? ldText(node.name) : undefined) ?? text(ldNames(parent)[0]);
      if (name && !says.parentOrganizations.includes(name) && says.parentOrganizations.length < 5) says.parentOrganizations.push(name);
    }
    if (says.parentOrganizations.length) says.from.parentOrganizations = where;
  }
  // Policies usually sit on the publisher; publishingPrinciples may also sit on the article.
  const article = findArticleNode(nodes);
  for (const kind of POLICY_KINDS) {
    const url = webUrl(org?.[kind], pageUrl) ?? (article ? webUrl(article[kind], pageUrl) : undefined);
    if (url) says.policies[kind] = url;
  }
  if (Object.keys(says.policies).length) says.from.policies = org ? where : 'json-ld article';

  const about = yield* aboutLink(doc, pageUrl, says.name);
  if (about) {
    says.about = { url: about.url, text: about.text };
    says.from.about = about.from;
  }
  return Object.keys(says.from).length ? says : null;
}
