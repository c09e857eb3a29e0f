// The article body as text, with a map back to the DOM text nodes and its links judged.
// Runs in the page's main thread once per article: linear, attributes only, no layout reads.
import type { ArticleExtraction, LinkSpan, TextBlock, TextNodeSpan } from './types';
import { CHROME_LINE } from './boilerplate';
import { BLOCKS, findLayout, isElement, isText, KINDS, tagOf, type Kind, type Layout } from './layout';
import { runToEnd } from './slices';
import { readLink } from './links';
import { isWhitespaceAt } from './whitespace';

// Collapsible whitespace. NBSP is included so that "&nbsp;"-only paragraphs count as empty.
const WS = /\s+/g;

/** Extracts the article body of `doc` (see ArticleExtraction); `url` resolves and judges links. */
export function extractArticle(doc: Document, url?: string, layout: Layout = findLayout(doc)): ArticleExtraction {
  return runToEnd(extractArticleSteps(doc, url, layout));
}

/** Nodes visited between two points where a sliced caller may pause (lib/page/slices.ts). */
const PAUSE_EVERY = 64;

/** extractArticle's work, yielding every few dozen nodes. */
export function* extractArticleSteps(doc: Document, url: string | undefined, layout: Layout): Generator<void, ArticleExtraction, void> {
  const pageUrl = url ?? (doc as { URL?: string }).URL ?? ''; // linkedom leaves URL undefined
  const base = doc.querySelector('base[href]')?.getAttribute('href') ?? undefined;
  const first = yield* walk(layout, pageUrl, base, false);
  // Nothing looked like a paragraph: keep the leading short lines rather than return nothing.
  return first.text ? first : yield* walk(layout, pageUrl, base, true);
}

