// Is this page an article? Runs in the content script on every page the reader opens, so the
// order matters: metadata and URL checks (a few attribute lookups) first, one pass over <p>
// next, Readability's readerable check only when it can still change the verdict. No layout
// reads (innerText, getComputedStyle): they would force a reflow on pages we leave alone.
// Readability-readerable.js is the 3 KB check on its own; the package root would pull in the
// whole 90 KB parser.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { declaredType } from './declared-type';
import { commerceEvidence } from './detect-commerce';
import { isPostListing, listingEvidence } from './detect-listing';
import { isDocumentEditable, isEditingHost } from './editable';
import { unreadTextReason } from './unread-text';
import type { Detection, DetectionReason } from './types';

export const ARTICLE_THRESHOLD = 4;

/** A paragraph this long is prose, not a teaser line or a caption. */
const LONG_PARAGRAPH = 120;
/** Paragraph scan cap: enough to judge, bounded on endless pages. */
const MAX_PARAGRAPHS = 400;

const LD_ARTICLE = /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:https?:\/\/schema\.org\/)?(\w*Article|BlogPosting|LiveBlogPosting|Report)"/;
const LD_VIDEO = /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:https?:\/\/schema\.org\/)?VideoObject"/;
const LD_FORUM = /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:https?:\/\/schema\.org\/)?(DiscussionForumPosting|QAPage)"/;
const LD_PUBLISHED = /"datePublished"\s*:\s*"\d{4}/;

const SEARCH_PATH = /\/(?:search|find|results?)(?:\/|\.\w+$|$)/i;
const SEARCH_PARAM = /^(?:q|query|s|search|search_query|keywords?|term|searchterm)$/i;
const LISTING_PATH = /\/(?:tags?|categor(?:y|ies)|topics?|sections?|authors?|archives?|page\/\d+)(?:\/|$)/i;
const DATE_PATH = /\/(?:19|20)\d{2}\/[01]?\d\//;
const NUMERIC_ID = /\d{5,}/;
const SHOP_PATH = /\/(?:products?|dp|items?|shop|store)\//i;
const ACCOUNT_PATH = /\/(?:log-?in|sign-?in|sign-?up|register|account|auth|dashboard)(?:[/.?]|$)/i;

// Markup found by walking tag collections (cached by the browser) rather than by selectors with
// substring tests, which cost milliseconds on a 10,000-element page.
const FORUM_CLASS = /forum|topic|thread/i;
// Elements that only exist with these attributes: one traversal finds them all.
const MICRODATA_OFFER = '[itemtype$="/Product"],[itemtype$="/Offer"],[itemtype$="/AggregateOffer"],[itemtype$="/ProductGroup"]';
const MICRODATA_POST = '[itemtype$="/BlogPosting"],[itemtype$="/NewsArticle"],[itemtype$="/Article"]';
const MARKED = `[role="feed"],${MICRODATA_OFFER},${MICRODATA_POST},[rel~="author"],[itemprop~="author"],[itemprop="datePublished"],[data-thread-id],[data-topic-id],[contenteditable]`;
/** A microdata product nested in a review or an article is what the writing is about. */
const REVIEWED = '[itemprop~="itemReviewed"],[itemtype$="Review"] *,[itemtype$="Article"] *,[itemtype$="BlogPosting"] *';

type Collection = ArrayLike<Element>;
const some = (list: Collection, test: (el: Element) => boolean): boolean => {
  for (let i = 0; i < list.length; i++) if (test(list[i])) return true;
  return false;
};
const count = (list: Collection, test: (el: Element) => boolean): number => {
  let n = 0;
  for (let i = 0; i < list.length; i++) if (test(list[i])) n++;
  return n;
};
const attr = (el: Element, name: string): string => el.getAttribute(name) ?? '';

