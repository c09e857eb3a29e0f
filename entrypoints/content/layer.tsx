// Backstory's layer over an article page: paints the analysis as CSS highlights, shows a card
// when the reader hovers or keyboard-focuses a highlight, and takes the reader to a highlight
// the panel or the keyboard asks for. Loaded with the article code, never on other pages.
import { render } from 'preact';
import { ClaimCard, EntityCard, NoteCard, type CardActions, type LookupView } from '@/components/cards/HighlightCard';
import { createAnchorer } from '@/lib/anchoring/anchor';
import type { StoredSelector } from '@/lib/db/database';
import type { PaintItem } from '@/lib/highlight/items';
import type { Claim, Entity } from '@/lib/analysis/types';
import { paintItems } from '@/lib/highlight/from-analysis';
import { itemAtPoint } from '@/lib/highlight/hit-test';
import { HighlightPainter, highlightsSupported, type PaintedItem, type PaintStats } from '@/lib/highlight/painter';
import { placeCard } from '@/lib/highlight/place-card';
import type { ContentMessage, EntitySummary, PaintOrder, RevealTarget } from '@/lib/messages/protocol';
import { offsetFromPoint, rangeFromOffsets } from '@/lib/page/text-map';
import type { ArticleExtraction } from '@/lib/page/types';
import { createNoteButton } from './note-button';
import { createShadowHost, type ShadowHost } from './shadow-host';

export interface LayerDeps {
  win: Window & typeof globalThis;
  extraction: ArticleExtraction;
  /** Sends a message to the background and resolves with its answer. */
  send: (message: ContentMessage) => Promise<unknown>;
}

/** What placing and painting a page's notes cost its main thread (for the bench). */
export interface NotePaintTimings {
  notes: number;
  anchorMs: number;
  paint: PaintStats;
}

