// Reading schema.org JSON-LD blocks. Pages nest the node we want inside @graph, arrays and
// mainEntity, and wrap the JSON in HTML comments or CDATA markers.

export type LdNode = Record<string, unknown>;

/** Types of a piece of writing (\w*Article covers NewsArticle, OpinionNewsArticle, TechArticle...). */
export const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report)$/;

function parseScript(text: string): unknown {
  const cleaned = text
    .replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)/, '')
    .replace(/(?:-->|(?:\/\/\s*)?\]\]>)\s*$/, '')
    .trim();
  if (!cleaned) return undefined;
  try {
    return JSON.parse(cleaned);
  } catch {
    // Invalid JSON-LD is ignored, as browsers' and search engines' readers do.
    return undefined;
  }
}

function collect(value: unknown, out: LdNode[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const node = value as LdNode;
  if ('@type' in node) out.push(node);
  if (Array.isArray(node['@graph'])) collect(node['@graph'], out, depth + 1);
  const main = node.mainEntity ?? node.mainEntityOfPage;
  if (main && typeof main === 'object' && '@type' in (main as LdNode)) collect(main, out, depth + 1);
}

/** The typed nodes of ld+json script texts, flattened (top level, @graph, arrays, mainEntity). */
export function parseJsonLd(texts: Iterable<string>): LdNode[] {
  const out: LdNode[] = [];
  for (const text of texts) collect(parseScript(text), out, 0);
  return out;
}

/** All typed nodes from every ld+json script of `doc` (see parseJsonLd). */
export function readJsonLd(doc: Document): LdNode[] {
  return parseJsonLd([...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''));
}

export function typesOf(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

export function isArticleNode(node: LdNode): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPES.test(t));
}

/** The node describing the article itself, if any (a social post's node as a fallback). */
export function findArticleNode(nodes: LdNode[]): LdNode | undefined {
  return nodes.find(isArticleNode) ?? nodes.find((n) => typesOf(n).some((t) => /Posting$/.test(t)));
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  ndash: '–', mdash: '—', hellip: '…',
};

// Publishers often HTML-escape JSON-LD strings ("That&#039;s"); the DOM decodes attributes
// for us but not script text.
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
}

/** A string, or the `name` of an object, or undefined. */
export function ldText(value: unknown): string | undefined {
  if (typeof value === 'string') return decodeEntities(value);
  if (Array.isArray(value)) return ldText(value[0]);
  if (value && typeof value === 'object') {
    const v = value as LdNode;
    if (typeof v.name === 'string') return decodeEntities(v.name);
    if (typeof v['@value'] === 'string') return decodeEntities(v['@value']);
  }
  return undefined;
}

/** Names from an `author`-like value: string, Person, Organization, or a list of them. */
export function ldNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const names: string[] = [];
  for (const v of list) {
    const name = ldText(v);
    if (name) names.push(name);
  }
  return names;
}

/** A URL from a string or an object's url/@id/sameAs. */
export function ldUrl(value: unknown): string | undefined {
  if (typeof value === 'string') return /^https?:\/\//i.test(value) ? value : undefined;
  if (Array.isArray(value)) return ldUrl(value[0]);
  if (value && typeof value === 'object') {
    const v = value as LdNode;
    for (const k of ['url', '@id', 'sameAs']) {
      const u = v[k];
      if (typeof u === 'string' && /^https?:/i.test(u)) return u;
    }
  }
  return undefined;
}