function* walk({ root, chrome }: Layout, pageUrl: string, base: string | undefined, started: boolean): Generator<void, ArticleExtraction, void> {
  let text = '';
  const blocks: TextBlock[] = [];
  const nodes: TextNodeSpan[] = [];
  const links: LinkSpan[] = [];

  let cur = '';
  let curNodes: TextNodeSpan[] = [];
  let curLinks: { a: Element; s: number; e: number }[] = [];
  let linkChars = 0;
  let plainWords = 0; // words outside links
  let open: { a: Element; s: number } | null = null;
  const kinds: Kind[] = [KINDS[tagOf(root)] ?? 'other'];

  const trimEnd = () => {
    let n = cur.length;
    while (isWhitespaceAt(cur, n - 1)) n--;
    const t = n === cur.length ? cur : cur.slice(0, n);
    if (t.length === cur.length) return;
    cur = t;
    let last = curNodes[curNodes.length - 1];
    while (last && last.end > cur.length) {
      last.end = cur.length;
      if (last.end > last.start) break;
      curNodes.pop();
      last = curNodes[curNodes.length - 1];
    }
  };

  const endBlock = () => {
    trimEnd();
    // A link around several blocks gets one span per block: no span crosses a separator.
    if (open) {
      curLinks.push({ a: open.a, s: open.s, e: cur.length });
      open.s = 0;
    }
    const kind = kinds[kinds.length - 1];
    const n = cur.length;
    const keep =
      n > 0 &&
      // Mostly-link blocks are navigation (headline lists) unless they read as sentences.
      (linkChars / n <= 0.5 || plainWords >= 5 || (n >= 40 && /[.!?…]["”’)]?$/.test(cur))) &&
      !(n < 100 && CHROME_LINE.test(cur)) &&
      (kind === 'other' || /\p{L}/u.test(cur)) && // chart ticks, "***"; table cells may be numbers
      (started || (kind !== 'heading' && kind !== 'caption' && (n >= 80 || (n >= 20 && /[.!?…"”’)。！？」]$/.test(cur)))));
    if (keep) {
      started = true;
      const at = text ? text.length + 2 : 0;
      text += (text ? '\n\n' : '') + cur;
      blocks.push({ start: at, end: at + n, kind });
      for (const s of curNodes) nodes.push({ node: s.node, start: s.start + at, end: s.end + at });
      for (const link of curLinks) {
        let { s, e } = link;
        e = Math.min(e, n);
        while (s < e && isWhitespaceAt(cur, s)) s++;
        while (e > s && isWhitespaceAt(cur, e - 1)) e--;
        if (s === e) continue;
        const href = link.a.getAttribute('href') ?? '';
        const j = readLink(href, pageUrl, base);
        links.push({ start: s + at, end: e + at, text: cur.slice(s, e), href, ...j });
      }
    }
    cur = '';
    curNodes = [];
    curLinks = [];
    linkChars = 0;
    plainWords = 0;
  };

  // Whitespace collapses across node boundaries as when rendered; text-map.ts relies on exactly
  // this: a node contributes its collapsed data, minus a leading space after whitespace or at a
  // block start, minus a trailing space at a block end or before <br>.
  const emit = (node: Text) => {
    let c = node.data.replace(WS, ' ');
    // The last character only: a regular expression anchored at the end would scan the whole
    // block for every text node in it.
    if (c[0] === ' ' && (!cur || isWhitespaceAt(cur, cur.length - 1))) c = c.slice(1);
    if (!c) return;
    curNodes.push({ node, start: cur.length, end: cur.length + c.length });
    cur += c;
    if (open) linkChars += c.length;
    else plainWords += c.split(' ').filter(Boolean).length;
  };

  // Depth-first with a stack of its own (see layout.ts): what each element does on the way out
  // — close the link it opened, end the block it started — is kept in its frame.
  interface Frame {
    el: Element;
    exit: 'none' | 'link' | 'block';
    /** The child being looked at; moves on once its subtree is done. */
    c: ChildNode | null;
  }
  const stack: Frame[] = [{ el: root, exit: 'none', c: root.firstChild }];
  let visited = 0;
  while (stack.length) {
    const f = stack[stack.length - 1];
    let child: Frame | null = null;
    for (; f.c; f.c = f.c.nextSibling) {
      const c = f.c;
      if (++visited % PAUSE_EVERY === 0) yield;
      if (isText(c)) {
        emit(c);
        continue;
      }
      if (!isElement(c)) continue;
      const tag = tagOf(c);
      if (chrome(c, tag)) continue;
      if (tag === 'br') {
        if (/\n$/.test(cur)) endBlock(); // two line breaks in a row separate paragraphs
        else {
          trimEnd();
          if (cur) cur += '\n';
        }
      } else if (tag === 'a' && !open) {
        open = { a: c, s: cur.length };
        child = { el: c, exit: 'link', c: c.firstChild };
      } else if (BLOCKS.has(tag)) {
        endBlock();
        const k = KINDS[tag] ?? 'other';
        kinds.push(kinds.includes('quote') && (k === 'paragraph' || k === 'other') ? 'quote' : k);
        child = { el: c, exit: 'block', c: c.firstChild };
      } else child = { el: c, exit: 'none', c: c.firstChild };
      if (child) break;
    }
    if (child) {
      stack.push(child);
      continue;
    }
    stack.pop();
    if (f.exit === 'link') {
      curLinks.push({ a: f.el, s: open!.s, e: cur.length });
      open = null;
    } else if (f.exit === 'block') {
      endBlock();
      kinds.pop();
    }
    const up = stack[stack.length - 1];
    if (up) up.c = up.c!.nextSibling;
  }
  endBlock();

  // A heading with nothing after it introduces something we dropped ("Related", "Comments").
  while (blocks.length && blocks[blocks.length - 1].kind === 'heading') {
    blocks.pop();
    const end = blocks.length ? blocks[blocks.length - 1].end : 0;
    text = text.slice(0, end);
    while (nodes.length && nodes[nodes.length - 1].start >= end) nodes.pop();
    while (links.length && links[links.length - 1].start >= end) links.pop();
  }
  return { text, blocks, links, nodes, root };
}
