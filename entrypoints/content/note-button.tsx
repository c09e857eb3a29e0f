// The "Note" button that appears by a selection in the article. It lives in Backstory's shadow
// root; pressing it sends the passage (as W3C selectors over the article text) to the
// background, which keeps it as the tab's draft and opens the side panel. Note text is typed
// in the panel, never in the page.
import { render } from 'preact';
import { describeRange } from '@/lib/anchoring/describe';
import type { AskBackground } from '@/lib/messages/client';
import { offsetsFromRange } from '@/lib/page/text-map';
import type { ArticleExtraction } from '@/lib/page/types';

export interface NoteButtonDeps {
  win: Window & typeof globalThis;
  extraction: ArticleExtraction;
  ask: AskBackground;
  /** The shadow root's container for controls (created on first use). */
  container: () => HTMLElement;
}

type ButtonState = { kind: 'ready' } | { kind: 'sent' } | { kind: 'error'; message: string };

const SETTLE_MS = 180;
const MAX_QUOTE = 20_000;

export interface NoteButton {
  /** Make a draft from the current selection (context menu, keyboard): false when there is none. */
  draftFromSelection(): Promise<boolean>;
  destroy(): void;
}

export function createNoteButton({ win, extraction, ask, container }: NoteButtonDeps): NoteButton {
  const doc = win.document;
  let timer = 0;
  let shown: { start: number; end: number; rect: DOMRect } | null = null;
  let state: ButtonState = { kind: 'ready' };
  let mounted: HTMLElement | null = null;

  /** The selection's span of article text, if it holds some. */
  function selected(): { start: number; end: number; rect: DOMRect } | null {
    const sel = doc.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
    const range = sel.getRangeAt(0);
    const offsets = offsetsFromRange(extraction, range);
    if (!offsets) return null;
    const quote = extraction.text.slice(offsets.start, offsets.end);
    if (!quote.trim() || quote.length > MAX_QUOTE) return null;
    const rects = range.getClientRects();
    const rect = rects[rects.length - 1] ?? range.getBoundingClientRect();
    return { ...offsets, rect };
  }

  async function makeDraft(span: { start: number; end: number }): Promise<boolean> {
    const selectors = describeRange(extraction.text, span.start, span.end);
    const answer = await ask('content/note-draft', { selectors, quote: selectors[0].exact });
    state = answer.ok ? { kind: 'sent' } : { kind: 'error', message: `Couldn't start the note: ${answer.error}` };
    draw();
    return answer.ok;
  }

  function onPress(event: MouseEvent) {
    // Only the reader's own click starts a note, never one a script synthesized (beside the closed root).
    if (!event.isTrusted || !shown) return;
    event.preventDefault();
    void makeDraft(shown);
  }

  function draw() {
    if (!shown) {
      if (mounted) render(null, mounted);
      return;
    }
    mounted ??= container();
    const { rect } = shown;
    const width = doc.documentElement.clientWidth || win.innerWidth;
    const left = Math.min(Math.max(8, rect.right - 40), width - 140);
    const top = rect.bottom + 8 + 34 > win.innerHeight ? Math.max(8, rect.top - 42) : rect.bottom + 8;
    const label =
      state.kind === 'sent' ? 'Write your note in the side panel' : state.kind === 'error' ? state.message : 'Note';
    render(
      <button
        type="button"
        class="note-button"
        data-testid="backstory-note-button"
        data-state={state.kind}
        style={{ left: `${left}px`, top: `${top}px` }}
        // Keep the page's selection: a mousedown on the button would otherwise clear it.
        onMouseDown={(e) => e.preventDefault()}
        onClick={onPress}
      >
        {state.kind === 'ready' && <span aria-hidden="true">✎</span>}
        {label}
      </button>,
      mounted,
    );
  }

  const onSelectionChange = () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      const next = selected();
      if (next?.start !== shown?.start || next?.end !== shown?.end) state = { kind: 'ready' };
      shown = next;
      draw();
    }, SETTLE_MS);
  };
  const onScroll = () => {
    if (shown) onSelectionChange();
  };
  doc.addEventListener('selectionchange', onSelectionChange);
  win.addEventListener('scroll', onScroll, { capture: true, passive: true });

  return {
    async draftFromSelection() {
      const span = selected();
      if (!span) return false;
      shown = span;
      return makeDraft(span);
    },
    destroy() {
      win.clearTimeout(timer);
      doc.removeEventListener('selectionchange', onSelectionChange);
      win.removeEventListener('scroll', onScroll, { capture: true });
      if (mounted) render(null, mounted);
    },
  };
}