/** A note as the page needs it: where it is and what it says. */
export interface PageNote {
  id: string;
  selectors: StoredSelector[];
  body: string;
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

interface OpenCard {
  item: PaintedItem;
  via: 'pointer' | 'keyboard';
  /** A claim the reader just dismissed from this card (it offers Undo). */
  dismissed?: boolean;
  error?: string;
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

export function createLayer({ win, extraction, send }: LayerDeps): ArticleLayer {
  const doc = win.document;
  const painter = new HighlightPainter(win, (start, end) => rangeFromOffsets(extraction, start, end));
  const offsetOf = (node: Node, offset: number) => offsetFromPoint(extraction, node, offset);
  let order: PaintOrder | null = null;
  let entities = new Map<string, Entity>();
  let claims = new Map<string, Claim>();
  let dismissed = new Set<string>();
  let notes = new Map<string, PageNote>();
  let noteItems: PaintItem[] = [];
  const lookups = new Map<string, LookupView>();
  let shadow: ShadowHost | null = null;
  let card: OpenCard | null = null;
  let showTimer = 0;
  let hideTimer = 0;
  let frame = 0;
  let lastPointer: { x: number; y: number; overCard: boolean } | null = null;
  let returnFocus: Element | null = null;

  const host = () => (shadow ??= createShadowHost(doc));
  const noteButton = createNoteButton({ win, extraction, send, container: () => host().controls });

  // ——— cards ———

  function lookUp(entity: Entity) {
    const known = lookups.get(entity.id);
    if (known && known.status !== 'error' && known.status !== 'idle') return;
    lookups.set(entity.id, { status: 'loading' });
    renderCard();
    send({ type: 'content/lookup-entity', name: entity.name, entityType: entity.type })
      .then(
        (answer): EntitySummary =>
          (answer as EntitySummary | undefined) ?? { status: 'error', message: 'Backstory did not answer. Try again.' },
      )
      .catch((): EntitySummary => ({ status: 'error', message: 'Backstory could not reach Wikipedia. Try again.' }))
      .then((summary) => {
        lookups.set(entity.id, summary);
        renderCard();
      });
  }

  function setDismissed(claim: Claim, value: boolean) {
    if (!card) return;
    card.dismissed = value;
    card.error = undefined;
    if (value) dismissed.add(claim.id);
    else dismissed.delete(claim.id);
    renderCard();
    void repaint();
    send({ type: 'content/set-dismissed', key: claim.id, dismissed: value })
      .then((answer) => {
        const a = answer as { ok?: boolean; error?: string } | undefined;
        if (!a?.ok) throw new Error(a?.error ?? 'no answer');
      })
      .catch((error: unknown) => {
        // Nothing is lost: put the flag back as it was and say what happened.
        if (value) dismissed.delete(claim.id);
        else dismissed.add(claim.id);
        if (card?.item.key === claim.id) {
          card.dismissed = !value;
          card.error = `Couldn't save that (${error instanceof Error ? error.message : String(error)}). Try again.`;
        }
        renderCard();
        void repaint();
      });
  }

  const actions: CardActions = {
    onLookup: (event) => {
      const entity = card && entities.get(card.item.key);
      if (event.isTrusted && entity) lookUp(entity);
    },
    onDismiss: (event, value) => {
      const claim = card && claims.get(card.item.key);
      if (event.isTrusted && claim) setDismissed(claim, value);
    },
    onClose: () => closeCard(),
  };

  function cardBody(open: OpenCard) {
    const note = open.item.kind === 'note' ? notes.get(open.item.key) : undefined;
    if (note) return <NoteCard body={note.body} onOpen={(e) => e.isTrusted && void openNote(note.id)} />;
    const entity = entities.get(open.item.key);
    if (entity) return <EntityCard entity={entity} lookup={lookups.get(entity.id) ?? { status: 'idle' }} actions={actions} />;
    const claim = claims.get(open.item.key);
    if (claim) return <ClaimCard claim={claim} dismissed={!!open.dismissed} error={open.error} actions={actions} />;
    return null;
  }

  function renderCard() {
    if (!card) {
      if (shadow) render(null, shadow.mount);
      return;
    }
    const { mount } = host();
    render(
      <div
        class="card"
        role="dialog"
        aria-label="Backstory"
        data-testid="backstory-card"
        data-kind={card.item.kind}
        onKeyDown={(e) => {
          if (e.key === 'Escape') closeCard();
        }}
      >
        <button type="button" class="close" aria-label="Close" onClick={() => closeCard()}>
          ×
        </button>
        {cardBody(card)}
        {card.via === 'keyboard' && <p class="keys">Alt+Shift+J next · Alt+Shift+K previous · Esc close</p>}
      </div>,
      mount,
    );
    positionCard();
  }

  function positionCard() {
    if (!card || !shadow) return;
    const el = shadow.mount.firstElementChild as HTMLElement | null;
    if (!el) return;
    const rects = [...card.item.range.getClientRects()];
    const pointer = lastPointer;
    // Next to the line the pointer is on, or the highlight's first line.
    const target =
      (pointer && rects.find((r) => pointer.y >= r.top - 2 && pointer.y <= r.bottom + 2)) ??
      rects[0] ??
      card.item.range.getBoundingClientRect();
    const { left, top } = placeCard(target, el.getBoundingClientRect(), {
      width: doc.documentElement.clientWidth || win.innerWidth,
      height: win.innerHeight,
    });
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
  }

  function openCard(item: PaintedItem, via: OpenCard['via']) {
    win.clearTimeout(hideTimer);
    if (card?.item !== item) card = { item, via };
    else card.via = via === 'keyboard' ? via : card.via;
    renderCard();
    const entity = entities.get(item.key);
    if (entity && order?.autoLookup) lookUp(entity);
    if (via === 'keyboard') {
      const active = doc.activeElement;
      if (active && active !== shadow?.host) returnFocus = active;
      (shadow?.root.querySelector('[data-testid="card-title"]') as HTMLElement | null)?.focus({ preventScroll: true });
    }
  }

  function closeCard() {
    const hadFocus = shadow?.root.activeElement != null;
    card = null;
    renderCard();
    if (hadFocus && returnFocus instanceof win.HTMLElement) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  const openNote = (id: string) => send({ type: 'content/open-note', id }).catch(() => undefined);

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
    lastPointer = { x: event.clientX, y: event.clientY, overCard };
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const p = lastPointer;
      if (!p) return;
      if (p.overCard) {
        win.clearTimeout(hideTimer);
        return;
      }
      const item = itemAtPoint(doc, p.x, p.y, painter.items, offsetOf);
      win.clearTimeout(showTimer);
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
    // The keys are the page's own when Backstory has nothing painted on it.
    if (direction && painter.items.size > 0) {
      event.preventDefault();
      event.stopPropagation();
      step(direction);
    } else if (event.key === 'Escape' && card) {
      closeCard();
    }
  }

  const onScroll = () => {
    if (card) win.requestAnimationFrame(positionCard);
  };

  win.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
  win.addEventListener('keydown', onKeyDown, { capture: true });
  win.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true });
  win.addEventListener('click', onClick, { passive: true });
  win.addEventListener('scroll', onScroll, { capture: true, passive: true });
  win.addEventListener('resize', onScroll, { passive: true });

  // ——— taking the reader to a highlight ———

  function goTo(item: PaintedItem, via: OpenCard['via']) {
    const el = item.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    painter.flash(item);
    lastPointer = null;
    openCard(item, via);
  }

  function step(direction: 1 | -1) {
    const from = card?.item ?? null;
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
      if (card) closeCard();
      return { items: 0, totalMs: 0, longestSliceMs: 0, slices: 0 };
    }
    const stats = await painter.paint(items);
    // A card for a highlight that is gone (turned off, or dismissed elsewhere) closes with it,
    // except the claim card offering Undo.
    if (card && !card.dismissed && !painter.items.ordered.includes(card.item)) {
      const again = painter.items.ordered.find((i) => i.key === card?.item.key && i.start === card.item.start);
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
      win.clearTimeout(showTimer);
      win.clearTimeout(hideTimer);
      painter.clear();
      if (shadow) render(null, shadow.mount);
      shadow?.remove();
      shadow = null;
      card = null;
    },
  };
}
