import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../lib/page/extract';
import { offsetFromPoint, offsetsFromRange, pointFromOffset, rangeFromOffsets } from '../../lib/page/text-map';
import type { ArticleExtraction } from '../../lib/page/types';

// linkedom's Range has no setStart/setEnd; this one has what text-map and the assertions use,
// with toString() following the DOM spec over text nodes in document order.
class TestRange {
  startContainer!: Node;
  startOffset = 0;
  endContainer!: Node;
  endOffset = 0;
  setStart(n: Node, o: number) {
    [this.startContainer, this.startOffset, this.endContainer, this.endOffset] = [n, o, n, o];
  }
  setEnd(n: Node, o: number) {
    [this.endContainer, this.endOffset] = [n, o];
  }
  collapse(toStart: boolean) {
    if (toStart) [this.endContainer, this.endOffset] = [this.startContainer, this.startOffset];
  }
  get collapsed() {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
  toString() {
    const texts: Text[] = [];
    const walk = (n: Node) => {
      if (n.nodeType === 3) texts.push(n as Text);
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    };
    walk(this.startContainer.ownerDocument!.documentElement);
    const a = texts.indexOf(this.startContainer as Text);
    const b = texts.indexOf(this.endContainer as Text);
    if (a < 0 || b < 0) throw new Error('TestRange.toString supports text boundaries only');
    if (a === b) return texts[a].data.slice(this.startOffset, this.endOffset);
    const mid = texts.slice(a + 1, b).map((t) => t.data);
    return [texts[a].data.slice(this.startOffset), ...mid, texts[b].data.slice(0, this.endOffset)].join('');
  }
}

function load(body: string): { ex: ArticleExtraction; document: Document } {
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  (document as unknown as { createRange: () => TestRange }).createRange = () => new TestRange();
  const ex = extractArticle(document as unknown as Document, 'https://news.example.com/story');
  return { ex, document: document as unknown as Document };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

const HTML = `
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <p>
      Alpha   beta\n\n   gamma <a href="https://src.example.org/x">delta  epsilon</a> zeta<em> eta</em>theta.
    </p>
    <p>Second   paragraph with <strong>bold <em>nested</em></strong>   words and a tail that goes on.</p>
  </article>
  <footer><p>Copyright notice for the footer of this site, which is not article text.</p></footer>`;

describe('text map', () => {
  it('extracts the collapsed text it maps', () => {
    const { ex } = load(HTML);
    expect(ex.text).toBe(
      'Alpha beta gamma delta epsilon zeta etatheta.\n\nSecond paragraph with bold nested words and a tail that goes on.',
    );
  });

  it('maps offsets to points inside the original node data, past collapsed whitespace', () => {
    const { ex } = load(HTML);
    const first = ex.nodes[0].node;
    const at = (word: string) => pointFromOffset(ex, ex.text.indexOf(word));
    expect(at('Alpha')).toEqual({ node: first, offset: first.data.indexOf('Alpha') });
    expect(at('beta')).toEqual({ node: first, offset: first.data.indexOf('beta') });
    expect(at('gamma')).toEqual({ node: first, offset: first.data.indexOf('gamma') });
    const delta = at('delta')!;
    expect(delta.node.data).toBe('delta  epsilon');
    expect(at('epsilon')).toEqual({ node: delta.node, offset: 7 });
    // 'backward' ends a range after the previous character, in the previous node.
    expect(pointFromOffset(ex, ex.text.indexOf('delta'), 'backward')).toEqual({
      node: first,
      offset: first.data.indexOf('gamma') + 'gamma'.length + 1,
    });
    expect(pointFromOffset(ex, 0, 'backward')).toBeNull();
    expect(pointFromOffset(ex, ex.text.length)).toBeNull();
  });

  it('maps points back to offsets, counting a whitespace run once', () => {
    const { ex } = load(HTML);
    const first = ex.nodes[0].node;
    expect(offsetFromPoint(ex, first, 0)).toBe(0); // leading whitespace is not in the text
    expect(offsetFromPoint(ex, first, first.data.indexOf('beta'))).toBe(ex.text.indexOf('beta'));
    expect(offsetFromPoint(ex, first, first.data.indexOf('beta') - 1)).toBe(ex.text.indexOf('beta')); // inside the run
    expect(offsetFromPoint(ex, first, first.data.length)).toBe(ex.nodes[0].end);
    expect(offsetFromPoint(ex, ex.root, 0)).toBeNull(); // not a text node of the article
  });

  it('round-trips every span inside a block, across whitespace runs and inline elements', () => {
    const { ex } = load(HTML);
    let checked = 0;
    for (const b of ex.blocks) {
      for (let s = b.start; s < b.end; s++) {
        for (let e = s + 1; e <= b.end; e++) {
          const r = rangeFromOffsets(ex, s, e)!;
          expect(collapse(r.toString())).toBe(ex.text.slice(s, e));
          expect(offsetsFromRange(ex, r)).toEqual({ start: s, end: e });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('returns ranges that start and end in the expected text nodes', () => {
    const { ex } = load(HTML);
    const s = ex.text.indexOf('gamma');
    const e = ex.text.indexOf(' eta') + 4; // "gamma delta epsilon zeta eta"
    const r = rangeFromOffsets(ex, s, e)!;
    expect((r.startContainer as Text).data).toContain('gamma');
    expect((r.endContainer as Text).data).toBe(' eta');
    expect(r.endOffset).toBe(4);
    expect(collapse(r.toString())).toBe('gamma delta epsilon zeta eta');
  });

  it('spans across blocks include the block separator and come back whole', () => {
    const { ex } = load(HTML);
    const s = ex.text.indexOf('theta');
    const e = ex.text.indexOf('paragraph') + 'paragraph'.length;
    const r = rangeFromOffsets(ex, s, e)!;
    expect(r.toString().replace(/\s+/g, ' ').trim()).toBe('theta. Second paragraph');
    expect(offsetsFromRange(ex, r)).toEqual({ start: s, end: e });
  });

  it('clamps ranges that reach outside the article and rejects those that miss it', () => {
    const { ex, document } = load(HTML);
    const nav = document.querySelector('nav')!;
    const footer = document.querySelector('footer')!;
    const p2 = document.querySelectorAll('article p')[1];
    const range = new TestRange();
    range.setStart(nav, 0);
    range.setEnd(p2, p2.childNodes.length);
    expect(offsetsFromRange(ex, range as unknown as Range)).toEqual({ start: 0, end: ex.text.length });

    range.setStart(p2, 0);
    range.setEnd(footer, footer.childNodes.length);
    expect(offsetsFromRange(ex, range as unknown as Range)).toEqual({ start: ex.blocks[1].start, end: ex.text.length });

    range.setStart(footer, 0);
    range.setEnd(footer, 1);
    expect(offsetsFromRange(ex, range as unknown as Range)).toBeNull();
    range.setStart(nav.firstChild!, 0);
    range.setEnd(nav, nav.childNodes.length);
    expect(offsetsFromRange(ex, range as unknown as Range)).toBeNull();
  });

  it('collapses a range over separators only, and rejects reversed offsets', () => {
    const { ex } = load(HTML);
    const end1 = ex.blocks[0].end;
    const r = rangeFromOffsets(ex, end1, end1 + 2)!;
    expect(r.collapsed).toBe(true);
    expect(rangeFromOffsets(ex, 5, 4)).toBeNull();
    const c = rangeFromOffsets(ex, 6, 6)!;
    expect(c.collapsed).toBe(true);
    expect(offsetsFromRange(ex, c)).toEqual({ start: 6, end: 6 });
  });
});
