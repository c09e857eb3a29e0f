// Where a card goes: below the highlighted line, or above it when the viewport has no room
// below; always inside the viewport.
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP = 6;
const MARGIN = 8;

export function placeCard(
  target: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const below = target.bottom + GAP;
  const above = target.top - GAP - card.height;
  const top =
    below + card.height <= viewport.height - MARGIN || above < MARGIN
      ? Math.min(below, Math.max(MARGIN, viewport.height - MARGIN - card.height))
      : above;
  const left = Math.min(Math.max(MARGIN, target.left), Math.max(MARGIN, viewport.width - MARGIN - card.width));
  return { left, top };
}
