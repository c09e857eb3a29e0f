// The one card Backstory shows over the page at a time: which highlight it is for, rendering it
// in the shadow root next to that highlight, its buttons (Look up, Dismiss flag, Open note), and
// where keyboard focus goes when it opens and closes.
import { render } from 'preact';
import { ClaimCard, EntityCard, NoteCard, type CardActions, type LookupView } from '@/components/cards/HighlightCard';
import { LinkCard } from '@/components/cards/LinkCard';
import type { Claim, Entity } from '@/lib/analysis/types';
import type { PaintedItem } from '@/lib/highlight/painter';
import { placeCard } from '@/lib/highlight/place-card';
import type { AskBackground } from '@/lib/messages/client';
import type { EntitySummary, LinkOutletCard } from '@/lib/messages/protocol';
import type { ShadowHost } from './shadow-host';

/** What the card shows, looked up by the highlight's key. */
export interface CardContent {
  entity(key: string): Entity | undefined;
  claim(key: string): Claim | undefined;
  note(key: string): { id: string; body: string } | undefined;
  /** The outlet a cited link leads to, by the link's URL. */
  link(url: string): LinkOutletCard | undefined;
  /** The reader turned lookups on: entity cards fetch their summary at once. */
  autoLookup(): boolean;
  /** Shows or hides a claim's highlight right away (the card then saves the choice). */
  markDismissed(claimId: string, dismissed: boolean): void;
}

/** A link in the article to another outlet: not painted, only given a card (the link stays as it is). */
export interface LinkCardItem {
  kind: 'link';
  /** The link's URL. */
  key: string;
  start: number;
  end: number;
  /** The link's contents, to place the card by. */
  range: Range;
}

export type CardItem = PaintedItem | LinkCardItem;

export interface OpenCard {
  item: CardItem;
  via: 'pointer' | 'keyboard';
  /** A claim the reader just dismissed from this card (it offers Undo). */
  dismissed?: boolean;
  error?: string;
}

export class CardView {
  current: OpenCard | null = null;
  private readonly lookups = new Map<string, LookupView>();
  private returnFocus: Element | null = null;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly host: () => ShadowHost,
    private readonly shadow: () => ShadowHost | null,
    private readonly ask: AskBackground,
    private readonly content: CardContent,
  ) {}

  open(item: CardItem, via: OpenCard['via'], pointerY?: number): void {
    if (this.current?.item !== item) this.current = { item, via };
    else if (via === 'keyboard') this.current.via = via;
    this.render(pointerY);
    const entity = this.content.entity(item.key);
    if (entity && this.content.autoLookup()) this.lookUp(entity);
    if (via === 'keyboard') {
      const doc = this.win.document;
      const active = doc.activeElement;
      if (active && active !== this.shadow()?.host) this.returnFocus = active;
      (this.shadow()?.root.querySelector('[data-testid="card-title"]') as HTMLElement | null)?.focus({ preventScroll: true });
    }
  }

  close(): void {
    const hadFocus = this.shadow()?.root.activeElement != null;
    this.current = null;
    this.render();
    if (hadFocus && this.returnFocus instanceof this.win.HTMLElement) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  /** Keeps the card next to its highlight (after a scroll or a resize). */
  position(pointerY?: number): void {
    const card = this.current;
    const shadow = this.shadow();
    const el = shadow?.mount.firstElementChild as HTMLElement | null | undefined;
    if (!card || !el) return;
    const rects = [...card.item.range.getClientRects()];
    // Next to the line the pointer is on, or the highlight's first line.
    const target =
      (pointerY !== undefined && rects.find((r) => pointerY >= r.top - 2 && pointerY <= r.bottom + 2)) ||
      rects[0] ||
      card.item.range.getBoundingClientRect();
    const doc = this.win.document;
    const { left, top } = placeCard(target, el.getBoundingClientRect(), {
      width: doc.documentElement.clientWidth || this.win.innerWidth,
      height: this.win.innerHeight,
    });
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
  }

  render(pointerY?: number): void {
    const card = this.current;
    if (!card) {
      const shadow = this.shadow();
      if (shadow) render(null, shadow.mount);
      return;
    }
    render(
      <div
        class="card"
        role="dialog"
        aria-label="Backstory"
        data-testid="backstory-card"
        data-kind={card.item.kind}
        onKeyDown={(e) => {
          if (e.key === 'Escape') this.close();
        }}
      >
        <button type="button" class="close" aria-label="Close" onClick={() => this.close()}>
          ×
        </button>
        {this.body(card)}
        {card.via === 'keyboard' && <p class="keys">Alt+Shift+J next · Alt+Shift+K previous · Esc close</p>}
      </div>,
      this.host().mount,
    );
    this.position(pointerY);
  }

  // Only the reader's own clicks count, never events a script synthesized (beside the closed root).
  private readonly actions: CardActions = {
    onLookup: (event) => {
      const entity = this.current && this.content.entity(this.current.item.key);
      if (event.isTrusted && entity) this.lookUp(entity);
    },
    onDismiss: (event, value) => {
      const claim = this.current && this.content.claim(this.current.item.key);
      if (event.isTrusted && claim) this.setDismissed(claim, value);
    },
    onClose: () => this.close(),
  };

  private body(card: OpenCard) {
    if (card.item.kind === 'link') {
      const link = this.content.link(card.item.key);
      return link ? <LinkCard card={link} /> : null;
    }
    const note = card.item.kind === 'note' ? this.content.note(card.item.key) : undefined;
    if (note) {
      const onOpen = (e: MouseEvent) => {
        if (e.isTrusted) void this.ask('content/open-note', { id: note.id });
      };
      return <NoteCard body={note.body} onOpen={onOpen} />;
    }
    const entity = this.content.entity(card.item.key);
    if (entity) {
      return <EntityCard entity={entity} lookup={this.lookups.get(entity.id) ?? { status: 'idle' }} actions={this.actions} />;
    }
    const claim = this.content.claim(card.item.key);
    if (claim) return <ClaimCard claim={claim} dismissed={!!card.dismissed} error={card.error} actions={this.actions} />;
    return null;
  }

  private lookUp(entity: Entity): void {
    const known = this.lookups.get(entity.id);
    if (known && known.status !== 'error' && known.status !== 'idle') return;
    this.lookups.set(entity.id, { status: 'loading' });
    this.render();
    void this.ask('content/lookup-entity', { name: entity.name, entityType: entity.type })
      .then((answer): EntitySummary => (answer.ok ? answer.value : { status: 'error', message: `${answer.error}` }))
      .then((summary) => {
        this.lookups.set(entity.id, summary);
        this.render();
      });
  }

  private setDismissed(claim: Claim, value: boolean): void {
    const card = this.current;
    if (!card) return;
    card.dismissed = value;
    card.error = undefined;
    this.content.markDismissed(claim.id, value);
    this.render();
    void this.ask('content/set-dismissed', { key: claim.id, dismissed: value }).then((answer) => {
      if (answer.ok) return;
      // Nothing is lost: put the flag back as it was and say what happened.
      this.content.markDismissed(claim.id, !value);
      if (this.current?.item.key === claim.id) {
        this.current.dismissed = !value;
        this.current.error = `Couldn't save that (${answer.error}). Try again.`;
      }
      this.render();
    });
  }
}
