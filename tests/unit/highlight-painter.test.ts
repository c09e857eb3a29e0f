// The painter registers thousands of ranges in slices that yield to the page between them, and
// still registers every one; a newer paint started meanwhile takes over from the older one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightPainter } from '../../lib/highlight/painter';
import { highlightCss, HIGHLIGHT_CSS } from '../../lib/highlight/kinds';
import type { PaintItem } from '../../lib/highlight/items';

class FakeHighlight extends Set<unknown> {
  priority = 0;
}

/** A window with just what the painter touches; `scheduler.yield` counts the pauses. */
function fakeWindow() {
  const registry = new Map<string, FakeHighlight>();
  const pauses = { count: 0 };
  const win = {
    Highlight: FakeHighlight,
    CSS: { highlights: registry },
    CSSStyleSheet: class {
      css = '';
      replaceSync(css: string) {
        this.css = css;
      }
    },
    document: { adoptedStyleSheets: [] as unknown[] },
    scheduler: { yield: async () => void pauses.count++ },
    setTimeout: (fn: () => void) => setTimeout(fn, 0),
    clearTimeout: (id: number) => clearTimeout(id),
  };
  return { win: win as unknown as Window & typeof globalThis, registry, pauses };
}

const range = (start: number, end: number) => ({ start, end, collapsed: end <= start }) as unknown as Range;
const items = (n: number): PaintItem[] => Array.from({ length: n }, (_, i) => ({ key: `e${i % 50}`, kind: i % 2 ? 'person' : 'claim', start: i * 10, end: i * 10 + 5 }));

afterEach(() => vi.restoreAllMocks());

describe('HighlightPainter', () => {
  it('yields to the page between slices and still registers every range', async () => {
    // Each range "takes" 1 ms of the clock: an 8 ms slice holds about eight.
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => t);
    const { win, registry, pauses } = fakeWindow();
    const painter = new HighlightPainter(win, (s, e) => ((t += 1), range(s, e)));
    const stats = await painter.paint(items(400));
    expect(pauses.count).toBeGreaterThan(30);
    expect(stats.slices).toBe(pauses.count + 1);
    expect(stats.longestSliceMs).toBeLessThanOrEqual(10);
    expect(stats.items).toBe(400);
    expect(registry.get('backstory-person')!.size + registry.get('backstory-claim')!.size).toBe(400);
    expect(painter.items.size).toBe(400);
  });

  it('a newer paint takes over from one still in progress', async () => {
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => t);
    const { win, registry } = fakeWindow();
    const painter = new HighlightPainter(win, (s, e) => ((t += 1), range(s, e)));
    const first = painter.paint(items(400));
    const second = painter.paint(items(20));
    await Promise.all([first, second]);
    expect(painter.items.size).toBe(20);
    expect(registry.get('backstory-person')!.size + registry.get('backstory-claim')!.size).toBe(20);
  });

  it('adopts the rules it is given: on :root for Chromium, on every element otherwise', async () => {
    const { win } = fakeWindow();
    await new HighlightPainter(win, range, highlightCss(true)).paint(items(1));
    const sheet = win.document.adoptedStyleSheets[0] as unknown as { css: string };
    expect(sheet.css).toContain(':root::highlight(backstory-person)');
    expect(sheet.css.match(/::highlight\(/g)!.length).toBe(sheet.css.match(/:root::highlight\(/g)!.length);
    expect(HIGHLIGHT_CSS).not.toContain(':root');
  });
});
