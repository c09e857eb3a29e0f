// Where the article is on a page, and which elements inside it are chrome: one linear pass
// over the DOM reading tags and attributes only (no layout, no computed style).
import type { TextBlock } from './types';
import { runToEnd } from './slices';
import { isHardChrome, isNegativeName, isPositiveName, isSoftChrome, nameOf } from './boilerplate';

export type Kind = TextBlock['kind'];

// Everything else is inline (the CSS default, which is also right for unknown custom elements).
export const BLOCKS = new Set(
  ('address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary ' +
    'table tbody thead tfoot tr td th caption ul legend').split(' '),
);
export const KINDS: Record<string, Kind> = {
  p: 'paragraph', div: 'paragraph', section: 'paragraph', article: 'paragraph', main: 'paragraph',
  body: 'paragraph', center: 'paragraph', details: 'paragraph',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item', blockquote: 'quote',
  figcaption: 'caption', caption: 'caption',
};
// Body containers as common CMSs name them (after nameOf: "articleBody" → "article-body").
const CONTENT_CLASS = /(^|[\s_-])(entry|post|article|story|body)[-_]{1,2}(content|body|text)([\s_-]|$)|(^|\s)article-?body\b/;

export const tagOf = (el: Element) => el.localName.toLowerCase();
export const isText = (n: Node): n is Text => n.nodeType === 3;
export const isElement = (n: Node): n is Element => n.nodeType === 1;

interface Stat {
  text: number; // characters of text below
  links: number; // of which inside links
  para: number; // link-discounted text if this element is a paragraph
  raw: number; // paragraph text below
  clean: number; // paragraph text below, outside chrome
  score: number; // candidate score
  soft: boolean; // looks like chrome
  blocks: boolean; // has block elements below
}

/** Where the article is and what inside it is chrome. */
export interface Layout {
  root: Element;
  /** Is this element (inside the root) chrome to leave out? */
  chrome: (el: Element, tag: string) => boolean;
}

/** Picks the element holding the article body: semantic markup (articleBody, a CMS content
 * class, <article>, <main>) if it holds enough of the paragraph text, else the best
 * Readability-style candidate (paragraph text credited to parent and grandparent, discounted
 * by link density and chrome-like names). */
export function findLayout(doc: Document): Layout {
  return runToEnd(findLayoutSteps(doc));
}

/** Elements scanned between two points where a sliced caller may pause. */
const PAUSE_EVERY = 64;