function urlSignals(url: string, add: (s: string, w: number, d?: string) => void): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return;
  }
  const path = u.pathname;
  // Parameter names read from the query string itself: in a Firefox content script the URL comes
  // from the page's realm, and its searchParams iterators are not iterable across that boundary.
  const searchParam = u.search
    .slice(1)
    .split('&')
    .map((pair) => pair.split('=')[0])
    .find((k) => SEARCH_PARAM.test(k));
  if (SEARCH_PATH.test(path) || searchParam) {
    add('search-url', -3, searchParam ? `?${searchParam}=` : path);
  } else if ((path === '/' || path === '') && !u.search) {
    add('url-root', -3, 'site home');
  } else if (LISTING_PATH.test(path)) {
    add('url-listing', -2, path);
  } else if (SHOP_PATH.test(path)) {
    add('url-shop', -2, path);
  } else if (ACCOUNT_PATH.test(path)) {
    add('url-account', -2, path);
  } else {
    const last = path.split('/').filter(Boolean).pop() ?? '';
    const words = last.replace(/\.\w+$/, '').split(/[-_]+/).filter((w) => /[a-z]/i.test(w));
    if (DATE_PATH.test(path)) add('url-article', 1, 'date in path');
    else if (words.length >= 4) add('url-article', 1, 'long slug');
    else if (NUMERIC_ID.test(path)) add('url-article', 1, 'numeric id');
  }
}

/**
 * The least text an article can have: three long paragraphs (3 × LONG_PARAGRAPH), or what
 * Readability's readerable check needs (text nodes of 140+ characters whose excess adds up:
 * 480 at the least). With less, no combination of the signals below reaches the threshold.
 */
export const MIN_ARTICLE_TEXT = 3 * LONG_PARAGRAPH;

/**
 * Whether the page holds enough text to be an article: a walk over its text nodes (script and
 * <head> text included, so it can only err towards "maybe") that stops as soon as there is enough. Most
 * pages pass at once; a small page is answered without the checks below, whose code V8 would
 * otherwise compile on every such page.
 */
export function hasArticleSizedText(doc: Document): boolean {
  // The whole document, not only <body>: broken markup can leave the paragraphs outside it.
  const root = doc.documentElement ?? doc.body;
  if (!root) return false;
  const walker = doc.createTreeWalker(root, 0x4); // SHOW_TEXT
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    total += (node as Text).data.length;
    if (total >= MIN_ARTICLE_TEXT) return true;
  }
  return false;
}

