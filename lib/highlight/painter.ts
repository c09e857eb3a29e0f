// Paints items with the CSS Custom Highlight API: ranges registered under HIGHLIGHT_NAMES, so no
// element of the page is wrapped or changed. Mapping thousands of spans to ranges is done in
// slices that yield to the page, so a long article never blocks its main thread for long.
import { ItemIndex, itemId, type PaintItem } from './items';
import { FLASH_NAME, HIGHLIGHT_CSS, HIGHLIGHT_NAMES, HIGHLIGHT_PRIORITY, type HighlightKind } from './kinds';

export interface PaintedItem extends PaintItem {
  range: Range;
}

/** Maps text offsets to DOM ranges (lib/page/text-map.ts over the page's extraction). */
export type RangeMaker = (start: number, end: number) => Range | null;

/** Time slice per task while mapping spans to ranges; well under the 50 ms long-task line. */
const SLICE_MS = 8;

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

export function highlightsSupported(win: Window): boolean {
  const w = win as Window & { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } };
  return typeof w.Highlight === 'function' && !!w.CSS?.highlights;
}

const yieldToPage = (win: Window) =>
  new Promise<void>((resolve) => {
    const s = (win as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (typeof s?.yield === 'function') void s.yield().then(resolve);
    else win.setTimeout(resolve, 0);
  });

/** What one paint cost the page's main thread. */
export interface PaintStats {
  items: number;
  /** Sum of the slices: main-thread time spent painting. */
  totalMs: number;
  /** The longest slice: the longest the page was blocked at once. */
  longestSliceMs: number;
  slices: number;
}

export class HighlightPainter {
  private painted = new Map<string, PaintedItem>();
  private index = new ItemIndex<PaintedItem>([]);
  private readonly highlights = new Map<HighlightKind, Highlight>();
  private run = 0;
  private sheet: CSSStyleSheet | null = null;
  private flashTimer = 0;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly makeRange: RangeMaker,
    /** The ::highlight rules (kinds.ts; see highlightCss for why a browser may want its own). */
    private readonly css = HIGHLIGHT_CSS,
  ) {}

  /** All painted items in reading order. */
  get items(): ItemIndex<PaintedItem> {
    return this.index;
  }

  /** Shows exactly `items`: removes what is no longer wanted, adds what is new (sliced). */
  async paint(items: PaintItem[]): Promise<PaintStats> {
    const stats: PaintStats = { items: 0, totalMs: 0, longestSliceMs: 0, slices: 1 };
    const endSlice = (start: number) => {
      const took = performance.now() - start;
      stats.totalMs += took;
      stats.longestSliceMs = Math.max(stats.longestSliceMs, took);
    };
    const run = ++this.run;
    this.installStyles();
    const wanted = new Map(items.map((item) => [itemId(item), item]));
    for (const [id, item] of this.painted) {
      if (!wanted.has(id)) {
        this.highlightFor(item.kind).delete(item.range);
        this.painted.delete(id);
      }
    }
    let sliceStart = performance.now();
    for (const [id, item] of wanted) {
      if (this.painted.has(id)) continue;
      if (performance.now() - sliceStart > SLICE_MS) {
        this.index = new ItemIndex(this.painted.values());
        endSlice(sliceStart);
        await yieldToPage(this.win);
        if (run !== this.run) return stats; // a newer paint took over
        sliceStart = performance.now();
        stats.slices++;
      }
      const range = this.makeRange(item.start, item.end);
      if (!range || range.collapsed) continue;
      const entry: PaintedItem = { ...item, range };
      this.painted.set(id, entry);
      this.highlightFor(item.kind).add(range);
    }
    this.index = new ItemIndex(this.painted.values());
    stats.items = this.painted.size;
    endSlice(sliceStart);
    return stats;
  }

  /** Marks one item for a moment, so the eye finds it after a scroll. */
  flash(item: PaintedItem, ms = 1_400): void {
    const registry = this.win.CSS.highlights;
    const flash = new this.win.Highlight(item.range);
    flash.priority = 10;
    registry.set(FLASH_NAME, flash);
    this.win.clearTimeout(this.flashTimer);
    this.flashTimer = this.win.setTimeout(() => registry.delete(FLASH_NAME), ms);
  }

  /** Removes every Backstory highlight and style from the page. */
  clear(): void {
    this.run++;
    const registry = this.win.CSS.highlights;
    for (const kind of this.highlights.keys()) registry.delete(HIGHLIGHT_NAMES[kind]);
    registry.delete(FLASH_NAME);
    this.highlights.clear();
    this.painted.clear();
    this.index = new ItemIndex([]);
    if (this.sheet) {
      const doc = this.win.document;
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
      this.sheet = null;
    }
  }

  private highlightFor(kind: HighlightKind): Highlight {
    let h = this.highlights.get(kind);
    if (!h) {
      h = new this.win.Highlight();
      h.priority = HIGHLIGHT_PRIORITY[kind];
      this.highlights.set(kind, h);
      this.win.CSS.highlights.set(HIGHLIGHT_NAMES[kind], h);
    }
    return h;
  }

  // ::highlight() rules must live in the document's own style scope. An adopted style sheet
  // adds no element to the page and is removed again by clear().
  private installStyles(): void {
    if (this.sheet) return;
    const doc = this.win.document;
    const sheet = new this.win.CSSStyleSheet();
    sheet.replaceSync(this.css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    this.sheet = sheet;
  }
}
