// Backstory's layer over an article page: paints the analysis as CSS highlights, shows a card
// when the reader hovers or keyboard-focuses a highlight (or a link to another outlet: the link
// is not painted or changed, only given a card), and takes the reader to a highlight the panel or
// the keyboard asks for. Loaded with the article code, never on other pages.
import { createAnchorer } from '@/lib/anchoring/anchor';
import type { PaintItem } from '@/lib/highlight/items';
import type { Claim, Entity } from '@/lib/analysis/types';
import { paintItems } from '@/lib/highlight/from-analysis';
import { itemAtPoint } from '@/lib/highlight/hit-test';
import { highlightCss } from '@/lib/highlight/kinds';
import { HighlightPainter, highlightsSupported, type PaintedItem, type PaintStats } from '@/lib/highlight/painter';
import type { AskBackground } from '@/lib/messages/client';
import type { LinkOutletCard, PageNote, PaintOrder, RevealTarget } from '@/lib/messages/protocol';
import { isTypingTarget } from '@/lib/page/editable';
import { offsetFromPoint, rangeFromOffsets } from '@/lib/page/text-map';
import type { ArticleExtraction } from '@/lib/page/types';
import { CardView, type CardItem, type LinkCardItem, type OpenCard } from './card-view';
import { createNoteButton } from './note-button';
import { createShadowHost, type ShadowHost } from './shadow-host';

export interface LayerDeps {
  win: Window & typeof globalThis;
  extraction: ArticleExtraction;
  /** Asks the background (lib/messages/client.ts). */
  ask: AskBackground;
}

/** What placing and painting a page's notes cost its main thread (for the bench). */
export interface NotePaintTimings {
  notes: number;
  anchorMs: number;
  paint: PaintStats;
}

export interface ArticleLayer {
  paint(order: PaintOrder): Promise<PaintStats>;
  /** Places and paints the page's notes; returns which were found and which are orphans. */
  paintNotes(notes: PageNote[]): Promise<{ anchored: string[]; orphaned: string[]; timings: NotePaintTimings }>;
  /** Starts a note on the current selection; false when nothing in the article is selected. */
  draftFromSelection(): Promise<boolean>;
  reveal(target: RevealTarget): boolean;
  revealNote(id: string): boolean;
  step(direction: 1 | -1): void;
  destroy(): void;
}

const SHOW_DELAY_MS = 250;
const HIDE_DELAY_MS = 350;

/** Alt+Shift+J / Alt+Shift+K: next / previous highlight (also the extension's commands). */
function stepKey(event: KeyboardEvent): 1 | -1 | 0 {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return 0;
  if (event.code === 'KeyJ') return 1;
  if (event.code === 'KeyK') return -1;
  return 0;
}