/** Decide whether `doc` is an article; every signal that counted is listed with its weight. */
export function detectArticle(doc: Document, url: string): Detection {
  if (!hasArticleSizedText(doc)) {
    return { isArticle: false, score: -5, reasons: [{ signal: 'no-body', weight: -5, detail: `under ${MIN_ARTICLE_TEXT} characters of text` }] };
  }
  const reasons: DetectionReason[] = [];
  let score = 0;
  const add = (signal: string, weight: number, detail?: string): void => {
    reasons.push(detail === undefined ? { signal, weight } : { signal, weight, detail });
    score += weight;
  };
  const done = (): Detection => ({ isArticle: score >= ARTICLE_THRESHOLD, score, reasons });

  // 1. Metadata the publisher declares (in <head>: a far smaller tree to search).
  const head = doc.head ?? doc;
  const meta = (key: string): string =>
    head.querySelector(`meta[property="${key}"],meta[name="${key}"]`)?.getAttribute('content')?.trim().toLowerCase() ?? '';
  const ogType = meta('og:type');
  const tags = (name: string): Collection => doc.getElementsByTagName(name);
  const ldTexts: string[] = [];
  const scripts = tags('script');
  for (let i = 0; i < scripts.length; i++) {
    if (attr(scripts[i], 'type').toLowerCase() === 'application/ld+json') ldTexts.push(scripts[i].textContent ?? '');
  }
  const ld = ldTexts.join('\n');
  const ldArticle = LD_ARTICLE.exec(ld)?.[1];
  const declared = declaredType(ldTexts, ld);
  if (ldArticle) add('json-ld-article', 3, ldArticle);
  else if (declared.review) add('json-ld-review', 2);
  if (ogType.startsWith('article')) add('og-type-article', 2);
  const marked = doc.querySelectorAll(MARKED);
  const isMarked = (sel: string): boolean => some(marked, (el) => el.matches(sel));
  const offerMicrodata = some(marked, (el) => el.matches(MICRODATA_OFFER) && !el.matches(REVIEWED));
  const writing = !!ldArticle || declared.review;
  const offer = /product/.test(ogType)
    ? `og:type ${ogType}`
    : declared.offer && !writing
      ? `JSON-LD ${declared.offer}`
      : offerMicrodata && !writing
        ? 'microdata Product/Offer'
        : meta('product:price:amount') || meta('og:price:amount')
          ? 'price meta tags'
          : undefined;
  if (offer) add('product', -8, offer);
  if (ogType.startsWith('video')) add('video-page', -4, `og:type ${ogType}`);
  else if (!ldArticle && LD_VIDEO.test(ld)) add('video-page', -3, 'JSON-LD VideoObject');
  if (LD_FORUM.test(ld)) add('forum', -4, 'JSON-LD discussion');
  if (declared.collection && !writing) add('collection-page', -3, `JSON-LD ${declared.collection}`);
  urlSignals(url, add);

  // 2. Page furniture that only non-articles have.
  const inputs = tags('input');
  const password = some(inputs, (el) => attr(el, 'type').toLowerCase() === 'password');
  const searchBox = some(inputs, (el) => {
    const type = attr(el, 'type').toLowerCase();
    return (type === 'search' || /^(?:q|query|search|keywords?)$/i.test(attr(el, 'name'))) && attr(el, 'value').trim() !== '';
  });
  if (searchBox) add('search-query-box', -3, 'search box holds a query');
  if (isMarked('[role="feed"]')) add('feed', -4, 'role=feed');
  // A page being edited (a CMS, a mail composer, a document editor) is a tool, not an article.
  if (isDocumentEditable(doc)) add('editor', -8, 'the whole page is editable');

  // Nothing later can lift a score this low (see MAX_LATER); skip the paragraph scan.
  const MAX_LATER = 11;
  if (score + MAX_LATER < ARTICLE_THRESHOLD) {
    if (password) add('login-form', -5, 'password field');
    return done();
  }

  // 3. Prose: long paragraphs, and how many of them share one parent (an article body keeps its
  // paragraphs together; a home page spreads one teaser paragraph per card).
  // Prose in editable regions is what someone is writing, not what the page publishes.
  const editingHosts: Element[] = [];
  for (let i = 0; i < marked.length; i++) if (isEditingHost(marked[i])) editingHosts.push(marked[i]);
  const editable = (p: Element) => editingHosts.some((host) => host.contains(p));
  const paragraphs = tags('p');
  const perParent = new Map<Node, number>();
  const long: Element[] = [];
  let editableCount = 0;
  let cluster = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    const p = paragraphs[i];
    const text = p.textContent;
    if (!text || text.length < LONG_PARAGRAPH || text.trim().length < LONG_PARAGRAPH) continue;
    if (p.closest('li')) continue;
    if (editingHosts.length && editable(p)) {
      editableCount++;
      continue;
    }
    long.push(p);
    const parent = p.parentNode;
    if (parent) {
      const n = (perParent.get(parent) ?? 0) + 1;
      perParent.set(parent, n);
      if (n > cluster) cluster = n;
    }
  }
  const longCount = long.length;
  if (longCount >= 8) add('paragraphs', 3, `${longCount} long paragraphs`);
  else if (longCount >= 4) add('paragraphs', 2, `${longCount} long paragraphs`);
  else if (longCount >= 2) add('paragraphs', 1, `${longCount} long paragraphs`);
  if (cluster >= 4) add('paragraph-cluster', 1, `${cluster} in one container`);
  // Mostly an editor: most of the page's prose is in editable regions (an in-page editor or a
  // CMS's compose view), whatever its metadata says.
  if (editableCount >= 2 && editableCount >= longCount && !reasons.some((r) => r.signal === 'editor')) {
    add('editor', -8, `${editableCount} of ${editableCount + longCount} long paragraphs are in an editable region`);
  }

  if (password) {
    add('login-form', longCount >= 4 ? -2 : -5, 'password field');
  }

  // 4. Listing shape: many headline links / cards, few paragraphs kept together.
  const teaser = (h: Element): boolean => {
    const a = h.closest('a[href]') ?? h.querySelector('a[href]');
    // Same-page anchors in headings are permalinks (¶), not teasers.
    return !!a && !attr(a, 'href').startsWith('#');
  };
  const headlineLinks = count(tags('h2'), teaser) + count(tags('h3'), teaser) + count(tags('h4'), teaser);
  const articleEls = tags('article').length;
  const teasers = headlineLinks + (articleEls > 3 ? articleEls : 0);
  if (teasers >= 8 && cluster * 3 < teasers) add('listing', -5, `${teasers} teasers, ${cluster} paragraphs together`);
  else if (articleEls >= 1 && articleEls <= 3) add('article-element', 1);
  if (cluster < 4) {
    // Forum software of every family names its rows and links after forums, topics or threads.
    const forumRow = (el: Element): boolean => FORUM_CLASS.test(attr(el, 'class'));
    const rows = count(tags('li'), forumRow) + count(tags('tr'), forumRow) + count(tags('a'), forumRow) + (isMarked('[data-thread-id],[data-topic-id]') ? 10 : 0);
    if (rows >= 10) add('forum', -5, `${rows} forum/topic/thread rows`);
  }

  // 5. Who and when.
  const byClass = (name: string): boolean => doc.getElementsByClassName(name).length > 0;
  if (byClass('byline') || byClass('author') || isMarked('[rel~="author"],[itemprop~="author"]') || meta('author') || meta('article:author')) {
    add('byline', 1);
  }
  if (meta('article:published_time') || LD_PUBLISHED.test(ld) || some(tags('time'), (el) => el.hasAttribute('datetime')) || isMarked('[itemprop="datePublished"]')) {
    add('published-date', 1);
  }

  // 6. What the page is for, whatever its paragraph count: a shop, or a list of posts. These walk
  // more of the page, so they run only where the verdict could still be "article".
  if (score + 4 >= ARTICLE_THRESHOLD) {
    // A page that declares itself an article keeps its deal boxes and star ratings: no shop scan.
    const declaredArticle = writing || ogType.startsWith('article');
    const shop = offer || declaredArticle ? null : commerceEvidence(doc, new Set(long));
    if (shop && (shop.kinds.includes('buy') || shop.kinds.includes('quantity'))) {
      const strong = shop.kinds.length >= 3 || (shop.kinds.length === 2 && shop.beforeProse);
      const detail = `${shop.kinds.join(', ')}${shop.beforeProse ? ', above the text' : ''}`;
      if (strong) add('shop', -8, detail);
      else if (shop.kinds.length === 2) add('shop', -2, detail);
    }
    const posts = count(marked, (el) => el.matches(MICRODATA_POST) && !el.parentElement?.closest(MICRODATA_POST));
    const listing = ldArticle === 'LiveBlogPosting' ? null : listingEvidence(doc, long, url);
    if (listing && isPostListing(listing)) {
      add('post-list', -8, `${listing.furnished} dated or signed entries hold ${listing.inside} of ${longCount} long paragraphs`);
    } else if (posts >= 2) {
      add('post-list', -6, `${posts} posts marked up`);
    }
  }

  // 7. Readability's verdict: always when the prose is thin (an app shell whose body has not
  // arrived carries full metadata but is not an article yet), else only when it can still move
  // the score across the threshold.
  // Not after a shop or a list of posts was recognised: plenty of prose is what they have too.
  const bodyShown = longCount >= 3;
  const vetoed = reasons.some((r) => r.weight <= -8);
  // An editor's text would pass for an article's: Readability cannot tell them apart.
  const editor = reasons.some((r) => r.signal === 'editor');
  if (!editor && (!bodyShown || (!vetoed && score < ARTICLE_THRESHOLD + 2 && score + 4 >= ARTICLE_THRESHOLD))) {
    const readerable = isProbablyReaderable(doc);
    if (readerable) add('readerable', 4);
    else add('not-readerable', -2);
    if (!readerable && !bodyShown) {
      // Say where the text is when the page declares an article that Backstory cannot see.
      const declared = !!ldArticle || ogType.startsWith('article');
      add('no-body', -5, (declared && unreadTextReason(doc)) || 'no article text yet');
    }
  }
  return done();
}
