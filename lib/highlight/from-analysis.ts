// Which spans of an analysis get painted: every entity mention, and each claim the reader has
// not dismissed on this page.
import type { Analysis } from '../analysis/types';
import type { PaintItem } from './items';

export function paintItems(analysis: Analysis, dismissed: ReadonlySet<string>): PaintItem[] {
  const items: PaintItem[] = [];
  for (const entity of analysis.entities) {
    for (const m of entity.mentions) items.push({ key: entity.id, kind: entity.type, start: m.start, end: m.end });
  }
  for (const claim of analysis.claims) {
    if (!dismissed.has(claim.id)) items.push({ key: claim.id, kind: 'claim', start: claim.start, end: claim.end });
  }
  return items;
}