export function createLayer({ win, extraction, ask }: LayerDeps): ArticleLayer {
  const doc = win.document;
  // Rules on :root spare Chromium a whole-page style recalculation (kinds.ts, highlightCss);
  // Firefox keeps the rules on every element, which paint there whatever it inherits.
  const painter = new HighlightPainter(win, (start, end) => rangeFromOffsets(extraction, start, end), highlightCss(!import.meta.env.FIREFOX));
  const offsetOf = (node: Node, offset: number) => offsetFromPoint(extraction, node, offset);
  let order: PaintOrder | null = null;
  let entities = new Map<string, Entity>();
  let claims = new Map<string, Claim>();
  let dismissed = new Set<string>();
  let notes = new Map<string, PageNote>();
  let noteItems: PaintItem[] = [];
  let shadow: ShadowHost | null = null;
  let showTimer = 0;
  let hideTimer = 0;
  let frame = 0;
  let lastPointer: { x: number; y: number; overCard: boolean; target: EventTarget | null } | null = null;
  // Cited links: URL → the outlet it leads to; each link element's card item, made once.
  let linkCards = new Map<string, LinkOutletCard>();
  const linkItems = new WeakMap<Element, LinkCardItem>();

  const host = () => (shadow ??= createShadowHost(doc));
  const noteButton = createNoteButton({ win, extraction, ask, container: () => host().controls });

  const cards = new CardView(win, host, () => shadow, ask, {
    entity: (key) => entities.get(key),
    claim: (key) => claims.get(key),
    note: (key) => notes.get(key),
    link: (url) => linkCards.get(url),
    autoLookup: () => !!order?.autoLookup,
    markDismissed: (id, value) => {
      if (value) dismissed.add(id);
      else dismissed.delete(id);
      void repaint();
    },
  });
  const openNote = (id: string) => void ask('content/open-note', { id });
  /** The card item for a cited link of the article under `target`, if any. */
  const linkItemAt = (target: EventTarget | null): LinkCardItem | null => {
    if (!linkCards.size || !(target instanceof win.Element)) return null;
    const anchor = target.closest('a[href]');
    if (!anchor || !(anchor instanceof win.HTMLAnchorElement) || !extraction.root.contains(anchor)) return null;
    const url = anchor.href;
    if (!linkCards.has(url)) return null;
    let item = linkItems.get(anchor);
    if (!item) {
      const range = doc.createRange();
      range.selectNodeContents(anchor);
      item = { kind: 'link', key: url, start: 0, end: 0, range };
      linkItems.set(anchor, item);
    }
    return item;
  };
  const openCard = (item: CardItem, via: OpenCard['via']) => {
    win.clearTimeout(hideTimer);
    cards.open(item, via, lastPointer?.y);
  };
  const closeCard = () => cards.close();

  // ——— pointer and keyboard ———

  // A click on a note's highlight opens that note in the panel.
  let pressedAt: { x: number; y: number } | null = null;
  const onPointerDown = (event: PointerEvent) => {
    pressedAt = { x: event.clientX, y: event.clientY };
  };
  function onClick(event: MouseEvent) {
    if (!event.isTrusted || event.button !== 0) return;
    // A press that moved is a drag selecting text, not a click on the note.
    if (pressedAt && Math.hypot(event.clientX - pressedAt.x, event.clientY - pressedAt.y) > 4) return;
    if (shadow && event.composedPath().includes(shadow.host)) return;
    const item = itemAtPoint(doc, event.clientX, event.clientY, painter.items, offsetOf);
    if (item?.kind === 'note') void openNote(item.key);
  }

  function onPointerMove(event: PointerEvent) {
    const overCard = !!shadow && event.composedPath().includes(shadow.host);
    lastPointer = { x: event.clientX, y: event.clientY, overCard, target: event.target };
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const p = lastPointer;
      if (!p) return;
      if (p.overCard) {
        win.clearTimeout(hideTimer);
        return;
      }
      const item: CardItem | null = itemAtPoint(doc, p.x, p.y, painter.items, offsetOf) ?? linkItemAt(p.target);
      win.clearTimeout(showTimer);
      const card = cards.current;
      if (item && item === card?.item) {
        win.clearTimeout(hideTimer);
      } else if (item) {
        showTimer = win.setTimeout(() => openCard(item, 'pointer'), SHOW_DELAY_MS);
      } else if (card && card.via === 'pointer') {
        win.clearTimeout(hideTimer);
        hideTimer = win.setTimeout(() => closeCard(), HIDE_DELAY_MS);
      }
    });
  }

  function onKeyDown(event: KeyboardEvent) {
    const direction = stepKey(event);
    // The keys are the page's own when Backstory has nothing painted on it, and the reader's
    // while typing (Option+Shift+J types "Ô" on a Mac).
    if (direction && painter.items.size > 0 && !isTypingTarget(event.target)) {
      event.preventDefault();
      event.stopPropagation();
      step(direction);
    } else if (event.key === 'Escape' && cards.current) {
      closeCard();
    }
  }

  // A cited link reached with Tab shows its card beside it, without taking the focus from it.
  function onFocusIn(event: FocusEvent) {
    const item = linkItemAt(event.target);
    if (item) openCard(item, 'pointer');
  }
  function onFocusOut(event: FocusEvent) {
    if (cards.current?.item.kind === 'link' && linkItemAt(event.target) === cards.current.item) closeCard();
  }

  const onScroll = () => {
    if (cards.current) win.requestAnimationFrame(() => cards.position(lastPointer?.y));
  };

  win.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
  win.addEventListener('keydown', onKeyDown, { capture: true });
  win.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true });
  win.addEventListener('click', onClick, { passive: true });
  win.addEventListener('scroll', onScroll, { capture: true, passive: true });
  win.addEventListener('resize', onScroll, { passive: true });
  win.addEventListener('focusin', onFocusIn, { capture: true });
  win.addEventListener('focusout', onFocusOut, { capture: true });

  // ——— taking the reader to a highlight ———

  function goTo(item: PaintedItem, via: OpenCard['via']) {
    const el = item.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    painter.flash(item);
    lastPointer = null;
    openCard(item, via);
  }

  function step(direction: 1 | -1) {
    const open = cards.current?.item;
    const from = open && open.kind !== 'link' ? open : null;
    const offset = from ? from.start : direction === 1 ? -1 : Number.MAX_SAFE_INTEGER;
    const next = painter.items.step(offset, direction, from ?? undefined);
    if (next) goTo(next, 'keyboard');
  }

  function reveal(target: RevealTarget): boolean {
    const item = painter.items.first(target.id);
    if (!item) return false;
    goTo(item, 'keyboard');
    return true;
  }

  async function repaint(): Promise<PaintStats> {
    // The reader's own notes stay painted when highlights are off for the site.
    const analysisItems = order?.enabled ? paintItems(order.analysis, dismissed) : [];
    const items = [...analysisItems, ...noteItems];
    if (items.length === 0 || !highlightsSupported(win)) {
      painter.clear();
      if (cards.current && cards.current.item.kind !== 'link') closeCard();
      return { items: 0, totalMs: 0, longestSliceMs: 0, slices: 0 };
    }
    const stats = await painter.paint(items);
    // A card for a highlight that is gone (turned off, or dismissed elsewhere) closes with it,
    // except the claim card offering Undo.
    const card = cards.current;
    if (card && card.item.kind !== 'link' && !card.dismissed && !painter.items.ordered.includes(card.item)) {
      const again = painter.items.ordered.find((i) => i.key === card.item.key && i.start === card.item.start);
      if (again) card.item = again;
      else closeCard();
    }
    return stats;
  }

  return {
    async paint(next: PaintOrder) {
      order = next;
      entities = new Map(next.analysis.entities.map((e) => [e.id, e]));
      claims = new Map(next.analysis.claims.map((c) => [c.id, c]));
      dismissed = new Set(next.dismissed);
      // Link cards follow the site's switch like the highlights do.
      linkCards = new Map(next.enabled ? (next.cited ?? []).flatMap((card) => card.urls.map((url) => [url, card] as const)) : []);
      if (cards.current?.item.kind === 'link' && !linkCards.has(cards.current.item.key)) closeCard();
      return repaint();
    },
    async paintNotes(next: PageNote[]) {
      notes = new Map(next.map((n) => [n.id, n]));
      const t0 = performance.now();
      const anchor = createAnchorer(extraction.text);
      const anchored: string[] = [];
      const orphaned: string[] = [];
      noteItems = [];
      for (const note of next) {
        const found = anchor(note.selectors);
        if (found && found.end > found.start) {
          anchored.push(note.id);
          noteItems.push({ key: note.id, kind: 'note', start: found.start, end: found.end });
        } else orphaned.push(note.id);
      }
      const anchorMs = performance.now() - t0;
      const paint = await repaint();
      return { anchored, orphaned, timings: { notes: next.length, anchorMs, paint } };
    },
    draftFromSelection: () => noteButton.draftFromSelection(),
    reveal,
    revealNote(id: string) {
      const item = painter.items.first(id);
      if (!item) return false;
      goTo(item, 'keyboard');
      return true;
    },
    step,
    destroy() {
      noteButton.destroy();
      win.removeEventListener('click', onClick);
      win.removeEventListener('pointerdown', onPointerDown, { capture: true });
      win.removeEventListener('pointermove', onPointerMove, { capture: true });
      win.removeEventListener('keydown', onKeyDown, { capture: true });
      win.removeEventListener('scroll', onScroll, { capture: true });
      win.removeEventListener('resize', onScroll);
      win.removeEventListener('focusin', onFocusIn, { capture: true });
      win.removeEventListener('focusout', onFocusOut, { capture: true });
      win.clearTimeout(showTimer);
      win.clearTimeout(hideTimer);
      painter.clear();
      cards.current = null;
      cards.render();
      shadow?.remove();
      shadow = null;
    },
  };
}