/** findLayout's work, yielding every few dozen elements (see lib/page/slices.ts). */
export function* findLayoutSteps(doc: Document): Generator<void, Layout, void> {
  // Broken markup can leave an empty <body> in a DOM library (browsers repair it).
  const body = doc.body?.firstElementChild ? doc.body : doc.documentElement;
  const stats = new Map<Element, Stat>();
  const paras: [Element, number][] = [];
  const semantic: Element[][] = [[], [], [], []];
  let densest: Element = body; // the element with the most paragraph text in its children
  let densestCredit = 0;

  // Depth-first with a stack of its own rather than recursive generators: a pause in a
  // generator nested d deep resumes all d of them, and a generator per element is garbage.
  interface Frame {
    el: Element;
    tag: string;
    name: string;
    st: Stat;
    direct: number;
    credit: number;
    /** The child being looked at; moves on once its subtree is done. */
    c: ChildNode | null;
  }
  const enter = (el: Element, tag: string, name: string): Frame => {
    const st: Stat = { text: 0, links: 0, para: 0, raw: 0, clean: 0, score: 0, soft: false, blocks: false };
    st.soft = el !== body && isSoftChrome(el, tag, name);
    stats.set(el, st);
    return { el, tag, name, st, direct: 0, credit: 0, c: el.firstChild };
  };
  let scanned = 1;
  let total = 0;
  const stack: Frame[] = [enter(body, tagOf(body), '')];
  while (stack.length) {
    const f = stack[stack.length - 1];
    const { st } = f;
    let child: Frame | null = null;
    for (; f.c; f.c = f.c.nextSibling) {
      const c = f.c;
      if (isText(c)) {
        const n = c.data.trim().length;
        st.text += n;
        f.direct += n;
      } else if (isElement(c)) {
        const t = tagOf(c);
        if (isHardChrome(c, t)) continue;
        if (++scanned % PAUSE_EVERY === 0) yield;
        child = enter(c, t, nameOf(c));
        break;
      }
    }
    if (child) {
      stack.push(child);
      continue;
    }
    stack.pop();
    const { el, tag } = f;
    // Like Readability, a <div> with no block inside is a paragraph written another way.
    const own =
      tag === 'p' || tag === 'pre' ? st.text : KINDS[tag] !== 'paragraph' ? 0 : st.blocks ? f.direct : st.text;
    if (own >= 25) {
      st.para = own * (1 - Math.min(1, st.links / Math.max(1, st.text)));
      st.raw += st.para;
      paras.push([el, st.para]);
    }
    if (f.credit > densestCredit) [densest, densestCredit] = [el, f.credit];
    const up = stack[stack.length - 1];
    if (!up) {
      total = st.raw;
      break;
    }
    // The parent takes in what was found below this child, then moves on to the next child.
    const ps = up.st;
    ps.text += st.text;
    ps.links += tag === 'a' ? st.text : st.links;
    ps.raw += st.raw;
    up.credit += st.para;
    ps.blocks ||= st.blocks || BLOCKS.has(tag);
    const ip = el.getAttribute('itemprop');
    if (ip && /\barticleBody\b/.test(ip)) semantic[0].push(el);
    else if (CONTENT_CLASS.test(f.name)) semantic[1].push(el);
    else if (tag === 'article') semantic[2].push(el);
    else if (tag === 'main' || el.getAttribute('role') === 'main') semantic[3].push(el);
    up.c = up.c!.nextSibling;
  }
  // Chrome-like markup is overruled on a wrapper around the page's densest paragraphs that
  // holds half its paragraph text ("layout-with-sidebar", aria-hidden on the whole page);
  // a gallery or comment thread with more text than the article is still chrome.
  const wrappers = new Set<Element>();
  for (let e: Element | null = densest; e && e !== body; e = e.parentElement) wrappers.add(e);
  const believed = (el: Element, st: Stat) => st.soft && !(st.raw >= 0.5 * total && wrappers.has(el));
  const chrome = (el: Element, tag: string) => {
    const st = stats.get(el);
    return !st || isHardChrome(el, tag) || believed(el, st);
  };

  // Paragraph text outside chrome scores its parent, grandparent and great-grandparent.
  const chain: Stat[] = [];
  let steps = 0;
  outer: for (const [p, m] of paras) {
    if (++steps % PAUSE_EVERY === 0) yield;
    chain.length = 0;
    for (let e: Element | null = p; e; e = e === body ? null : e.parentElement) {
      const st = stats.get(e)!;
      if (believed(e, st)) continue outer;
      chain.push(st);
    }
    for (let i = 0; i < chain.length; i++) {
      chain[i].clean += m;
      if (i >= 1 && i <= 3) chain[i].score += m / (i < 3 ? i : 6);
    }
  }

  let best: Element = body;
  let bestScore = 0;
  for (const [el, st] of stats) {
    if (++steps % (4 * PAUSE_EVERY) === 0) yield;
    if (!st.score) continue;
    const name = nameOf(el);
    const w = isPositiveName(name) ? 1.25 : isNegativeName(name) ? 0.5 : 1;
    const s = st.score * w * (1 - st.links / Math.max(1, st.text));
    if (s > bestScore) [best, bestScore] = [el, s];
  }
  let root = best;
  let expand = true;
  const bestMass = stats.get(best)!.clean;
  for (let i = 0; i < semantic.length; i++) {
    let g: Element | null = null;
    for (const el of semantic[i]) if (!g || stats.get(el)!.clean > stats.get(g)!.clean) g = el;
    const m = g ? stats.get(g)!.clean : 0;
    // <main> also holds what surrounds the article; it only helps when the best candidate is elsewhere.
    if (g && m > 0 && m >= (i ? 0.5 : 0.2) * bestMass && !(i === 3 && g.contains(best))) {
      [root, expand] = [g, i === 1];
      break;
    }
  }
  // Bodies split into repeated sections ("step", "article-text") score as several candidates:
  // take the common ancestor with a twin of the root (same tag and class, anywhere up to 6
  // levels above) or with a candidate sitting in a twin of one of the root's first 3 ancestors.
  if (expand) {
    const ups = [root];
    for (let i = 0; i < 6 && ups[i] !== body; i++) ups.push(ups[i].parentElement!);
    const sig = (e: Element) => e.localName + '.' + (e.getAttribute('class') ?? '');
    const rootSig = sig(root);
    const rootMass = stats.get(root)!.clean;
    let top = 0;
    for (const [el, st] of stats) {
      if (++steps % PAUSE_EVERY === 0) yield;
      const twin = rootMass > 0 && st.clean >= 0.1 * rootMass && rootSig.length > 4 && sig(el) === rootSig;
      if ((!twin && st.score < 0.1 * bestScore) || root.contains(el) || el.contains(root)) continue;
      let e: Element | null = el;
      for (let k = 0; k + 1 < ups.length && e; k++, e = e.parentElement) {
        if (e.parentElement !== ups[k + 1]) continue;
        if (twin || (k < 3 && sig(e) === sig(ups[k]))) top = Math.max(top, k + 1);
        break;
      }
    }
    root = ups[top];
  }
  return { root, chrome };
}
